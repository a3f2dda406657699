import createError from 'http-errors';
import { StatusCodes } from 'http-status-codes';
import type { RequestHandler } from 'express';

export const requireApiKey: RequestHandler = (req, _res, next) => {
  const apiKey = req.get('x-api-key');
  if (!apiKey) {
    return next(createError(StatusCodes.UNAUTHORIZED, 'API key required')); // expect: require-www-authenticate
  }
  next();
};

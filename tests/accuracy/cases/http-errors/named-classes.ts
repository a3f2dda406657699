import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';
import { decodeSessionJwt } from './session';

export async function loadUser(req: Request, _res: Response, next: NextFunction) {
  if (!req.user) {
    return next(new createError.Forbidden()); // expect: no-403-for-unauthenticated
  }
  next();
}

export async function refresh(req: Request, _res: Response, next: NextFunction) {
  const jwt = req.cookies.refresh_jwt as string | undefined;
  const claims = jwt ? await decodeSessionJwt(jwt) : undefined;
  if (!claims) {
    return next(new createError.Unauthorized('jwt expired')); // expect: require-www-authenticate
  }
  next();
}

export function adminOnly(req: Request, _res: Response, next: NextFunction) {
  if (req.user.role !== 'admin') {
    return next(new createError.Forbidden('Admins only'));
  }
  next();
}

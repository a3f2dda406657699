import createError from 'http-errors';
import { challengeHeaders } from './challenge.mjs';

export function requireToken(req, res, next) {
  const accessToken = req.get('authorization');
  if (!accessToken) {
    return next(createError(401, 'Token required', { headers: { 'WWW-Authenticate': 'Bearer realm="api"' } }));
  }
  if (!accessToken.startsWith('Bearer ')) {
    return next(createError(401, { headers: challengeHeaders('invalid_request') }));
  }
  next();
}

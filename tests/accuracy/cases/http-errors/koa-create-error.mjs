import createError from 'http-errors';
import { verifyJwt } from './jwt.mjs';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="api"' };

export async function koaAuth(ctx, next) {
  const bearer = ctx.get('Authorization').replace(/^Bearer /, '');
  if (!bearer) {
    throw createError(401, 'Login required', { headers: CHALLENGE });
  }
  const claims = await verifyJwt(bearer);
  if (!claims) {
    throw createError(401, 'Invalid token', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
  }
  if (!claims.roles.includes('editor')) {
    throw createError(403, 'Editors only');
  }
  ctx.state.user = claims;
  await next();
}

import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { verify } from 'hono/jwt';

import { JWT_SECRET } from '../env';
import type { Env } from '../env';

/** Verifies the bearer token and stores the caller on the context. */
export const authenticate = createMiddleware<Env>(async (c, next) => {
  const header = c.req.header('Authorization');
  if (!header) {
    return c.json({ error: 'missing token' }, 401);
  }

  const token = header.replace(/^Bearer /, '');
  let claims;
  try {
    claims = await verify(token, JWT_SECRET, 'HS256');
  } catch {
    throw new HTTPException(403, { message: 'invalid token' });
  }

  c.set('user', { id: String(claims.sub), roles: (claims.roles as string[] | undefined) ?? [] });
  await next();
});

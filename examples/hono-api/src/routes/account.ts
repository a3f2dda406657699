import { Hono } from 'hono';
import { verify } from 'hono/jwt';

import { JWT_SECRET } from '../env';

/** The account API checks the token itself, and answers each failure with the right status. */
export const accountRoutes = new Hono();

accountRoutes.get('/', async (c) => {
  const token = c.req.header('Authorization')?.replace(/^Bearer /, '');
  if (!token) {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Send a bearer token.' }, 401, {
      'Content-Type': 'application/problem+json',
      'WWW-Authenticate': 'Bearer realm="tracker"',
    });
  }

  let claims;
  try {
    claims = await verify(token, JWT_SECRET, 'HS256');
  } catch {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'The token is invalid or expired.' }, 401, {
      'Content-Type': 'application/problem+json',
      'WWW-Authenticate': 'Bearer realm="tracker", error="invalid_token"',
    });
  }

  const roles = (claims.roles as string[] | undefined) ?? [];
  if (!roles.includes('account:read')) {
    return c.json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'The account:read role is required.' }, 403, {
      'Content-Type': 'application/problem+json',
    });
  }
  return c.json({ id: claims.sub, roles });
});

import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';

type Env = { Bindings: { JWT_SECRET: string }; Variables: { user: { sub: string } } };

export const auth = createMiddleware<Env>(async (c, next) => {
  const token = c.req.header('Authorization')?.replace('Bearer ', '');
  if (!token) {
    return c.json({ error: 'Unauthorized' }, 401); // expect: require-www-authenticate, require-problem-details
  }
  try {
    const payload = await verify(token, c.env.JWT_SECRET, 'HS256');
    c.set('user', { sub: String(payload.sub) });
  } catch {
    return c.json({ error: 'Invalid token' }, 403); // expect: no-403-for-unauthenticated, require-problem-details
  }
  await next();
});

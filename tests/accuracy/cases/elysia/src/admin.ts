import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export const admin = new Elysia({ prefix: '/admin' })
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET! }))
  .get('/users', async ({ jwt, headers, set, status }) => {
    const payload = await jwt.verify(headers.authorization?.slice(7));
    if (!payload) {
      set.headers['www-authenticate'] = 'Bearer realm="admin"';
      return status(401, { message: 'Sign in first' }); // expect: require-problem-details
    }
    if (payload.role !== 'admin') {
      return status(401, { message: 'Admins only' }); // expect: no-401-for-forbidden, require-problem-details
    }
    return [];
  });

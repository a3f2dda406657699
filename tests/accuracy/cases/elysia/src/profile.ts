import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export const profile = new Elysia()
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET! }))
  .get('/profile', async ({ jwt, cookie: { auth }, set }) => {
    const claims = await jwt.verify(auth.value as string);
    if (!claims) {
      set.status = 401; // expect: require-www-authenticate
      return 'Unauthorized'; // expect: require-problem-details
    }
    return { id: claims.sub };
  });

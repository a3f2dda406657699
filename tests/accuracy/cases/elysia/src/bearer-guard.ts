import { Elysia } from 'elysia';

export const privateRoutes = new Elysia().get(
  '/private',
  () => ({ secret: 42 }),
  {
    beforeHandle({ headers, status }) {
      const token = headers.authorization?.slice(7);
      if (!token) {
        return status(403, { message: 'Sign in first' }); // expect: no-403-for-unauthenticated, require-problem-details
      }
    },
  },
);

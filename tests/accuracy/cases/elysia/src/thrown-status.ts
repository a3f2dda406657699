import { Elysia } from 'elysia';
import { bearer } from '@elysiajs/bearer';

export const exportsApi = new Elysia().use(bearer()).post('/exports', ({ bearer, status }) => {
  if (!bearer) {
    throw status(403, 'Forbidden'); // expect: no-403-for-unauthenticated
  }
  return { queued: true };
});

import { Elysia, error } from 'elysia';

// Elysia 1.1 and earlier spelled status() as error().
export const legacy = new Elysia().get('/legacy/me', ({ headers }) => {
  if (!headers.authorization) {
    return error(401, 'Unauthorized'); // expect: require-www-authenticate, require-problem-details
  }
  return { id: 1 };
});

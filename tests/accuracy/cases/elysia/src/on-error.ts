import { Elysia } from 'elysia';

export const app = new Elysia().onError(({ code, set }) => {
  if (code === 'NOT_FOUND') {
    set.status = 404;
    return { message: 'Route not found' }; // expect: require-problem-details
  }
  if (code === 'VALIDATION') {
    set.status = 422;
    set.headers['content-type'] = 'application/problem+json';
    return { type: 'about:blank', title: 'Unprocessable Content', status: 422 };
  }
});

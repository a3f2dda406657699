import { Elysia } from 'elysia';

export const account = new Elysia().get('/account', ({ headers, set, status }) => {
  if (!headers.authorization) {
    set.headers['www-authenticate'] = 'Bearer realm="account"';
    set.headers['content-type'] = 'application/problem+json';
    return status(401, { type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return { plan: 'free' };
});

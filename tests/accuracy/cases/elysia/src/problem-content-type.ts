import { Elysia } from 'elysia';
import { bearer } from '@elysiajs/bearer';

export const reports = new Elysia().use(bearer()).get('/reports', ({ bearer, set }) => {
  if (!bearer) {
    set.status = 401;
    set.headers['www-authenticate'] = 'Bearer realm="reports"';
    return { type: 'about:blank', title: 'Unauthorized', status: 401 }; // expect: require-problem-details
  }
  return [];
});

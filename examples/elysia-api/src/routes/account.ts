import { Elysia } from 'elysia';

import { auth } from '../auth';

const PROBLEM_JSON = 'application/problem+json';

/** Returns the caller's account. These routes are correct: the plugin reports nothing here. */
export const accountRoutes = new Elysia({ prefix: '/account' })
  .use(auth)
  .get('/', (ctx) => {
    if (!ctx.user) {
      ctx.set.headers['www-authenticate'] = 'Bearer realm="notes"';
      ctx.set.headers['content-type'] = PROBLEM_JSON;
      return ctx.status(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in first.' });
    }
    if (!ctx.user.roles.includes('member')) {
      ctx.set.headers['content-type'] = PROBLEM_JSON;
      return ctx.status(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only members have an account page.' });
    }
    return ctx.user;
  });

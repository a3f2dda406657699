import Router from '@koa/router';

export const account = new Router({ prefix: '/account' });

const PROBLEM_JSON = 'application/problem+json';
const CHALLENGE = 'Bearer realm="helpdesk"';

// Correct: a 401 that carries its challenge on the error itself, where Koa's
// default error handler keeps it.
account.get('/', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Send a bearer token.', { headers: { 'WWW-Authenticate': CHALLENGE } });
  ctx.body = { id: ctx.state.user.sub, roles: ctx.state.user.roles };
});

// Correct: a 403 for a signed-in caller without the admin role, sent as
// problem details with the type set after the body.
account.put('/roles/:userId', async (ctx) => {
  if (!ctx.state.user.roles.includes('admin')) {
    ctx.status = 403;
    ctx.body = {
      type: 'https://example.com/problems/admin-role-required',
      title: 'Admin role required',
      status: 403,
      detail: 'Only admins can change roles.',
    };
    ctx.type = PROBLEM_JSON;
    return;
  }

  ctx.status = 204;
});

import type { Context, Next } from 'koa';

export async function requireLogin(ctx: Context, next: Next) {
  if (!ctx.state.user) {
    // Koa's default error handler clears headers set before a throw.
    ctx.set('WWW-Authenticate', 'Bearer realm="app"');
    ctx.throw(401, 'Login required'); // expect: require-www-authenticate
  }
  await next();
}

import Router from '@koa/router';

const router = new Router({ prefix: '/admin' });

router.get('/audit', async (ctx) => {
  ctx.assert(ctx.state.user.role === 'admin', 403, 'Admins only');
  ctx.body = await ctx.services.audit.recent();
});

router.post('/flags', async (ctx) => {
  if (!ctx.state.user.isAdmin) {
    ctx.throw(401, 'Admins only'); // expect: no-401-for-forbidden
  }
  ctx.body = await ctx.services.flags.update(ctx.request.body);
});

export default router;

import Router from '@koa/router';

const router = new Router();

router.post('/comments', async (ctx) => {
  if (ctx.get('x-csrf-token') !== ctx.session.csrf) {
    ctx.throw(403, 'invalid csrf token');
  }
  if ((await ctx.services.limits.commentsToday(ctx.state.user.id)) > 50) {
    ctx.status = 429;
    ctx.body = { error: 'Too many comments today' }; // expect: require-problem-details
    return;
  }
  ctx.body = await ctx.services.comments.create(ctx.request.body);
});

export default router;

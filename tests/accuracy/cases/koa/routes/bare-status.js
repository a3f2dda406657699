const Router = require('@koa/router');

const router = new Router();

router.get('/inbox', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 403; // expect: no-403-for-unauthenticated, require-problem-details
    return;
  }
  ctx.body = await ctx.services.inbox.list(ctx.state.user.id);
});

module.exports = router;

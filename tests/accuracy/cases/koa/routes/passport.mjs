import Router from '@koa/router';

const router = new Router();

router.get('/account', async (ctx) => {
  if (!ctx.isAuthenticated()) {
    ctx.throw(403); // expect: no-403-for-unauthenticated
  }
  ctx.body = ctx.state.user;
});

export default router;

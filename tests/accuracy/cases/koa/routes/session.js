const Router = require('@koa/router');

const router = new Router();

router.get('/cart', async (ctx) => {
  if (!ctx.session.userId) {
    ctx.status = 401; // expect: require-www-authenticate
    ctx.body = 'Please log in'; // expect: require-problem-details
    return;
  }
  ctx.body = await ctx.services.cart.for(ctx.session.userId);
});

module.exports = router;

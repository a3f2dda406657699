const Router = require('@koa/router');

const router = new Router();

router.get('/profile', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Please sign in'); // expect: require-www-authenticate
  ctx.body = ctx.state.user.profile;
});

module.exports = router;

const Router = require('@koa/router');
const { redeem } = require('../oauth');

const router = new Router();

router.post('/oauth/token', async (ctx) => {
  const grant = await redeem(ctx.request.body);
  if (!grant) {
    ctx.status = 400;
    ctx.body = { error: 'invalid_grant', error_description: 'The authorization code has expired' };
    return;
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.body = grant;
});

module.exports = router;

const { verifyAccessToken } = require('../auth/tokens');

module.exports = async function bearerAuth(ctx, next) {
  const token = (ctx.get('Authorization') || '').slice(7);
  if (!token) {
    ctx.set('WWW-Authenticate', 'Bearer realm="api"');
    ctx.status = 401;
    ctx.body = { type: 'about:blank', title: 'Unauthorized', status: 401 };
    ctx.type = 'application/problem+json';
    return;
  }
  const claims = await verifyAccessToken(token);
  if (!claims) {
    ctx.throw(401, 'Token expired', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
  }
  ctx.state.user = claims;
  await next();
};

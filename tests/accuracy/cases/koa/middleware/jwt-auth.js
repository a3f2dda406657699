const jwt = require('jsonwebtoken');

module.exports = async function jwtAuth(ctx, next) {
  const header = ctx.get('Authorization');
  if (!header) {
    ctx.status = 401; // expect: require-www-authenticate
    ctx.body = { error: 'Missing Authorization header' }; // expect: require-problem-details
    return;
  }
  try {
    ctx.state.user = jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET);
  } catch (err) {
    ctx.throw(403, 'Invalid token'); // expect: no-403-for-unauthenticated
  }
  await next();
};

const ApiKey = require('../models/api-key');

module.exports = async function apiKeyAuth(ctx, next) {
  const apiKey = ctx.get('x-api-key');
  if (!apiKey) {
    ctx.throw(403, 'API key required'); // expect: no-403-for-unauthenticated
  }
  if (!(await ApiKey.exists(apiKey))) {
    ctx.throw(403, 'Unknown API key'); // expect: no-403-for-unauthenticated
  }
  await next();
};

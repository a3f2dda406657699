const apiKeys = require('../services/api-keys');

module.exports = async function apiKeyAuth(req, res, next) {
  const apiKey = req.header('x-api-key');
  if (!apiKey) {
    return res.status(403).json({ error: 'API key required' }); // expect: no-403-for-unauthenticated, require-problem-details
  }

  const client = await apiKeys.findByKey(apiKey);
  if (!client) {
    return res.status(403).json({ error: 'Unknown API key' }); // expect: no-403-for-unauthenticated, require-problem-details
  }

  if (!client.scopes.includes('reports:read')) {
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'This key cannot read reports' });
  }

  req.client = client;
  next();
};

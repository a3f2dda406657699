const express = require('express');
const { authenticateClient, redeemCode, rotateRefreshToken } = require('../oauth/store');

const router = express.Router();

router.post('/oauth/token', express.urlencoded({ extended: false }), async (req, res) => {
  const { grant_type, code, refresh_token } = req.body;
  if (grant_type !== 'authorization_code' && grant_type !== 'refresh_token') {
    return res.status(400).json({ error: 'unsupported_grant_type' });
  }

  const client = await authenticateClient(req.headers.authorization);
  if (!client) {
    res.set('WWW-Authenticate', 'Basic realm="oauth"');
    return res.status(401).json({ error: 'invalid_client' });
  }

  const grant = grant_type === 'authorization_code' ? await redeemCode(client, code) : await rotateRefreshToken(client, refresh_token);
  if (!grant) {
    return res.status(400).json({ error: 'invalid_grant', error_description: 'The code or refresh token is expired or revoked' });
  }
  res.set('Cache-Control', 'no-store').json(grant);
});

module.exports = router;

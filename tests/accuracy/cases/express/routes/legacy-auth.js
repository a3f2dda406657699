const express = require('express');

const router = express.Router();
const PROBLEM_JSON = 'application/problem+json';
const ADMIN_CHALLENGE = 'Basic realm=Legacy Admin'; // expect: valid-www-authenticate

router.get('/legacy/export', (req, res) => {
  if (!req.get('authorization')) {
    res.set('WWW-Authenticate', ADMIN_CHALLENGE);
    return res.status(401).type(PROBLEM_JSON).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.json({ rows: [] });
});

router.get('/legacy/reports', (req, res) => {
  if (!req.get('authorization')) {
    return res
      .set('WWW-Authenticate', 'Bearer: realm="legacy"') // expect: valid-www-authenticate
      .status(401)
      .type(PROBLEM_JSON)
      .json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  if (!req.user.scopes.includes('reports:read')) {
    return res
      .set('WWW-Authenticate', 'Bearer realm="legacy", error="insufficient_scope", scope="reports:read"')
      .status(403)
      .type(PROBLEM_JSON)
      .json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  res.json({ reports: [] });
});

router.get('/legacy/session', (req, res) => {
  if (!req.session.token) {
    return res
      .set('WWW-Authenticate', 'Bearer realm="legacy", error="expired_token"') // expect: valid-www-authenticate
      .status(401)
      .type(PROBLEM_JSON)
      .json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.json({ user: req.session.user });
});

module.exports = router;

const express = require('express');

const router = express.Router();
const problem = (status, title) => ({ type: 'about:blank', title, status });

router.get('/account', (req, res) => {
  return req.user
    ? res.json(req.user)
    : res.status(401).type('application/problem+json').json(problem(401, 'Unauthorized')); // expect: require-www-authenticate
});

router.get('/notifications', (req, res, next) => {
  return req.session.userId ? next() : res.status(403).json({ error: 'Login required' }); // expect: no-403-for-unauthenticated, require-problem-details
});

module.exports = router;

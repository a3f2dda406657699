const express = require('express');

const router = express.Router();

router.get('/dashboard/data', (req, res) => {
  if (req.user) {
    if (req.user.plan === 'free') {
      return res
        .status(403)
        .type('application/problem+json')
        .json({ type: 'https://example.com/problems/upgrade', title: 'Upgrade required', status: 403 });
    }
    return res.json({ widgets: req.user.widgets });
  }
  return res.status(403).json({ error: 'Sign in first' }); // expect: no-403-for-unauthenticated, require-problem-details
});

module.exports = router;

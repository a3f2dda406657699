const express = require('express');

const router = express.Router();

router.post('/transfer', (req, res) => {
  const csrfToken = req.get('x-csrf-token');
  if (!csrfToken || csrfToken !== req.session.csrfSecret) {
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'https://example.com/problems/csrf', title: 'CSRF token mismatch', status: 403 });
  }
  res.status(202).end();
});

router.post('/profile', (req, res) => {
  if (req.body._csrf !== req.session.csrfToken) {
    return res.status(403).send('invalid csrf token'); // expect: require-problem-details
  }
  res.redirect('/profile');
});

module.exports = router;

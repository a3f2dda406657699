const express = require('express');
const PasswordReset = require('../models/password-reset');

const router = express.Router();

router.post('/password-reset/:token', async (req, res) => {
  const resetToken = req.params.token;
  const record = await PasswordReset.findOne({ token: resetToken });
  if (!record || record.expiresAt < Date.now()) {
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'https://example.com/problems/reset-link', title: 'Reset link expired', status: 403 });
  }
  if (req.body.password.length < 12) {
    return res.status(400).json({ errors: [{ field: 'password', message: 'Too short' }] }); // expect: require-problem-details
  }
  await record.apply(req.body.password);
  res.status(204).end();
});

module.exports = router;

const express = require('express');
const bcrypt = require('bcrypt');
const User = require('../models/user');

const router = express.Router();

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ message: 'Invalid email or password' }); // expect: require-www-authenticate, require-problem-details
  }
  if (user.suspended) {
    return res.status(403).json({ message: 'Account suspended' }); // expect: require-problem-details
  }
  if (!user.emailVerified) {
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'https://example.com/problems/unverified-email', title: 'E-mail address not verified', status: 403 });
  }
  req.session.userId = user.id;
  res.status(204).end();
});

module.exports = router;

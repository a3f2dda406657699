const express = require('express');
const { requireAuth } = require('../middleware/require-auth');
const User = require('../models/user');

const router = express.Router();

function sendProblem(res, status, title, detail) {
  return res.status(status).type('application/problem+json').json({ type: 'about:blank', title, status, detail });
}

router.get('/admin/users', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') {
    return sendProblem(res, 403, 'Forbidden', 'Administrators only');
  }
  res.json(await User.find());
});

router.get('/admin/users/:id', requireAuth, async (req, res) => {
  if (!req.user.roles.includes('admin')) {
    return res.status(403).type('application/problem+json').json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  const user = await User.findById(req.params.id);
  if (!user) {
    return res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404 });
  }
  res.json(user);
});

module.exports = router;

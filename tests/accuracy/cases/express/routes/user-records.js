const express = require('express');
const db = require('../db');

const router = express.Router();
const PROBLEM = 'application/problem+json';

// Mounted behind requireAuth: req.user is always set here.
router.get('/users/:id/profile', async (req, res) => {
  const user = await db.users.findUnique({ where: { id: req.params.id } });
  if (!user) {
    return res.status(404).type(PROBLEM).json({ type: 'about:blank', title: 'Not Found', status: 404 });
  }
  if (!user.isPublic && user.id !== req.user.id) {
    return res.status(403).type(PROBLEM).json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  res.json(user.profile);
});

router.post('/users/:id/follow', async (req, res) => {
  const target = await db.users.findUnique({ where: { id: req.params.id } });
  // Unknown ids answer 403 like blocked ones, so ids cannot be probed.
  if (!target || target.blocked.includes(req.user.id)) {
    return res.status(403).type(PROBLEM).json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  await db.follows.create({ data: { from: req.user.id, to: target.id } });
  res.status(204).end();
});

module.exports = router;

import express from 'express';

const router = express.Router();

router.get('/me', (req, res) => {
  if (!req.isAuthenticated()) {
    return res.status(403).json({ error: 'Not logged in' }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  res.json(req.user);
});

router.get('/me/avatar', (req, res) => {
  if (!req.isAuthenticated()) {
    res.set('WWW-Authenticate', 'Cookie realm="app"');
    return res.status(401).end();
  }
  res.sendFile(req.user.avatarPath);
});

export default router;

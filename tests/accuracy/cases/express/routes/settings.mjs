import express from 'express';
import { loadUserFromSession } from '../services/session.mjs';

const app = express();

app.use(async (req, res, next) => {
  res.locals.user = await loadUserFromSession(req);
  next();
});

app.get('/settings', (req, res) => {
  if (!res.locals.user) {
    return res.status(403).json({ message: 'Please log in' }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  res.json(res.locals.user.settings);
});

export default app;

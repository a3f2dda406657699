import express from 'express';
import { clerkMiddleware, getAuth } from '@clerk/express';

const app = express();
app.use(clerkMiddleware());

app.get('/api/drafts', (req, res) => {
  const { userId } = getAuth(req);
  if (!userId) {
    return res.status(403).json({ error: 'Unauthenticated' }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  res.json({ owner: userId });
});

app.post('/api/drafts', (req, res) => {
  const auth = getAuth(req);
  if (!auth.userId) {
    return res.status(401).json({ error: 'Sign in to save drafts' }); // expect: require-www-authenticate, require-problem-details
  }
  res.status(201).end();
});

export default app;

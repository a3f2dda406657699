import express from 'express';
import { verifySignature } from '../services/signatures';

export const webhooks = express.Router();

webhooks.post('/webhooks/payments', express.raw({ type: 'application/json' }), (req, res) => {
  const signature = req.get('x-signature') ?? '';
  if (!verifySignature(req.body, signature)) {
    return res.status(401).json({ error: 'Bad signature' }); // expect: require-www-authenticate, require-problem-details
  }
  res.status(204).end();
});

import express from 'express';
import { verifySignature } from '../services/signatures';

export const webhooks = express.Router();

webhooks.post('/webhooks/payments', express.raw({ type: 'application/json' }), (req, res) => {
  const signature = req.get('x-signature') ?? '';
  if (!verifySignature(req.body, signature)) {
    // The sender reads only the status of a webhook's response, so its body need not be problem details.
    return res.status(401).json({ error: 'Bad signature' }); // expect: require-www-authenticate
  }
  res.status(204).end();
});

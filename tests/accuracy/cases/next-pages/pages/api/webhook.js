import { buffer } from 'micro';
import { verifyWebhook } from '../../lib/webhooks';

export const config = { api: { bodyParser: false } };

export default async function handler(req, res) {
  const raw = await buffer(req);
  if (!verifyWebhook(raw, req.headers['x-webhook-signature'])) {
    return res.status(400).send('Invalid signature'); // expect: require-problem-details
  }
  res.status(200).json({ received: true });
}

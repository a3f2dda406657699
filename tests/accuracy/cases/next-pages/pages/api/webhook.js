import { buffer } from 'micro';
import { verifyWebhook } from '../../lib/webhooks';

export const config = { api: { bodyParser: false } };

export default async function handler(req, res) {
  const raw = await buffer(req);
  if (!verifyWebhook(raw, req.headers['x-webhook-signature'])) {
    // The sender reads only the status of a webhook's response, so its body need not be problem details.
    return res.status(400).send('Invalid signature');
  }
  res.status(200).json({ received: true });
}

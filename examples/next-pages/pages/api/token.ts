import type { NextApiRequest, NextApiResponse } from 'next';

// Exchanges an API key for a short-lived access token.
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = req.headers['x-api-key'];
  if (!apiKey) {
    return res.status(401).send('missing API key');
  }
  res.json({ accessToken: 'token' });
}

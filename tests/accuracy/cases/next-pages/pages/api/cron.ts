import type { NextApiRequest, NextApiResponse } from 'next';
import { rotateKeys } from '../../lib/keys';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return res.status(401).end(); // expect: require-www-authenticate
  }
  await rotateKeys();
  res.status(200).json({ rotated: true });
}

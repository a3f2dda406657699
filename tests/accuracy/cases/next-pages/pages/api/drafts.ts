import type { NextApiRequest, NextApiResponse } from 'next';
import { getAuth } from '@clerk/nextjs/server';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req);
  if (!userId) {
    return res.status(403).json({ error: 'Unauthorized' }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  return res.status(200).json({ userId });
}

import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth/[...nextauth]';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    return res.status(401).end();
  }
  if (session.user.plan !== 'pro') {
    return res.status(403).json({ error: 'Reports need the Pro plan' }); // expect: require-problem-details
  }
  res.json({ reports: [] });
}

import type { NextApiRequest, NextApiResponse } from 'next';
import { getSession } from 'next-auth/react';
import { prisma } from '../../../lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession({ req });
  if (!session) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="admin"');
    return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 }); // expect: require-problem-details
  }
  if (session.user.role !== 'ADMIN') {
    return res.status(401).json({ error: 'Admin access required' }); // expect: no-401-for-forbidden, require-problem-details
  }
  res.json(await prisma.user.findMany());
}

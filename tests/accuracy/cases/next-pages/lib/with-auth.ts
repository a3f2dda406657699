import type { NextApiHandler, NextApiRequest } from 'next';
import { verifyIdToken } from './firebase-admin';

export type AuthedRequest = NextApiRequest & { uid?: string };

export function withAuth(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    const token = req.headers.authorization?.split(' ')[1];
    if (!token) {
      return res.status(401).json({ error: 'Missing token' }); // expect: require-www-authenticate, require-problem-details
    }
    try {
      const decoded = await verifyIdToken(token);
      (req as AuthedRequest).uid = decoded.uid;
    } catch {
      return res.status(403).json({ error: 'Invalid token' }); // expect: no-403-for-unauthenticated, require-problem-details
    }
    return handler(req, res);
  };
}

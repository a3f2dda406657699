import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth/[...nextauth]';

export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="app"');
    res.setHeader('Content-Type', 'application/problem+json');
    // Next's res.json() sets Content-Type: application/json itself, over the header above.
    return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in first' }); // expect: require-problem-details
  }
  res.json(session.user);
}

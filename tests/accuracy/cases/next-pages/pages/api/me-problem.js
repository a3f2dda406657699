import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth/[...nextauth]';

export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="app"');
    res.setHeader('Content-Type', 'application/problem+json');
    // res.send() with a string keeps the content type set above.
    return res.status(401).send(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }));
  }
  res.json(session.user);
}

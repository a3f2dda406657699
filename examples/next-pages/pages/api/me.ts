import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';

// Correct: the 401 carries a challenge, and errors are problem details sent as
// a string, because res.json() would overwrite the content type with application/json.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="projects"');
    res.setHeader('Content-Type', 'application/problem+json');
    return res
      .status(401)
      .send(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'sign in to see your profile' }));
  }
  if (session.user?.email?.endsWith('@suspended.example.com')) {
    res.setHeader('Content-Type', 'application/problem+json');
    return res
      .status(403)
      .send(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'this account is suspended' }));
  }
  return res.json(session.user);
}

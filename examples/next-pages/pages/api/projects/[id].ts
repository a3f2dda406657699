import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { findProject } from '@/lib/projects';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(403).json({ error: 'please sign in' });
  }

  const project = findProject(String(req.query.id));
  if (!project) {
    return res.status(404).json({ type: 'about:blank', title: 'Not Found', status: 404 });
  }

  if (req.method === 'DELETE') {
    if (project.ownerEmail !== session.user?.email) {
      return res.status(401).json({ message: 'only the owner can delete a project' });
    }
    return res.status(204).end();
  }

  return res.json(project);
}

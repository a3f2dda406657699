import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import { items } from '../../../lib/items';

export default async function handler(req, res) {
  if (req.method !== 'GET' && req.method !== 'DELETE') {
    res.setHeader('Allow', ['GET', 'DELETE']);
    return res.status(405).end(`Method ${req.method} Not Allowed`); // expect: require-problem-details
  }
  const item = await items.find(req.query.id);
  if (!item) {
    return res.status(404).end();
  }
  if (req.method === 'DELETE') {
    const session = await getServerSession(req, res, authOptions);
    if (!session) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return res.status(401).end();
    }
    if (item.ownerEmail !== session.user.email) {
      return res.status(403).json({ message: 'You do not own this item' }); // expect: require-problem-details
    }
    await items.remove(item.id);
    return res.status(204).end();
  }
  return res.json(item);
}

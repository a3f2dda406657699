import type { NextApiRequest, NextApiResponse } from 'next';
import { createPagesServerClient } from '@supabase/auth-helpers-nextjs';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const supabase = createPagesServerClient({ req, res });
  const {
    data: { session },
  } = await supabase.auth.getSession();
  if (!session) {
    return res.status(401).json({ error: 'not_authenticated', description: 'Sign in to see bookmarks' }); // expect: require-www-authenticate, require-problem-details
  }
  const { data } = await supabase.from('bookmarks').select('*');
  res.json(data);
}

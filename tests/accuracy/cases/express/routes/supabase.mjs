import express from 'express';
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_ANON_KEY);
const router = express.Router();

router.get('/notes', async (req, res) => {
  const accessToken = req.headers.authorization?.replace('Bearer ', '');
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser(accessToken);
  if (error || !user) {
    return res.status(403).json({ error: 'Invalid session' }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  const { data } = await supabase.from('notes').select('*').eq('owner', user.id);
  res.json(data);
});

export default router;

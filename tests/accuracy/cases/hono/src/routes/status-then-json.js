import { Hono } from 'hono';
import { getSignedCookie } from 'hono/cookie';

export const settings = new Hono();

settings.get('/settings', async (c) => {
  const sessionToken = await getSignedCookie(c, process.env.COOKIE_SECRET, 'sid');
  if (!sessionToken) {
    c.status(401); // expect: require-www-authenticate
    return c.json({ error: 'Session expired' }); // expect: require-problem-details
  }
  return c.json({ theme: 'dark' });
});

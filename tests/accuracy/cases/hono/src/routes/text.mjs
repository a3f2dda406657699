import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';

export const dashboard = new Hono();

dashboard.get('/dashboard', (c) => {
  const session = getCookie(c, 'session');
  if (!session) {
    return c.text('Unauthorized', 401); // expect: require-www-authenticate, require-problem-details
  }
  return c.html('<h1>Dashboard</h1>');
});

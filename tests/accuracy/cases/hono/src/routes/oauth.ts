import { Hono } from 'hono';
import { exchange } from '../oauth';

export const token = new Hono();

token.post('/oauth/token', async (c) => {
  const form = await c.req.parseBody();
  if (form.grant_type !== 'client_credentials') {
    return c.json({ error: 'unsupported_grant_type' }, 400);
  }
  const issued = await exchange(form);
  if (!issued) {
    return c.json({ error: 'invalid_client' }, 401, { 'WWW-Authenticate': 'Basic realm="token"' });
  }
  return c.json(issued, 200, { 'Cache-Control': 'no-store' });
});

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

export const me = new Hono();

me.get('/me', (c) => {
  if (!c.get('user')) {
    throw new HTTPException(403, { message: 'Not logged in' }); // expect: no-403-for-unauthenticated
  }
  return c.json(c.get('user'));
});

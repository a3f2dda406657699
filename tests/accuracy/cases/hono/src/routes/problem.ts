import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

const PROBLEM_JSON = 'application/problem+json';

export const orders = new Hono();

orders.get('/orders', (c) => {
  if (!c.req.header('Authorization')) {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, {
      'Content-Type': PROBLEM_JSON,
      'WWW-Authenticate': 'Bearer realm="orders"',
    });
  }
  return c.json([]);
});

orders.get('/orders/:id', (c) => {
  if (!c.var.user) {
    c.header('WWW-Authenticate', 'Bearer realm="orders"');
    throw new HTTPException(401, { message: 'Sign in to see orders' });
  }
  return c.json({ id: c.req.param('id') });
});

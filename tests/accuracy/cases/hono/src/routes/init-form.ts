import { Hono } from 'hono';

export const billing = new Hono();

billing.get('/billing', (c) => {
  if (!c.req.header('Authorization')) {
    // In the init form, Hono's own JSON content type wins over the one in headers.
    return c.json(
      { type: 'about:blank', title: 'Unauthorized', status: 401 }, // expect: require-problem-details
      { status: 401, headers: { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer' } },
    );
  }
  return c.json({ balance: 0 });
});

import { Hono } from 'hono';

type Bindings = { API_KEYS: KVNamespace };

export const ingest = new Hono<{ Bindings: Bindings }>();

ingest.post('/ingest', async (c) => {
  const apiKey = c.req.header('x-api-key');
  if (!apiKey || !(await c.env.API_KEYS.get(apiKey))) {
    return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403, { 'Content-Type': 'application/problem+json' }); // expect: no-403-for-unauthenticated
  }
  return c.body(null, 202);
});

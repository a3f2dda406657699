import { Hono } from 'hono';

export const exportsApi = new Hono();

exportsApi.post('/exports', (c) => {
  const payload = c.get('jwtPayload');
  if (!payload.scope.split(' ').includes('exports:write')) {
    return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403, {
      'Content-Type': 'application/problem+json',
      'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="exports:write"',
    });
  }
  return c.body(null, 202);
});

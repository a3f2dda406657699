import { Hono } from 'hono';

type Variables = { user?: { id: string; roles: string[] } };

export const files = new Hono<{ Variables: Variables }>();

files.get('/files/:id', (c) => {
  if (!c.get('user')) {
    // Context headers are not applied to a Response the handler builds itself.
    c.header('WWW-Authenticate', 'Bearer realm="files"');
    return new Response(null, { status: 401 }); // expect: require-www-authenticate
  }
  return c.body(null, 204);
});

files.delete('/files/:id', (c) => {
  const user = c.get('user')!;
  if (!user.roles.includes('owner')) {
    // c.json() replaces this content type with application/json.
    c.header('Content-Type', 'application/problem+json');
    return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403); // expect: require-problem-details
  }
  return c.body(null, 204);
});

import { Hono } from 'hono';
import { jwt } from 'hono/jwt';

type Variables = { jwtPayload: { sub: string; role: string } };

const app = new Hono<{ Variables: Variables }>();

app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));

app.get('/api/admin/metrics', (c) => {
  const payload = c.get('jwtPayload');
  if (payload.role !== 'admin') {
    return c.json({ message: 'Forbidden' }, 403); // expect: require-problem-details
  }
  return c.json({ requests: 42 });
});

export default app;

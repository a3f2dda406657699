import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

import type { Env } from './env';
import { authenticate } from './middleware/auth';
import { accountRoutes } from './routes/account';
import { projectRoutes } from './routes/projects';

const app = new Hono<Env>();

app.use('/projects/*', authenticate);
app.route('/projects', projectRoutes);
app.route('/account', accountRoutes);

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return c.json({ error: err.message }, err.status);
  }
  return c.json({ error: 'internal error' }, 500);
});

export default app;

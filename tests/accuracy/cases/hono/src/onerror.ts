import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

const app = new Hono();

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse();
  }
  console.error(err);
  return c.json({ message: 'Internal Server Error' }, 500); // expect: require-problem-details
});

app.notFound((c) => c.json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404, { 'Content-Type': 'application/problem+json' }));

export default app;

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

type Variables = { user: { id: string; role: 'admin' | 'member' } };

export const admin = new Hono<{ Variables: Variables }>();

admin.delete('/users/:id', async (c) => {
  const user = c.get('user');
  if (user.role !== 'admin') {
    throw new HTTPException(401, { message: 'Admins only' }); // expect: no-401-for-forbidden
  }
  return c.body(null, 204);
});

import { json } from '@remix-run/node';
import { currentUser } from '~/session.server';
import { listUsers } from '~/models/user.server';

export async function loader({ request }) {
  const user = await currentUser(request);
  if (!user) {
    throw new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Cookie realm="admin"' } });
  }
  if (!user.roles.includes('admin')) {
    return json({ error: 'Admins only' }, { status: 401 }); // expect: no-401-for-forbidden, require-problem-details
  }
  return json(await listUsers());
}

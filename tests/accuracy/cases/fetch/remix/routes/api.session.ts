import type { ActionFunctionArgs } from '@remix-run/node';
import { getSession } from '~/sessions.server';

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) {
    throw new Response(null, { status: 403 }); // expect: no-403-for-unauthenticated
  }
  return Response.json({ userId });
}

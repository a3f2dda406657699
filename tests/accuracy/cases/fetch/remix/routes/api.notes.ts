import type { LoaderFunctionArgs } from '@remix-run/node';
import { getUserId } from '~/session.server';
import { listNotes } from '~/models/note.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await getUserId(request);
  if (!userId) {
    throw new Response(null, { status: 401 }); // expect: require-www-authenticate
  }
  return Response.json(await listNotes(userId));
}

import { forbidden, unauthorized } from 'next/navigation';
import { verifySession } from '@/lib/dal';

export async function GET() {
  const session = await verifySession();
  if (!session) {
    unauthorized(); // expect: require-www-authenticate
  }
  if (session.role !== 'admin') {
    forbidden();
  }
  return Response.json({ id: session.userId });
}

export async function DELETE() {
  const session = await verifySession();
  if (!session) {
    forbidden(); // expect: no-403-for-unauthenticated
  }
  return new Response(null, { status: 204 });
}

import type { NextRequest } from 'next/server';
import { sendDigests } from '@/lib/digests';

export async function GET(request: NextRequest) {
  const authHeader = request.headers.get('authorization');
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response('Unauthorized', { status: 401 }); // expect: require-www-authenticate, require-problem-details
  }
  await sendDigests();
  return Response.json({ sent: true });
}

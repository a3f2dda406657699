import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { decrypt } from '@/lib/session';

export async function GET() {
  const sessionToken = (await cookies()).get('session')?.value;
  if (!sessionToken) {
    return NextResponse.json({ error: 'No session' }, { status: 403 }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  const session = await decrypt(sessionToken);
  if (!session) {
    return NextResponse.json({ error: 'Session expired' }, { status: 403 }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  return NextResponse.json({ userId: session.userId });
}

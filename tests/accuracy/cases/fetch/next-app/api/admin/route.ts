import { NextResponse } from 'next/server';
import { auth } from '@/auth';

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

export async function GET() {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ message: 'Not authenticated' }, { status: 403 }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  if (session.user.role !== 'admin') {
    return NextResponse.json(
      { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Administrators only' },
      { status: 403, headers: PROBLEM_HEADERS },
    );
  }
  return NextResponse.json({ ok: true });
}

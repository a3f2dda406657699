import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

export async function POST(request: Request) {
  const session = await getServerSession(authOptions);
  if (!session || !session.user.isAdmin) {
    return NextResponse.json(
      { type: 'about:blank', title: 'Forbidden', status: 403 },
      { status: 403, headers: { 'Content-Type': 'application/problem+json' } }, // expect: no-403-for-unauthenticated
    );
  }
  const body = await request.json();
  return NextResponse.json({ created: body.name }, { status: 201 });
}

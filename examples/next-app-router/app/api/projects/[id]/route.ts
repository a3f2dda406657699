import { NextResponse } from 'next/server';

import { getSession } from '@/lib/auth';

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();

  if (!session) {
    // Faulty: no user is signed in, so this is a 401, not a 403.
    return NextResponse.json({ error: 'Not signed in' }, { status: 403 });
  }

  if (session.role !== 'owner') {
    // Faulty: the user is signed in but lacks the owner role. A 401 makes the
    // client sign in again, which cannot help, so this is a 403.
    return NextResponse.json({ error: `Only owners can delete project ${id}` }, { status: 401 });
  }

  return new Response(null, { status: 204 });
}

import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { db } from '@/lib/db';

export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 }); // expect: require-www-authenticate, require-problem-details
  }
  const projects = await db.project.findMany({ where: { ownerId: session.user.id } });
  return NextResponse.json(projects);
}

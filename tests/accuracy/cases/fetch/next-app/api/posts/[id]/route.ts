import { NextResponse, type NextRequest } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

export async function DELETE(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="blog"' } });
  }
  const { id } = await params;
  const post = await prisma.post.findUnique({ where: { id } });
  if (!post) {
    return new NextResponse(null, { status: 404 });
  }
  if (post.authorId !== session.user.id) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 401 }); // expect: no-401-for-forbidden, require-problem-details
  }
  await prisma.post.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}

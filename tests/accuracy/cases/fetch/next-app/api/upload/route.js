import { auth } from '@clerk/nextjs/server';
import { put } from '@vercel/blob';

export async function POST(request) {
  const { userId } = await auth();
  if (!userId) {
    return new Response('Unauthorized', { status: 401 }); // expect: require-www-authenticate, require-problem-details
  }
  const form = await request.formData();
  const blob = await put(`uploads/${userId}/${crypto.randomUUID()}`, form.get('file'), { access: 'private' });
  return Response.json(blob, { status: 201 });
}

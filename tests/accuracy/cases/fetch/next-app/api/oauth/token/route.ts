import { authenticateClient, exchangeCode } from '@/lib/oauth';

export async function POST(request: Request) {
  const form = await request.formData();
  const client = await authenticateClient(request.headers.get('authorization'));
  if (!client) {
    return Response.json({ error: 'invalid_client' }, { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="token"' } });
  }
  if (form.get('grant_type') !== 'authorization_code') {
    return Response.json({ error: 'unsupported_grant_type' }, { status: 400 });
  }
  const tokens = await exchangeCode(client, String(form.get('code')));
  if (!tokens) {
    return Response.json({ error: 'invalid_grant', error_description: 'Unknown or used code' }, { status: 400 });
  }
  return Response.json(tokens, { headers: { 'Cache-Control': 'no-store' } });
}

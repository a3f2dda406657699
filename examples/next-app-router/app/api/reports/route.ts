import { verifyAccessToken } from '@/lib/auth';

export async function GET(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
  if (!token) {
    // Faulty: a 401 without a WWW-Authenticate challenge, with a plain-text body.
    return new Response('Unauthorized', { status: 401 });
  }

  try {
    const claims = await verifyAccessToken(token);
    return Response.json({ owner: claims.sub, reports: [] });
  } catch {
    // Correct: the challenge names the reason the token was rejected (RFC 6750 §3.1).
    return Response.json(
      { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'The access token is invalid or expired.' },
      {
        status: 401,
        headers: {
          'Content-Type': 'application/problem+json',
          'WWW-Authenticate': 'Bearer realm="acme", error="invalid_token"',
        },
      },
    );
  }
}

import { NextResponse } from 'next/server';

import { verifyAccessToken } from '@/lib/auth';

const PROBLEM_JSON = 'application/problem+json';

// Correct: a missing token and an invalid token both get 401 with a Bearer
// challenge (RFC 6750 §3), and the bodies are problem details.
export async function GET(request: Request) {
  const authorization = request.headers.get('authorization');
  if (!authorization?.startsWith('Bearer ')) {
    return NextResponse.json(
      { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Send an access token.' },
      { status: 401, headers: { 'Content-Type': PROBLEM_JSON, 'WWW-Authenticate': 'Bearer realm="acme"' } },
    );
  }

  try {
    const claims = await verifyAccessToken(authorization.slice('Bearer '.length));
    return NextResponse.json({ id: claims.sub });
  } catch {
    return NextResponse.json(
      { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'The access token is invalid or expired.' },
      {
        status: 401,
        headers: {
          'Content-Type': PROBLEM_JSON,
          'WWW-Authenticate': 'Bearer realm="acme", error="invalid_token"',
        },
      },
    );
  }
}

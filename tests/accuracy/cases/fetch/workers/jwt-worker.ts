import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

interface Env {
  JWKS_URL: string;
}

const PROBLEM_JSON = 'application/problem+json';

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const jwt = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
    try {
      const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(env.JWKS_URL)));
      return Response.json({ sub: payload.sub });
    } catch (err) {
      if (err instanceof errors.JWTExpired) {
        return Response.json(
          { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Token expired' },
          { status: 401, headers: { 'Content-Type': PROBLEM_JSON, 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
        );
      }
      return new Response(JSON.stringify({ error: 'invalid token' }), { status: 401, headers: { 'Content-Type': 'application/json' } }); // expect: require-www-authenticate, require-problem-details
    }
  },
};

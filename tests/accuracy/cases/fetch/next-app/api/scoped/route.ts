import { verifyAccessToken } from '@/lib/tokens';

const PROBLEM_JSON = 'application/problem+json';

export async function GET(request: Request) {
  const token = request.headers.get('authorization')?.slice(7);
  const claims = token ? await verifyAccessToken(token) : null;
  if (!claims) {
    return Response.json(
      { type: 'about:blank', title: 'Unauthorized', status: 401 },
      { status: 401, headers: { 'Content-Type': PROBLEM_JSON, 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
    );
  }
  if (!claims.scope.includes('reports:read')) {
    return Response.json(
      { type: 'about:blank', title: 'Forbidden', status: 403 },
      { status: 403, headers: { 'Content-Type': PROBLEM_JSON, 'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="reports:read"' } },
    );
  }
  return Response.json({ reports: [] });
}

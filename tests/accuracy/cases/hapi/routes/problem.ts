import type { Request, ResponseToolkit, ServerRoute } from '@hapi/hapi';

const PROBLEM_JSON = 'application/problem+json';

export const reportsRoute: ServerRoute = {
  method: 'GET',
  path: '/reports',
  options: { auth: { mode: 'try' } },
  handler(request: Request, h: ResponseToolkit) {
    if (!request.auth.credentials) {
      return h
        .response({ type: 'about:blank', title: 'Unauthorized', status: 401 })
        .code(401)
        .header('WWW-Authenticate', 'Bearer realm="reports"')
        .type(PROBLEM_JSON);
    }
    if (!request.auth.credentials.scope?.includes('reports:read')) {
      return h
        .response({ type: 'about:blank', title: 'Forbidden', status: 403 })
        .code(403)
        .header('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="reports:read"')
        .type(PROBLEM_JSON);
    }
    return [];
  },
};

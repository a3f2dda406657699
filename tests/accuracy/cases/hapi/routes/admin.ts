import Boom from '@hapi/boom';
import type { Request, ServerRoute } from '@hapi/hapi';

export const purgeRoute: ServerRoute = {
  method: 'POST',
  path: '/admin/purge',
  handler(request: Request) {
    if (!request.auth.credentials.scope?.includes('admin')) {
      throw Boom.unauthorized('Admins only'); // expect: no-401-for-forbidden
    }
    return { purged: true };
  },
};

import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
import createError from 'http-errors';
import jwt from 'jsonwebtoken';
import { findOrder } from './data/orders.js';

const server = Hapi.server({ port: Number(process.env.PORT ?? 3000) });

// Faulty routes: each mistake is listed in README.md.
server.route({
  method: 'GET',
  path: '/orders/{id}',
  handler: (request, h) => {
    const token = request.headers.authorization?.replace('Bearer ', '');
    if (!token) {
      throw Boom.forbidden();
    }
    try {
      jwt.verify(token, process.env.JWT_SECRET);
    } catch {
      return h.response({ error: 'invalid token' }).code(401);
    }
    const order = findOrder(request.params.id);
    if (!order) {
      return h.response({ type: 'about:blank', title: 'Not Found', status: 404 }).code(404);
    }
    return order;
  },
});

server.route({
  method: 'DELETE',
  path: '/orders/{id}',
  options: { auth: 'jwt' },
  handler: (request, h) => {
    const order = findOrder(request.params.id);
    if (order && order.customerId !== request.auth.credentials.sub) {
      throw Boom.unauthorized('not your order');
    }
    if (!request.auth.credentials.scope.includes('orders:delete')) {
      // hapi responds to an http-errors error with a 500, so this 403 never reaches the client.
      throw createError(403);
    }
    return h.response().code(204);
  },
});

// Correct routes: no findings.
server.route({
  method: 'POST',
  path: '/admin/refunds',
  handler: (request, h) => {
    if (!request.headers.authorization) {
      throw Boom.unauthorized(null, 'Bearer');
    }
    if (!request.auth.credentials.scope.includes('refunds')) {
      throw Boom.forbidden('refunds scope required');
    }
    return h
      .response({ type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'refunds are closed today' })
      .code(422)
      .type('application/problem+json');
  },
});

await server.start();
console.log('listening on %s', server.info.uri);

'use strict';

const PROBLEM_JSON = 'application/problem+json';

module.exports = async function (fastify) {
  fastify.get('/orders', async (request, reply) => {
    if (!request.headers.authorization) {
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer realm="orders"')
        .type(PROBLEM_JSON)
        .send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    }
    const claims = await request.jwtVerify();
    if (!claims.scope.split(' ').includes('orders:read')) {
      return reply
        .code(403)
        .header('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="orders:read"')
        .type(PROBLEM_JSON)
        .send({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Requires orders:read' });
    }
    return fastify.orders.list(claims.sub);
  });
};

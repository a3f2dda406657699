'use strict';

module.exports = async function meRoutes(fastify) {
  fastify.get('/me', async (request, reply) => {
    if (!request.user) {
      return reply.code(401).send({ error: 'Unauthorized' }); // expect: require-www-authenticate, require-problem-details
    }
    return request.user;
  });

  fastify.get('/me/sessions', { onRequest: [fastify.authenticate] }, async (request) => {
    return fastify.sessions.listFor(request.user.sub);
  });
};

import fp from 'fastify-plugin';

// Verifies the bearer token on every request and leaves its claims in request.user.
export default fp(async (fastify) => {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.headers.authorization) {
      return reply.code(401).send({ error: 'missing token' });
    }
    try {
      await request.jwtVerify();
    } catch (err) {
      request.log.info({ err }, 'token rejected');
      return reply.code(403).send({ error: 'invalid token' });
    }
  });
});

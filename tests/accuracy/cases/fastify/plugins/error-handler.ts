import type { FastifyInstance } from 'fastify';

export function registerErrorHandler(fastify: FastifyInstance) {
  fastify.setErrorHandler((error, request, reply) => {
    request.log.error(error);
    if (error.statusCode === 401) {
      reply.header('WWW-Authenticate', 'Bearer');
    }
    reply.status(error.statusCode ?? 500).send({ error: error.message }); // expect: require-problem-details
  });
}

import type { FastifyInstance } from 'fastify';

const PROBLEM_JSON = 'application/problem+json';

export async function apiKeyHook(fastify: FastifyInstance) {
  fastify.addHook('onRequest', async (request, reply) => {
    const apiKey = request.headers['x-api-key'];
    if (!apiKey) {
      return reply.code(403).type(PROBLEM_JSON).send({ type: 'about:blank', title: 'Forbidden', status: 403 }); // expect: no-403-for-unauthenticated
    }
    const owner = await fastify.db.apiKeys.findOwner(apiKey);
    if (!owner) {
      return reply.code(403).type(PROBLEM_JSON).send({ type: 'about:blank', title: 'Forbidden', status: 403 }); // expect: no-403-for-unauthenticated
    }
    request.owner = owner;
  });
}

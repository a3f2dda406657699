import type { FastifyInstance } from 'fastify';

export default async function tokenRoutes(fastify: FastifyInstance) {
  fastify.post('/oauth/token', async (request, reply) => {
    const body = request.body as { grant_type?: string; code?: string };
    const client = await fastify.oauth.authenticateClient(request.headers.authorization);
    if (!client) {
      return reply.code(401).header('WWW-Authenticate', 'Basic realm="token"').send({ error: 'invalid_client' });
    }
    if (body.grant_type !== 'authorization_code') {
      return reply.code(400).send({ error: 'unsupported_grant_type' });
    }
    const grant = await fastify.oauth.redeem(client, body.code);
    if (!grant) {
      return reply.code(400).send({ error: 'invalid_grant' });
    }
    return reply.header('Cache-Control', 'no-store').send(grant);
  });
}

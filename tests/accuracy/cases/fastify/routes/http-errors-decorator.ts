import type { FastifyInstance } from 'fastify';

export default async function documentsRoutes(fastify: FastifyInstance) {
  fastify.get('/documents/:id', async (request) => {
    if (!request.user) {
      throw fastify.httpErrors.forbidden('Sign in to read documents'); // expect: no-403-for-unauthenticated
    }
    const token = request.headers.authorization!.slice(7);
    try {
      await fastify.tokens.introspect(token);
    } catch {
      throw fastify.httpErrors.unauthorized('Token expired'); // expect: require-www-authenticate
    }
    return fastify.documents.get((request.params as { id: string }).id);
  });
}

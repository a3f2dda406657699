import sensible from '@fastify/sensible';

export default async function adminRoutes(fastify) {
  await fastify.register(sensible);

  fastify.get('/admin/stats', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    if (request.user.role !== 'admin') {
      return reply.unauthorized('Admins only'); // expect: no-401-for-forbidden
    }
    return fastify.stats.summary();
  });

  fastify.delete('/admin/cache', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    if (!request.user.roles.includes('ops')) {
      return reply.forbidden('Only the ops team can clear the cache');
    }
    await fastify.cache.clear();
    return reply.code(204).send();
  });
}

export default async function accountRoutes(fastify) {
  fastify.get('/account/preferences', async (request, reply) => {
    if (!request.session.userId) {
      reply.code(403); // expect: no-403-for-unauthenticated
      return { error: 'Forbidden' }; // expect: require-problem-details
    }
    return fastify.preferences.get(request.session.userId);
  });
}

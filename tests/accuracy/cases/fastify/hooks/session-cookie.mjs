export default async function sessionHook(fastify) {
  fastify.addHook('onRequest', async (request, reply) => {
    const sessionToken = request.cookies.session;
    if (!sessionToken) {
      return reply.code(401).send(); // expect: require-www-authenticate
    }
    request.account = await fastify.sessions.resolve(sessionToken);
  });
}

export default async function account(fastify) {
  fastify.get('/', async (request, reply) => {
    if (!request.user) {
      return reply
        .header('WWW-Authenticate', 'Bearer realm="notes"')
        .code(401)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'sign in to read your account' });
    }
    return { id: request.user.sub };
  });

  fastify.put('/roles', async (request, reply) => {
    if (!request.user.roles.includes('admin')) {
      return reply
        .code(403)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'only admins change roles' });
    }
    return { roles: request.body.roles };
  });
}

import type { FastifyInstance } from 'fastify';

export default async function commentRoutes(fastify: FastifyInstance) {
  fastify.put('/comments/:id', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const comment = await fastify.db.comments.find(id);
    if (!comment) {
      return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 });
    }
    if (comment.authorId !== request.user.sub) {
      return reply.code(401).send({ message: 'Not your comment' }); // expect: no-401-for-forbidden, require-problem-details
    }
    return fastify.db.comments.update(id, request.body);
  });

  fastify.delete('/comments/:id', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const comment = await fastify.db.comments.find(id);
    if (comment && comment.authorId !== request.user.sub && !request.user.isModerator) {
      return reply.code(403).type('application/problem+json').send({ type: 'about:blank', title: 'Forbidden', status: 403 });
    }
    await fastify.db.comments.remove(id);
    return reply.code(204).send();
  });
}

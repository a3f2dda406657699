import { findNote, deleteNote } from '../data/notes.js';

export default async function notes(fastify) {
  fastify.get('/:id', async (request, reply) => {
    const note = findNote(request.params.id);
    if (!note) {
      return reply.code(404).send({ type: 'about:blank', title: 'Not Found', status: 404 });
    }
    return note;
  });

  fastify.route({
    method: 'DELETE',
    url: '/:id',
    handler: async (request, reply) => {
      const note = findNote(request.params.id);
      if (!note) return reply.notFound();
      if (note.ownerId !== request.user.sub) {
        reply.code(401);
        return { message: 'not your note' };
      }
      deleteNote(note.id);
      return reply.code(204).send();
    },
  });
}

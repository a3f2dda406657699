import { Elysia, t } from 'elysia';

import { auth } from '../auth';

interface Note {
  id: string;
  ownerId: string;
  text: string;
}

const notes = new Map<string, Note>([['note-1', { id: 'note-1', ownerId: 'user-1', text: 'Buy milk' }]]);

/** Reads and deletes notes. */
export const noteRoutes = new Elysia({ prefix: '/notes' })
  .use(auth)
  .get('/:id', (ctx) => {
    const note = notes.get(ctx.params.id);
    if (!note) {
      ctx.set.status = 404;
      return { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such note.' };
    }
    if (note.ownerId !== ctx.user.id) {
      return ctx.status(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Not your note.' });
    }
    return note;
  })
  .delete(
    '/:id',
    (ctx) => {
      if (!ctx.user.roles.includes('admin')) {
        ctx.set.status = 'Forbidden';
        return 'Admins only';
      }
      notes.delete(ctx.params.id);
      return { deleted: true };
    },
    { response: { 200: t.Object({ deleted: t.Boolean() }), 403: t.String() } },
  );

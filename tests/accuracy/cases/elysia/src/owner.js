import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';
import { findDocument } from './db.js';

export const documents = new Elysia()
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET }))
  .delete('/documents/:id', async ({ jwt, headers, params, status }) => {
    const claims = await jwt.verify(headers.authorization?.slice(7));
    if (!claims) {
      return status(401, 'Sign in first'); // expect: require-www-authenticate, require-problem-details
    }
    const document = await findDocument(params.id);
    if (!document || document.ownerId !== claims.sub) {
      return status(404, { type: 'about:blank', title: 'Not Found', status: 404 }); // expect: require-problem-details
    }
    return status(204);
  });

import { Elysia } from 'elysia';

import { accountRoutes } from './routes/account';
import { noteRoutes } from './routes/notes';

/** The app: the routers and an error hook for everything they throw. */
export const app = new Elysia()
  .use(noteRoutes)
  .use(accountRoutes)
  .onError(({ code, error, set }) => {
    if (code === 'NOT_FOUND') {
      set.status = 404;
      return { error: 'not found' };
    }
    set.status = 'status' in error ? error.status : 500;
    return { error: error instanceof Error ? error.message : 'internal error' };
  });

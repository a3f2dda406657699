import { bearer } from '@elysiajs/bearer';
import { jwt } from '@elysiajs/jwt';
import { Elysia } from 'elysia';

/** The signed-in caller, resolved from the bearer token. */
export interface User {
  id: string;
  roles: string[];
}

/** Resolves `user` for the routes that use this plugin, from a bearer token signed with JWT_SECRET. */
export const auth = new Elysia({ name: 'auth' })
  .use(bearer())
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET ?? 'development-only' }))
  .resolve({ as: 'scoped' }, async ({ bearer, jwt, status }) => {
    if (!bearer) {
      throw status(401, { error: 'missing token' });
    }

    const claims = await jwt.verify(bearer);
    if (!claims) {
      return status(403, 'invalid token');
    }
    const user: User = { id: String(claims.sub), roles: (claims.roles as string[] | undefined) ?? [] };
    return { user };
  });

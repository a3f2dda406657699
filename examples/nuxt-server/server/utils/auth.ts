import type { H3Event } from 'h3';
import { jwtVerify } from 'jose';

/** The signed-in caller, as the auth middleware stores it on `event.context.user`. */
export interface User {
  id: string;
  roles: string[];
}

const secret = new TextEncoder().encode(process.env.JWT_SECRET);

/**
 * Verifies the bearer token of a request and returns its caller. Nitro
 * auto-imports `createError` and `getHeader` into every file under server/.
 */
export async function authenticate(event: H3Event): Promise<User> {
  const token = getHeader(event, 'authorization')?.replace(/^Bearer /, '');
  if (!token) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'missing token' });
  }

  try {
    const { payload } = await jwtVerify(token, secret);
    return { id: String(payload.sub), roles: (payload.roles as string[] | undefined) ?? [] };
  } catch {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden', message: 'invalid token' });
  }
}

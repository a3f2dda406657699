import { jwtVerify, type JWTPayload } from 'jose';

const secret = new TextEncoder().encode(process.env.AUTH_SECRET);

export interface Session {
  userId: string;
  role: 'owner' | 'member' | 'viewer';
}

/** Verifies an access token and returns its claims. Throws when the token is invalid or expired. */
export async function verifyAccessToken(token: string): Promise<JWTPayload & { sub: string }> {
  const { payload } = await jwtVerify(token, secret);
  if (typeof payload.sub !== 'string') {
    throw new Error('The access token has no subject');
  }
  return payload as JWTPayload & { sub: string };
}

/** Returns the session of the signed-in user, read from the session cookie, or null. */
export async function getSession(): Promise<Session | null> {
  const { cookies } = await import('next/headers');
  const cookie = (await cookies()).get('session');
  if (!cookie) {
    return null;
  }
  try {
    const { payload } = await jwtVerify(cookie.value, secret);
    return { userId: String(payload.sub), role: payload.role as Session['role'] };
  } catch {
    return null;
  }
}

import jwt from 'jsonwebtoken';

const SECRET = process.env.JWT_SECRET ?? 'development-secret';

// Runs before every route and puts the verified token claims in ctx.state.user.
export async function authenticate(ctx, next) {
  const header = ctx.get('Authorization');
  if (!header.startsWith('Bearer ')) {
    // Faulty: no WWW-Authenticate challenge, and an ad-hoc error body.
    ctx.status = 401;
    ctx.body = { error: 'missing bearer token' };
    return;
  }

  try {
    ctx.state.user = jwt.verify(header.slice('Bearer '.length), SECRET);
  } catch {
    // Faulty: a token that fails verification needs 401, so that the client signs in again.
    ctx.throw(403, 'invalid or expired token');
  }

  await next();
}

import jwt from 'jsonwebtoken';

const JWT_SECRET = process.env.JWT_SECRET;

/** Verifies the bearer token of the request and stores its claims in req.user. */
export function authenticate(req, res, next) {
  const header = req.get('Authorization');
  if (!header || !header.startsWith('Bearer ')) {
    // Faulty: a 401 without a WWW-Authenticate challenge, and an ad-hoc body.
    return res.status(401).json({ error: 'Missing bearer token' });
  }

  const token = header.slice('Bearer '.length);
  try {
    req.user = jwt.verify(token, JWT_SECRET);
  } catch {
    // Faulty: an invalid or expired token means the client must authenticate
    // again (401), not that it lacks a permission (403).
    return res.status(403).json({ error: 'Invalid or expired token' });
  }
  return next();
}

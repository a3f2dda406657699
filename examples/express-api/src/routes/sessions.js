import express from 'express';
import createError from 'http-errors';
import jwt from 'jsonwebtoken';

export const sessions = express.Router();

// Faulty: an expired or forged refresh token is answered with 403, so the client
// gives up instead of signing in again (no-403-for-unauthenticated).
sessions.post('/refresh', (req, res, next) => {
  const token = req.get('authorization')?.slice('Bearer '.length);
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET);
    res.json({ token: jwt.sign({ sub: claims.sub }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
  } catch {
    next(createError(403, 'token expired'));
  }
});

// Correct: a missing token gets 401 with a challenge, carried by the error's headers.
sessions.delete('/', (req, res, next) => {
  if (!req.get('authorization')) {
    return next(createError(401, 'sign in first', { headers: { 'WWW-Authenticate': 'Bearer realm="invoices"' } }));
  }
  res.status(204).end();
});

// Faulty: the challenge has a colon after the scheme, copied from the request's
// Authorization line, so clients cannot read the scheme (valid-www-authenticate).
sessions.post('/elevate', (req, res) => {
  if (!req.get('authorization')) {
    return res
      .set('WWW-Authenticate', 'Bearer: realm="invoices"')
      .status(401)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.status(204).end();
});

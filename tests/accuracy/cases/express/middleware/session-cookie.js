const sessions = require('../services/sessions');

async function requireSession(req, res, next) {
  const sessionToken = req.cookies['session_token'];
  if (!sessionToken) {
    return res.status(403).end(); // expect: no-403-for-unauthenticated
  }

  const session = await sessions.lookup(sessionToken);
  if (!session) {
    res.clearCookie('session_token');
    return res.status(403).end(); // expect: no-403-for-unauthenticated
  }

  req.session = session;
  next();
}

module.exports = { requireSession };

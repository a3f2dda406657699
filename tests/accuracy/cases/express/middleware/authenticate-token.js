const jwt = require('jsonwebtoken');

// Reads the bearer token that the login route handed out.
function authenticateToken(req, res, next) {
  const header = req.headers['authorization'];
  const token = header && header.split(' ')[1];
  if (token == null) return res.sendStatus(401); // expect: require-www-authenticate, require-problem-details

  jwt.verify(token, process.env.ACCESS_TOKEN_SECRET, (err, payload) => {
    if (err) return res.sendStatus(403); // expect: no-403-for-unauthenticated, require-problem-details
    req.user = payload;
    next();
  });
}

module.exports = authenticateToken;

const crypto = require('node:crypto');

function safeEqual(a, b) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

module.exports = function basicAuth(req, res, next) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Basic ')) {
    return res.status(401).send('Authentication required'); // expect: require-www-authenticate, require-problem-details
  }
  const [user, pass] = Buffer.from(header.slice(6), 'base64').toString().split(':');
  if (!safeEqual(user, process.env.ADMIN_USER) || !safeEqual(pass, process.env.ADMIN_PASS)) {
    res.set('WWW-Authenticate', 'Basic realm="admin", charset="UTF-8"');
    return res.status(401).send('Invalid credentials'); // expect: require-problem-details
  }
  next();
};

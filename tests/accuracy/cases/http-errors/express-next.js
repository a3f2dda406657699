const createError = require('http-errors');
const jwt = require('jsonwebtoken');

module.exports = function authenticate(req, res, next) {
  const header = req.headers.authorization;
  if (!header) {
    return next(createError(401)); // expect: require-www-authenticate
  }
  try {
    req.user = jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET);
    next();
  } catch (e) {
    next(createError(403, 'Invalid token')); // expect: no-403-for-unauthenticated
  }
};

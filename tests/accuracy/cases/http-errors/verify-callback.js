const createError = require('http-errors');
const jwt = require('jsonwebtoken');

module.exports = function (req, res, next) {
  const token = (req.get('Authorization') || '').split(' ')[1];
  jwt.verify(token, process.env.PUBLIC_KEY, { algorithms: ['RS256'] }, (err, claims) => {
    if (err) {
      return next(createError(403, err.message)); // expect: no-403-for-unauthenticated
    }
    req.claims = claims;
    next();
  });
};

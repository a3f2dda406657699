const createError = require('http-errors');

exports.requireEditor = (req, res, next) => {
  if (!req.user || !req.user.roles.includes('editor')) {
    return next(createError(403)); // expect: no-403-for-unauthenticated
  }
  next();
};

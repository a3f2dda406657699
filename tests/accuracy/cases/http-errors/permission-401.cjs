const createError = require('http-errors');

module.exports = function canExport(req, res, next) {
  if (!req.user.permissions.includes('export')) {
    return next(createError(401, 'Missing the export permission')); // expect: no-401-for-forbidden
  }
  next();
};

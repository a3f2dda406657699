const createError = require('http-errors');

module.exports = function accountState(req, res, next) {
  if (req.user.suspendedUntil > Date.now()) {
    return next(createError(403, 'Account suspended'));
  }
  if (req.user.requestsToday > req.user.dailyLimit) {
    return next(createError(429, 'Daily limit reached'));
  }
  if (!req.user.emailVerified) {
    return next(createError(403, 'Verify your e-mail address first'));
  }
  next();
};

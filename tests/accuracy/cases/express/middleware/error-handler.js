// Registered last: app.use(errorHandler).
module.exports = function errorHandler(err, req, res, next) {
  if (err.name === 'UnauthorizedError') {
    return res.status(401).json({ message: 'Invalid token' }); // expect: require-www-authenticate, require-problem-details
  }
  const status = err.status || err.statusCode || 500;
  res.status(status).json({ message: err.message }); // expect: require-problem-details
};

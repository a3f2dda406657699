const Boom = require('@hapi/boom');
const { verifyAccessToken } = require('./tokens');

// A custom auth scheme: server.auth.scheme('bearer', bearerScheme).
module.exports = function bearerScheme() {
  return {
    async authenticate(request, h) {
      const authorization = request.headers.authorization;
      if (!authorization) {
        throw Boom.unauthorized(null, 'Bearer');
      }
      const credentials = await verifyAccessToken(authorization.replace(/^Bearer /, ''));
      if (!credentials) {
        throw Boom.unauthorized('Invalid token'); // expect: require-www-authenticate
      }
      return h.authenticated({ credentials });
    },
  };
};

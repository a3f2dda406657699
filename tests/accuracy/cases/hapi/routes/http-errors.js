const Hapi = require('@hapi/hapi');
const createError = require('http-errors');

const server = Hapi.server({ port: 3000 });

// hapi answers 500 for an http-errors error, so this 401 never reaches the
// client; that is a matter for no-ineffective-status, not for these rules.
server.route({
  method: 'GET',
  path: '/legacy',
  handler(request) {
    if (!request.headers.authorization) {
      throw createError(401);
    }
    return 'ok';
  },
});

module.exports = server;

const Hapi = require('@hapi/hapi');
const createError = require('http-errors');

const server = Hapi.server({ port: 3000 });

// hapi answers 500 for an http-errors error, so this 401 never reaches the
// client: no-ineffective-status reports it, and the other rules do not.
server.route({
  method: 'GET',
  path: '/legacy',
  handler(request) {
    if (!request.headers.authorization) {
      throw createError(401); // expect: no-ineffective-status
    }
    return 'ok';
  },
});

module.exports = server;

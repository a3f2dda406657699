const Boom = require('@hapi/boom');

module.exports = {
  method: 'GET',
  path: '/me',
  options: { auth: { mode: 'try' } },
  handler(request) {
    if (!request.auth.credentials) {
      throw Boom.forbidden('Sign in first'); // expect: no-403-for-unauthenticated
    }
    return request.auth.credentials.profile;
  },
};

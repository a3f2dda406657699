const Boom = require('@hapi/boom');

module.exports = {
  method: 'DELETE',
  path: '/tenants/{id}',
  options: { auth: { mode: 'try' } },
  async handler(request, h) {
    if (!request.auth.credentials || !request.auth.credentials.isAdmin) {
      throw Boom.forbidden(); // expect: no-403-for-unauthenticated
    }
    await request.server.methods.tenants.remove(request.params.id);
    return h.response().code(204);
  },
};

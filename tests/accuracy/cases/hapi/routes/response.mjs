export const inboxRoute = {
  method: 'GET',
  path: '/inbox',
  options: { auth: { mode: 'optional' } },
  handler(request, h) {
    if (!request.auth.isAuthenticated) {
      return h.response({ error: 'Unauthorized' }).code(401); // expect: require-www-authenticate, require-problem-details
    }
    return [];
  },
};

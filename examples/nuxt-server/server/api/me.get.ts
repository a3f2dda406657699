const PROBLEM_JSON = 'application/problem+json';

/** Returns the signed-in caller. This route is correct: the plugin reports nothing here. */
export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer realm="invoices"');
    setResponseHeader(event, 'Content-Type', PROBLEM_JSON);
    setResponseStatus(event, 401);
    return { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in to see your account.' };
  }

  if (!user.roles.includes('customer')) {
    setResponseHeader(event, 'Content-Type', PROBLEM_JSON);
    setResponseStatus(event, 403);
    return { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only customers have an account page.' };
  }
  return user;
});

import { defineEventHandler, getCookie, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  const sessionToken = getCookie(event, 'session');
  if (!sessionToken) {
    setResponseStatus(event, 401); // expect: require-www-authenticate
    return { error: 'Unauthorized' }; // expect: require-problem-details
  }
  return { ok: true };
});

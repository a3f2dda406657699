import { defineEventHandler, getHeader, setResponseHeaders, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  if (!getHeader(event, 'authorization')) {
    setResponseHeaders(event, { 'WWW-Authenticate': 'Bearer realm="api"', 'Content-Type': 'application/problem+json' });
    setResponseStatus(event, 401);
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return { ok: true };
});

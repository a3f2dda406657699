import { defineHandler, HTTPError } from 'h3';

export const profile = defineHandler((event) => {
  if (!event.context.user) {
    // h3 v2 drops headers set on event.res when the handler throws.
    event.res.headers.set('www-authenticate', 'Bearer realm="app"');
    throw new HTTPError({ status: 401, message: 'Sign in first' }); // expect: require-www-authenticate
  }
  return event.context.user;
});

export const settings = defineHandler((event) => {
  if (!event.context.user) {
    throw new HTTPError({ status: 401, headers: { 'www-authenticate': 'Bearer realm="app"' } });
  }
  return { theme: 'light' };
});

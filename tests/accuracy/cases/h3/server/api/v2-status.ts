import { defineHandler } from 'h3';

export default defineHandler((event) => {
  if (!event.context.user) {
    event.res.status = 401; // expect: require-www-authenticate
    return { message: 'Please sign in' }; // expect: require-problem-details
  }
  return event.context.user;
});

import { defineEventHandler } from 'h3';

export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user.roles.includes('editor')) {
    return new Response(JSON.stringify({ message: 'Forbidden' }), { status: 403 }); // expect: require-problem-details
  }
  return { drafts: [] };
});

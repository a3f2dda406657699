import { Elysia } from 'elysia';

const usage = new Map<string, number>();

export const search = new Elysia().get('/search', ({ headers, set, query }) => {
  const client = headers['x-client-id'] ?? 'anonymous';
  const used = (usage.get(client) ?? 0) + 1;
  usage.set(client, used);
  if (used > 1000) {
    set.status = 429;
    return { error: 'Rate limit exceeded' }; // expect: require-problem-details
  }
  return { results: [], q: query.q };
});

import { Elysia } from 'elysia';

export const ingest = new Elysia().post('/ingest', ({ headers, set }) => {
  const apiKey = headers['x-api-key'];
  if (!apiKey) {
    set.status = 403; // expect: no-403-for-unauthenticated
    return { error: 'missing api key' }; // expect: require-problem-details
  }
  return { accepted: true };
});

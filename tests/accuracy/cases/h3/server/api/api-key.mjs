import { createError, defineEventHandler, getRequestHeader } from 'h3';
import { validateApiKey } from '../utils/api-keys.mjs';

export default defineEventHandler(async (event) => {
  const apiKey = getRequestHeader(event, 'x-api-key');
  if (!apiKey || !(await validateApiKey(apiKey))) {
    throw createError({ statusCode: 403 }); // expect: no-403-for-unauthenticated
  }
  return { ingested: true };
});

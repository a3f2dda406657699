import { createError, defineEventHandler, getHeader } from 'h3';
import { verifyToken } from '../utils/tokens';

export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/private')) {
    return;
  }
  const token = getHeader(event, 'authorization')?.replace('Bearer ', '');
  if (!token) {
    throw createError({ statusCode: 403, statusMessage: 'Missing token' }); // expect: no-403-for-unauthenticated
  }
  event.context.user = await verifyToken(token);
});

import { defineEventHandler, readBody, setResponseHeader, setResponseStatus } from 'h3';
import { issueTokens } from '../utils/oauth';

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.code) {
    setResponseStatus(event, 400);
    return { error: 'invalid_request', error_description: 'code is required' };
  }
  const tokens = await issueTokens(body.code);
  if (!tokens) {
    setResponseStatus(event, 400);
    return { error: 'invalid_grant' };
  }
  setResponseHeader(event, 'Cache-Control', 'no-store');
  return tokens;
});

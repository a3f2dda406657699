import rule from '../../src/rules/valid-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

/** An Express route that sends a 401 with the given challenge expression. */
const express401 = (challenge: string): string => `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', ${challenge}).status(401).end();
});
`;

javascript.run('valid-www-authenticate (JavaScript)', rule, {
  valid: [
    { name: 'bearer with a realm', code: express401(`'Bearer realm="api"'`) },
    { name: 'bare scheme', code: express401(`'Bearer'`) },
    {
      name: 'bearer error on its status',
      code: express401(`'Bearer realm="api", error="invalid_token", error_description="The access token expired"'`),
    },
    { name: 'two challenges', code: express401(`'Basic realm="files", charset="UTF-8", Bearer realm="api"'`) },
    { name: 'negotiate with a token68', code: express401(`'Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEFoQMCAQ6iBwMFACAAAACj=='`) },
    { name: 'unquoted token value', code: express401(`'Bearer realm=api, error=invalid_token'`) },
    { name: 'spaces around the equals sign', code: express401(`'Bearer realm = "api"'`) },
    { name: 'escaped quote in a value', code: express401(`'Digest realm="say \\\\"hi\\\\"", qop="auth,auth-int", nonce="abc"'`) },
    { name: 'lower-case basic scheme', code: express401(`'basic realm="files"'`) },
    { name: 'interpolation inside quotes', code: express401('`Bearer realm="${req.hostname}", error="invalid_token"`') },
    { name: 'interpolation as the parameters', code: express401('`Basic ${params}`') },
    { name: 'interpolation as the scheme', code: express401('`${scheme} realm="api"`') },
    { name: 'value built by concatenation', code: express401(`'Bearer realm="' + realm + '"'`) },
    { name: 'concatenation with two computed values', code: express401(`'Bearer realm="' + realm + '", error="' + code + '"'`) },
    { name: 'concatenation after a computed scheme', code: express401(`scheme + ' realm="api"'`) },
    { name: 'sum of numbers', code: express401('1 + 2') },
    { name: 'trailing comma after a challenge', code: express401(`'Bearer realm="api",'`) },
    { name: 'value from a function call', code: express401('challengeFor(req)') },
    {
      name: 'insufficient scope on 403',
      code: `import express from 'express';
const app = express();

app.get('/reports', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer realm="api", error="insufficient_scope", scope="reports:read"').status(403).end();
});
`,
    },
    {
      name: 'step-up error code',
      code: express401(`'Bearer error="insufficient_user_authentication", acr_values="urn:example:mfa"'`),
    },
    {
      name: 'middleware challenge for many statuses',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  res.set('WWW-Authenticate', 'Bearer realm="api", error="insufficient_scope"');
  next();
});
`,
    },
    {
      name: 'reading the header',
      code: `import express from 'express';
const app = express();

app.get('/probe', async (req, res) => {
  const upstream = await fetch(url);
  const challenge = upstream.headers.get('www-authenticate');
  if (req.headers['www-authenticate'] === 'Bearer:') {
    return res.status(400).end();
  }
  res.json({ challenge });
});
`,
    },
    {
      name: 'header name in a list of names',
      code: `import express from 'express';
import cors from 'cors';
const app = express();

app.use(cors({ exposedHeaders: ['WWW-Authenticate', 'Retry-After'] }));
app.get('/x', (req, res) => res.status(200).end());
`,
    },
    {
      name: 'header name in a comment and a longer string',
      code: `import express from 'express';
const app = express();

// Sends 'WWW-Authenticate' on every 401.
app.get('/x', (req, res) => {
  res.status(401).json({ detail: 'see the "WWW-Authenticate" header' });
});
`,
    },
    {
      name: 'object of descriptions',
      code: `import express from 'express';
const app = express();
const DESCRIPTIONS = { 'WWW-Authenticate': 'tells the client how to sign in' };

app.get('/docs', (req, res) => res.status(200).json(DESCRIPTIONS));
`,
    },
    {
      name: 'map of header descriptions',
      code: `const headerDescriptions = new Map();
headerDescriptions.set('WWW-Authenticate', 'Names the scheme to use (Bearer or Basic).');
export const HEADER_ROWS = [
  ['WWW-Authenticate', 'Sent with every 401 response'],
  ['Retry-After', 'Sent with 429 and 503'],
];
app.get('/x', (req, res) => res.status(200).json(HEADER_ROWS));
`,
    },
    {
      name: 'logger redaction and log fields',
      code: `import pino from 'pino';
const redactedHeaders = { 'www-authenticate': '[REDACTED]', authorization: '[REDACTED]' };
export const logger = pino({ redact: Object.keys(redactedHeaders) });

export function logChallenge(res) {
  logger.debug('challenge sent', { 'WWW-Authenticate': '<none>' });
  res.status(401).end();
}
`,
    },
    {
      name: 'mock server imitating a broken one',
      code: `import { http, HttpResponse } from 'msw';

export const handlers = [
  http.get('/legacy/me', () => HttpResponse.json({ error: 'no token' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer: realm="legacy"' } })),
];
`,
    },
    {
      name: 'branches sent with different statuses',
      code: `import express from 'express';
const app = express();

app.get('/reports', (req, res) => {
  const expired = isExpired(req);
  res.set('WWW-Authenticate', expired ? 'Bearer realm="api", error="invalid_token"' : 'Bearer realm="api", error="insufficient_scope"');
  if (expired) {
    throw new UnauthorizedError('Token expired');
  }
  return res.status(403).end();
});
`,
    },
    {
      name: 'token68 with a space before the comma',
      code: express401(`'Negotiate abc= , Basic realm="x"'`),
    },
    {
      name: 'dpop error code',
      code: express401(`'Bearer error="use_dpop_nonce", DPoP algs="ES256"'`),
    },
    {
      name: 'boom challenge without a message',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server();

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) {
      throw Boom.unauthorized(null, 'Bearer', { realm: 'api' });
    }
    if (request.auth.expired) {
      throw Boom.unauthorized('invalid_token', 'Bearer', { realm: 'api' });
    }
    throw Boom.unauthorized('Bad password', 'Basic', { realm: 'files' });
  },
});
`,
    },
    {
      name: 'translations under a headers key',
      code: `export const messages = {
  en: { headers: { 'WWW-Authenticate': 'Tells you how to sign in' } },
  de: { headers: { 'WWW-Authenticate': 'Gibt an, wie Sie sich anmelden' } },
};
app.get('/x', (req, res) => res.status(200).json(messages));
`,
    },
    {
      name: 'documentation map and builder',
      code: `const documentedHeaders = new Map();
documentedHeaders.set('WWW-Authenticate', 'Sent with 401 responses; names the scheme.');
doc.header('WWW-Authenticate', 'How the client should authenticate');
app.get('/x', (req, res) => res.status(200).json([...documentedHeaders]));
`,
    },
    {
      name: 'cypress stub',
      filename: 'cypress/support/commands.js',
      code: `Cypress.Commands.add('legacyLogin', () => {
  cy.intercept('GET', '/api/legacy/**', { statusCode: 401, headers: { 'WWW-Authenticate': 'Basic' }, body: '' });
});
`,
    },
    {
      name: 'playwright stub',
      code: `import { test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.route('**/api/me', (route) => route.fulfill({ status: 401, headers: { 'WWW-Authenticate': 'Bearer error="token_expired"' }, body: '' }));
});
`,
    },
    {
      name: 'boom with an empty message',
      code: `import Boom from '@hapi/boom';

export const handler = (request) => {
  if (!request.headers.authorization) {
    throw Boom.unauthorized('', 'Bearer', { realm: 'api' });
  }
  return { ok: true };
};
`,
    },
  ],
  invalid: [
    {
      name: 'colon after the scheme',
      code: express401(`'Bearer: realm="api"'`),
      errors: [
        {
          messageId: 'schemeColon',
          line: 5,
          column: 31,
          suggestions: [{ messageId: 'removeColon', output: express401(`'Bearer realm="api"'`) }],
        },
      ],
    },
    {
      name: 'colon after an escape',
      code: express401(`'B\\u0065arer: realm="api"'`),
      errors: [{ messageId: 'schemeColon', line: 5, column: 31, suggestions: [] }],
    },
    {
      name: 'empty value',
      code: express401(`''`),
      errors: [{ messageId: 'empty', line: 5, column: 31 }],
    },
    {
      name: 'unquoted value with a space',
      code: express401(`'Basic realm=Admin area'`),
      errors: [{ messageId: 'unquotedSpace', line: 5, column: 31 }],
    },
    {
      name: 'unterminated quote',
      code: express401(`'Bearer realm="api'`),
      errors: [{ messageId: 'unterminatedQuote', line: 5, column: 31 }],
    },
    {
      name: 'unterminated quote around an interpolation',
      code: express401('`Bearer realm="${realm}`'),
      errors: [{ messageId: 'unterminatedQuote', line: 5, column: 31 }],
    },
    {
      name: 'unterminated quote in a concatenation',
      code: express401(`'Bearer realm="' + realm`),
      errors: [{ messageId: 'unterminatedQuote', line: 5, column: 31 }],
    },
    {
      name: 'colon after the scheme in a concatenation',
      code: express401(`'Bearer: realm="' + realm + '"'`),
      errors: [
        {
          messageId: 'schemeColon',
          line: 5,
          column: 31,
          suggestions: [{ messageId: 'removeColon', output: express401(`'Bearer realm="' + realm + '"'`) }],
        },
      ],
    },
    {
      name: 'colon after a constant scheme in a concatenation',
      code: `import express from 'express';
const app = express();
const SCHEME = 'Bearer:';

app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', SCHEME + ' realm="api"').status(401).end();
});
`,
      errors: [{ messageId: 'schemeColon', line: 6, column: 31, suggestions: [] }],
    },
    {
      name: 'basic charset in a concatenation',
      code: express401(`'Basic realm="' + realm + '", charset="latin1"'`),
      errors: [{ messageId: 'basicCharset', line: 5, column: 31 }],
    },
    {
      name: 'unknown bearer error in a concatenation',
      code: express401(`'Bearer error="expired_token", realm="' + realm + '"'`),
      errors: [{ messageId: 'unknownBearerError', line: 5, column: 31 }],
    },
    {
      name: 'quote left open before the next parameter',
      code: express401('`Bearer realm="${realm}, error="invalid_token"`'),
      errors: [{ messageId: 'unterminatedQuote', data: { name: 'realm' }, line: 5, column: 31 }],
    },
    {
      name: 'literal quote left open before the next parameter',
      code: express401(`'Bearer realm="api, error="invalid_token"'`),
      errors: [{ messageId: 'unterminatedQuote', data: { name: 'realm' }, line: 5, column: 31 }],
    },
    {
      name: 'DPoP invalid token on 403',
      code: `import express from 'express';
const app = express();

app.get('/reports', (req, res) => {
  res.set('WWW-Authenticate', 'DPoP algs="ES256", error="invalid_token"').status(403).end();
});
`,
      errors: [{ messageId: 'bearerErrorStatus', data: { scheme: 'DPoP', errorCode: 'invalid_token', expected: '401', status: '403' }, line: 5, column: 31 }],
    },
    {
      name: 'step-up error on 403',
      code: `import express from 'express';
const app = express();

app.get('/reports', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer error="insufficient_user_authentication", acr_values="urn:example:mfa"').status(403).end();
});
`,
      errors: [
        { messageId: 'bearerErrorStatus', data: { scheme: 'Bearer', errorCode: 'insufficient_user_authentication', expected: '401', status: '403' }, line: 5, column: 31 },
      ],
    },
    {
      name: 'unknown DPoP error code',
      code: express401(`'DPoP error="expired_proof"'`),
      errors: [{ messageId: 'unknownBearerError', data: { errorCode: 'expired_proof', scheme: 'DPoP' }, line: 5, column: 31 }],
    },
    {
      name: 'challenge set before a 401 and a 403',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/export', async (request, reply) => {
  reply.header('WWW-Authenticate', 'Bearer realm="api", error="invalid_token"');
  if (!request.user) return reply.code(401).send();
  if (!request.user.scopes.includes('export')) return reply.code(403).send();
  return { rows: [] };
});
`,
      errors: [{ messageId: 'bearerErrorStatus', data: { scheme: 'Bearer', errorCode: 'invalid_token', expected: '401', status: '403' }, line: 4, column: 36 }],
    },
    {
      name: 'value of a comma alone',
      code: express401(`','`),
      errors: [{ messageId: 'empty', line: 5, column: 31 }],
    },
    {
      name: 'parameter given twice',
      code: express401(`'Bearer realm="api", Realm="v2"'`),
      errors: [{ messageId: 'duplicateParameter', line: 5, column: 31 }],
    },
    {
      name: 'missing comma between parameters',
      code: express401(`'Bearer realm="api" error="invalid_token"'`),
      errors: [{ messageId: 'unexpected', line: 5, column: 31 }],
    },
    {
      name: 'semicolon after the scheme',
      code: express401(`'Bearer;realm="api"'`),
      errors: [{ messageId: 'unexpected', line: 5, column: 31 }],
    },
    {
      name: 'basic without a realm',
      code: express401(`'Basic'`),
      errors: [{ messageId: 'basicWithoutRealm', line: 5, column: 31 }],
    },
    {
      name: 'basic with another charset',
      code: express401(`'Basic realm="files", charset="ISO-8859-1"'`),
      errors: [{ messageId: 'basicCharset', line: 5, column: 31 }],
    },
    {
      name: 'unknown bearer error',
      code: express401(`'Bearer realm="api", error="token_expired"'`),
      errors: [{ messageId: 'unknownBearerError', line: 5, column: 31 }],
    },
    {
      name: 'insufficient scope on 401',
      code: express401(`'Bearer realm="api", error="insufficient_scope"'`),
      errors: [{ messageId: 'bearerErrorStatus', line: 5, column: 31 }],
    },
    {
      name: 'invalid token on 403',
      code: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(403).end();
});
`,
      errors: [{ messageId: 'bearerErrorStatus', line: 5, column: 31 }],
    },
    {
      name: 'constant reported once',
      code: `import express from 'express';
const app = express();
const CHALLENGE = 'Basic';

app.get('/a', (req, res) => {
  res.set('WWW-Authenticate', CHALLENGE).status(401).end();
});
app.get('/b', (req, res) => {
  res.set('WWW-Authenticate', CHALLENGE).status(401).end();
});
`,
      errors: [{ messageId: 'basicWithoutRealm', line: 3, column: 19 }],
    },
    {
      name: 'both branches of a conditional',
      code: express401(`req.secure ? 'Bearer:' : 'Basic realm=Admin area'`),
      errors: [
        { messageId: 'schemeColon', line: 5, column: 44, suggestions: [{ messageId: 'removeColon', output: express401(`req.secure ? 'Bearer' : 'Basic realm=Admin area'`) }] },
        { messageId: 'unquotedSpace', line: 5, column: 56 },
      ],
    },
    {
      name: 'array of values',
      code: `import { createServer } from 'node:http';

createServer((req, res) => {
  res.setHeader('WWW-Authenticate', ['Negotiate', 'Basic']);
  res.statusCode = 401;
  res.end();
});
`,
      errors: [{ messageId: 'basicWithoutRealm', line: 4, column: 51 }],
    },
    {
      name: 'writeHead headers object',
      code: `import { createServer } from 'node:http';

createServer((req, res) => {
  res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="api", error="insufficient_scope"' });
  res.end();
});
`,
      errors: [{ messageId: 'bearerErrorStatus', line: 4, column: 44 }],
    },
    {
      name: 'proxy challenge',
      code: `import { createServer } from 'node:http';

createServer((req, res) => {
  res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm=corporate proxy' });
  res.end();
});
`,
      errors: [{ messageId: 'unquotedSpace', line: 4, column: 46 }],
    },
    {
      name: 'koa set in middleware',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx) => {
  ctx.set('WWW-Authenticate', 'Bearer realm="api", error="expired"');
  ctx.status = 401;
});
`,
      errors: [{ messageId: 'unknownBearerError', line: 5, column: 31 }],
    },
    {
      name: 'headers pair in new Headers',
      code: `export async function GET(request) {
  const headers = new Headers([['WWW-Authenticate', 'Bearer: realm="api"']]);
  return new Response(null, { status: 401, headers });
}
`,
      filename: 'app/api/me/route.js',
      errors: [
        {
          messageId: 'schemeColon',
          line: 2,
          column: 53,
          suggestions: [
            {
              messageId: 'removeColon',
              output: `export async function GET(request) {
  const headers = new Headers([['WWW-Authenticate', 'Bearer realm="api"']]);
  return new Response(null, { status: 401, headers });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem before an interpolation',
      code: express401('`Bearer: realm="${realm}"`'),
      errors: [
        { messageId: 'schemeColon', line: 5, column: 31, suggestions: [{ messageId: 'removeColon', output: express401('`Bearer realm="${realm}"`') }] },
      ],
    },
    {
      name: 'colon without a space after it',
      code: express401(`'Bearer:realm="api"'`),
      errors: [
        {
          messageId: 'schemeColon',
          line: 5,
          column: 31,
          suggestions: [{ messageId: 'removeColon', output: express401(`'Bearer realm="api"'`) }],
        },
      ],
    },
    {
      name: 'header name inside the value',
      code: express401(`'WWW-Authenticate: Bearer realm="api"'`),
      errors: [
        {
          messageId: 'headerName',
          line: 5,
          column: 31,
          suggestions: [{ messageId: 'removeHeaderName', output: express401(`'Bearer realm="api"'`) }],
        },
      ],
    },
    {
      name: 'missing comma after an unquoted value',
      code: express401(`'Bearer realm=api error="invalid_token"'`),
      errors: [{ messageId: 'unexpected', data: { header: 'WWW-Authenticate', expected: 'a comma between parameters', found: '`error="invalid_t…`' }, line: 5, column: 31 }],
    },
    {
      name: 'line break in a template literal',
      code: express401('`Bearer realm="api",\n  error="invalid_token"`'),
      errors: [{ messageId: 'invalidCharacter', data: { header: 'WWW-Authenticate', character: 'a line break', advice: 'Write the value on one line' }, line: 5, column: 31 }],
    },
    {
      name: 'character beyond latin-1',
      code: express401(`'Basic realm="日本"'`),
      errors: [{ messageId: 'invalidCharacter', data: { header: 'WWW-Authenticate', character: 'U+65E5', advice: 'Remove the character, or percent-encode it' }, line: 5, column: 31 }],
    },
    {
      name: 'empty bearer error code',
      code: express401(`'Bearer error=""'`),
      errors: [{ messageId: 'unknownBearerError', data: { errorCode: '', scheme: 'Bearer' }, line: 5, column: 31 }],
    },
    {
      name: 'shared constant on two statuses',
      code: `import express from 'express';
const app = express();
const SCOPE_CHALLENGE = 'Bearer realm="api", error="insufficient_scope"';

app.get('/a', (req, res) => {
  res.set('WWW-Authenticate', SCOPE_CHALLENGE).status(403).end();
});
app.get('/b', (req, res) => {
  res.set('WWW-Authenticate', SCOPE_CHALLENGE).status(401).end();
});
`,
      errors: [{ messageId: 'bearerErrorStatus', data: { scheme: 'Bearer', errorCode: 'insufficient_scope', expected: '403', status: '401' }, line: 3, column: 25 }],
    },
    {
      name: 'constant used as headers',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
const UNAUTHORIZED = { 'WWW-Authenticate': 'Basic' };

app.get('/a', (req, res, next) => {
  next(createError(401, 'sign in', { headers: UNAUTHORIZED }));
});
`,
      errors: [{ messageId: 'basicWithoutRealm', line: 4, column: 44 }],
    },
    {
      name: 'boom message as bearer error',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server();

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) {
      throw Boom.unauthorized('Missing token', 'Bearer');
    }
    if (!request.auth.credentials.scope.includes('admin')) {
      throw Boom.unauthorized('insufficient_scope', 'Bearer', { scope: 'admin' });
    }
    throw Boom.unauthorized(null, 'Basic');
  },
});
`,
      errors: [
        { messageId: 'boomMessageAsError', data: { errorCode: 'Missing token' }, line: 10, column: 13 },
        { messageId: 'bearerErrorStatus', data: { scheme: 'Bearer', errorCode: 'insufficient_scope', expected: '403', status: '401' }, line: 13, column: 13 },
        { messageId: 'basicWithoutRealm', line: 15, column: 11 },
      ],
    },
    {
      name: 'character beyond the basic plane',
      code: express401(`'Basic realm="Café 🔒"'`),
      errors: [{ messageId: 'invalidCharacter', data: { header: 'WWW-Authenticate', character: 'U+1F512', advice: 'Remove the character, or percent-encode it' }, line: 5, column: 31 }],
    },
    {
      name: 'tab after the scheme',
      code: express401(`'Bearer\\trealm="api"'`),
      errors: [{ messageId: 'unexpected', data: { header: 'WWW-Authenticate', expected: 'a space after the scheme', found: '`\\trealm="api"`' }, line: 5, column: 31 }],
    },
    {
      name: 'h3 response headers object',
      code: `import { defineEventHandler, setResponseHeaders, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  setResponseHeaders(event, { 'WWW-Authenticate': 'Basic' });
  setResponseStatus(event, 401);
  return { type: 'about:blank', title: 'Unauthorized', status: 401 };
});
`,
      errors: [{ messageId: 'basicWithoutRealm', line: 4, column: 51 }],
    },
    {
      name: 'lambda response object',
      code: `export const handler = async (event) => {
  if (!event.headers.authorization) {
    return { statusCode: 401, headers: { 'WWW-Authenticate': 'Basic realm=Reports API' }, body: '' };
  }
  return { statusCode: 200, body: '[]' };
};
`,
      errors: [{ messageId: 'unquotedSpace', line: 3, column: 62 }],
    },
    {
      name: 'boom in an auth scheme',
      code: `import Boom from '@hapi/boom';

export const scheme = (server, options) => ({
  authenticate: async (request, h) => {
    const token = request.headers.authorization;
    if (!token) {
      throw Boom.unauthorized(null, 'Bearer');
    }
    const error = Boom.unauthorized('Token revoked', 'Bearer');
    if (await options.isRevoked(token)) {
      throw error;
    }
    return h.unauthenticated(Boom.unauthorized('Bad token', 'Bearer'));
  },
});
`,
      errors: [
        { messageId: 'boomMessageAsError', data: { errorCode: 'Token revoked' }, line: 9, column: 19 },
        { messageId: 'boomMessageAsError', data: { errorCode: 'Bad token' }, line: 13, column: 30 },
      ],
    },
    {
      name: 'lambda multi-value headers',
      code: `export const handler = async (event) => {
  if (!event.headers.authorization) {
    return { statusCode: 401, multiValueHeaders: { 'WWW-Authenticate': ['Negotiate', 'Basic'] }, body: '' };
  }
  return { statusCode: 200, body: '[]' };
};
`,
      errors: [{ messageId: 'basicWithoutRealm', line: 3, column: 86 }],
    },
  ],
});

typescript.run('valid-www-authenticate (TypeScript)', rule, {
  valid: [
    {
      name: 'nest header decorator',
      code: `import { Controller, Get, Header, HttpCode } from '@nestjs/common';

@Controller('session')
export class SessionController {
  @Get()
  @HttpCode(401)
  @Header('WWW-Authenticate', 'Bearer realm="invoices"')
  expired(): void {}
}
`,
    },
  ],
  invalid: [
    {
      name: 'nest header decorator',
      code: `import { Controller, Get, Header, HttpCode } from '@nestjs/common';

@Controller('session')
export class SessionController {
  @Get()
  @HttpCode(401)
  @Header('WWW-Authenticate', 'Bearer realm=invoice api')
  expired(): void {}
}
`,
      errors: [{ messageId: 'unquotedSpace', line: 7, column: 31 }],
    },
    {
      name: 'hono context header',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  c.header('WWW-Authenticate', 'Bearer realm="api", error="insufficient_scope"' as string);
  return c.body(null, 401);
});
`,
      errors: [{ messageId: 'bearerErrorStatus', line: 5, column: 32 }],
    },
    {
      name: 'headers object as const',
      code: `const UNAUTHORIZED_HEADERS = { 'WWW-Authenticate': 'Basic', 'Content-Type': 'application/problem+json' } as const;

export async function GET(request: Request): Promise<Response> {
  if (!request.headers.get('authorization')) {
    return new Response(null, { status: 401, headers: { ...UNAUTHORIZED_HEADERS } satisfies Record<string, string> });
  }
  return Response.json({ ok: true });
}
`,
      filename: 'app/api/me/route.ts',
      errors: [{ messageId: 'basicWithoutRealm', line: 1, column: 52 }],
    },
    {
      name: 'elysia set headers',
      code: `import { Elysia } from 'elysia';

new Elysia()
  .get('/a', ({ set }) => {
    set.status = 401;
    set.headers['www-authenticate'] = 'Bearer: realm="elysia"';
    return 'sign in';
  })
  .get('/b', ({ set }) => {
    set.status = 401;
    set.headers = { 'WWW-Authenticate': 'Basic' };
    return 'sign in';
  });
`,
      errors: [
        {
          messageId: 'schemeColon',
          line: 6,
          column: 39,
          suggestions: [
            {
              messageId: 'removeColon',
              output: `import { Elysia } from 'elysia';

new Elysia()
  .get('/a', ({ set }) => {
    set.status = 401;
    set.headers['www-authenticate'] = 'Bearer realm="elysia"';
    return 'sign in';
  })
  .get('/b', ({ set }) => {
    set.status = 401;
    set.headers = { 'WWW-Authenticate': 'Basic' };
    return 'sign in';
  });
`,
            },
          ],
        },
        { messageId: 'basicWithoutRealm', line: 11, column: 41 },
      ],
    },
    {
      name: 'response init headers',
      code: `export async function GET(request: Request): Promise<Response> {
  if (!request.headers.get('authorization')) {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="api" error="invalid_token"' } });
  }
  return Response.json({ ok: true });
}
`,
      filename: 'app/api/me/route.ts',
      errors: [{ messageId: 'unexpected', line: 3, column: 77 }],
    },
  ],
});

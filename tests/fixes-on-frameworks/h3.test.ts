import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  applyFix,
  defineFixCases,
  indent,
  loadModule,
  offeredFixes,
  PROBLEM_401,
  PROBLEM_401_JSON,
  WITH_TOKEN,
} from './harness';
import type { FixCase, Send, Wire, WireRequest } from './harness';

/**
 * Proves the h3 fixes on the real framework: h3 2.0.8 in-process through
 * `app.request()`, and h3 1.15.11 (the `h3v1` package alias) through
 * `toNodeListener` on a server on 127.0.0.1. Each module exports one event
 * handler, mounted on `/x`. A module that relies on Nitro's auto-imports is
 * run with a `require('h3')` of those names prepended, which is what Nitro's
 * build adds.
 */

const repositoryRequire = createRequire(join(__dirname, '..', '..', 'package.json'));
const REQUEST_TIMEOUT_MS = 5_000;

interface H3App {
  all(path: string, handler: unknown): unknown;
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}
interface H3V1App {
  use(path: string, handler: unknown): unknown;
}
const h3v2 = repositoryRequire('h3') as { H3: new () => H3App };
const h3v1 = repositoryRequire('h3v1') as {
  createApp: () => H3V1App;
  toNodeListener: (app: H3V1App) => Parameters<typeof createServer>[0];
};

/** The h3 functions a Nitro build imports into a server file that calls them as globals. */
const AUTO_IMPORTS = ['defineEventHandler', 'createError', 'setResponseStatus', 'setResponseHeader', 'getHeader', 'HTTPError'];

function withAutoImports(code: string, available: readonly string[]): string {
  const names = AUTO_IMPORTS.filter((name) => available.includes(name) && new RegExp(`\\b${name}\\b`).test(code));
  return `const { ${names.join(', ')} } = require('h3');\n${code}`;
}

async function wireOf(response: Response): Promise<Wire> {
  const contentType = response.headers.get('content-type');
  return {
    status: response.status,
    statusText: response.statusText,
    wwwAuthenticate: response.headers.get('www-authenticate'),
    contentType,
    mediaType: contentType === null ? null : (contentType.split(';')[0] ?? '').trim().toLowerCase(),
    text: await response.text(),
    headers: response.headers,
  };
}

/** Runs a handler module on h3 v2, in-process. */
async function requestV2(code: string, request: WireRequest): Promise<Wire> {
  const handler = loadModule(code);
  const app = new h3v2.H3();
  app.all('/x', handler);
  return wireOf(await app.request(request.path ?? '/x', { headers: request.headers }));
}

/** Runs a handler module on h3 v1, behind a Node server on 127.0.0.1 that is closed after one request. */
async function requestV1(code: string, request: WireRequest): Promise<Wire> {
  const handler = loadModule(code, { h3: 'h3v1' });
  const app = h3v1.createApp();
  app.use('/x', handler);
  const server = createServer(h3v1.toNodeListener(app));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${request.path ?? '/x'}`, {
      headers: request.headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return await wireOf(response);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const V2_AUTO_IMPORTS = AUTO_IMPORTS;
const V1_AUTO_IMPORTS = AUTO_IMPORTS.filter((name) => name !== 'HTTPError');
const sendV2: Send = requestV2;
const sendV1: Send = requestV1;
const sendV2Nitro: Send = (code, request) => requestV2(withAutoImports(code, V2_AUTO_IMPORTS), request);
const sendV1Nitro: Send = (code, request) => requestV1(withAutoImports(code, V1_AUTO_IMPORTS), request);

/** Builds a handler module: `imports` (names required from h3, or null for auto-imports) and the handler's body. */
function handler(body: string, imports: readonly string[] | null = ['defineEventHandler']): string {
  const indented = indent(body, 2);
  const header = imports ? `const { ${imports.join(', ')} } = require('h3');\n` : '';
  return `${header}module.exports = defineEventHandler((event) => {\n${indented}\n});\n`;
}

/** Fixes whose forms work on h3 v1 and v2 alike; each runs on both. */
const BOTH_VERSIONS: FixCase[] = [
  {
    name: 'setResponseStatus, then return',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("setResponseStatus(event, 401);\nreturn { error: 'Sign in first' };", ['defineEventHandler', 'setResponseStatus']),
    output: handler(
      "setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\nsetResponseStatus(event, 401);\nreturn { error: 'Sign in first' };",
      ['defineEventHandler', 'setResponseStatus', 'setResponseHeader'],
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'Sign in first' } },
  },
  {
    name: 'createError thrown, version not shown',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("if (!getHeader(event, 'authorization')) {\n  throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });\n}\nreturn 'ok';", [
      'defineEventHandler',
      'createError',
      'getHeader',
    ]),
    output: handler(
      "if (!getHeader(event, 'authorization')) {\n  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\n  throw createError({ statusCode: 401, statusMessage: 'Unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });\n}\nreturn 'ok';",
      ['defineEventHandler', 'createError', 'getHeader', 'setResponseHeader'],
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, text: 'ok' } }],
  },
  {
    name: 'createError returned, version not shown',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler('return createError({ statusCode: 401 });', ['defineEventHandler', 'createError']),
    output: handler(
      "setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\nreturn createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });",
      ['defineEventHandler', 'createError', 'setResponseHeader'],
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
  {
    name: '403 without a token becomes 401',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: handler("const token = getHeader(event, 'authorization');\nif (!token) {\n  throw createError({ statusCode: 403, statusMessage: 'Forbidden' });\n}\nreturn 'ok';", [
      'defineEventHandler',
      'createError',
      'getHeader',
    ]),
    output: handler(
      "const token = getHeader(event, 'authorization');\nif (!token) {\n  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\n  throw createError({ statusCode: 401, statusMessage: 'Unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });\n}\nreturn 'ok';",
      ['defineEventHandler', 'createError', 'getHeader', 'setResponseHeader'],
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, text: 'ok' } }],
  },
  {
    name: '401 to a non-admin becomes 403',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: handler(
      "const user = event.context.user ?? { roles: [] };\nif (!user.roles.includes('admin')) {\n  setResponseStatus(event, 401, 'Unauthorized');\n  return { type: 'about:blank', title: 'Unauthorized', status: 401 };\n}\nreturn 'ok';",
      ['defineEventHandler', 'setResponseStatus'],
    ),
    output: handler(
      "const user = event.context.user ?? { roles: [] };\nif (!user.roles.includes('admin')) {\n  setResponseStatus(event, 403, 'Forbidden');\n  return { type: 'about:blank', title: 'Forbidden', status: 403 };\n}\nreturn 'ok';",
      ['defineEventHandler', 'setResponseStatus'],
    ),
    before: { status: 401, statusText: 'Unauthorized' },
    after: { status: 403, statusText: 'Forbidden', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'problem content type before the return',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: handler(`setResponseStatus(event, 401);\nreturn ${PROBLEM_401};`, ['defineEventHandler', 'setResponseStatus']),
    output: handler(`setResponseStatus(event, 401);\nsetResponseHeader(event, 'Content-Type', 'application/problem+json');\nreturn ${PROBLEM_401};`, [
      'defineEventHandler',
      'setResponseStatus',
      'setResponseHeader',
    ]),
    before: { status: 401, mediaType: 'application/json' },
    after: { status: 401, mediaType: 'application/problem+json', json: PROBLEM_401_JSON },
  },
  {
    name: 'error body rewritten as problem details',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: handler("setResponseStatus(event, 403);\nreturn { error: 'Admins only' };", ['defineEventHandler', 'setResponseStatus']),
    output: handler(
      "setResponseStatus(event, 403);\nsetResponseHeader(event, 'Content-Type', 'application/problem+json');\nreturn { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Admins only' };",
      ['defineEventHandler', 'setResponseStatus', 'setResponseHeader'],
    ),
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Admins only' },
    },
  },
];

/** The same forms in a Nuxt server route, where h3's functions are auto-imported globals. */
const NITRO_BOTH_VERSIONS: FixCase[] = [
  {
    name: 'auto-imported setResponseStatus',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("setResponseStatus(event, 401);\nreturn { error: 'Sign in first' };", null),
    output: handler("setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\nsetResponseStatus(event, 401);\nreturn { error: 'Sign in first' };", null),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'Sign in first' } },
  },
  {
    name: 'auto-imported createError',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("if (!event.context.user) {\n  throw createError({ statusCode: 401, message: 'Sign in first' });\n}\nreturn 'ok';", null),
    output: handler(
      "if (!event.context.user) {\n  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\n  throw createError({ statusCode: 401, message: 'Sign in first', headers: { 'WWW-Authenticate': 'Bearer' } });\n}\nreturn 'ok';",
      null,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
];

/** Forms that exist in h3 v2 only. */
const V2_ONLY: FixCase[] = [
  {
    name: 'event.res.status, then return',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("event.res.status = 401;\nreturn { error: 'Sign in first' };"),
    output: handler("event.res.headers.set('WWW-Authenticate', 'Bearer');\nevent.res.status = 401;\nreturn { error: 'Sign in first' };"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'Sign in first' } },
  },
  {
    name: 'event.res problem content type',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: handler(`event.res.status = 401;\nreturn ${PROBLEM_401};`),
    output: handler(`event.res.status = 401;\nevent.res.headers.set('Content-Type', 'application/problem+json');\nreturn ${PROBLEM_401};`),
    before: { mediaType: 'application/json' },
    after: { status: 401, mediaType: 'application/problem+json', json: PROBLEM_401_JSON },
  },
  {
    name: 'new HTTPError with options',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("throw new HTTPError({ status: 401, message: 'Sign in first' });", ['defineEventHandler', 'HTTPError']),
    output: handler("throw new HTTPError({ status: 401, message: 'Sign in first', headers: { 'WWW-Authenticate': 'Bearer' } });", [
      'defineEventHandler',
      'HTTPError',
    ]),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { status: 401, message: 'Sign in first' } },
  },
  {
    name: 'new HTTPError, message first',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("throw new HTTPError('Sign in first', { status: 401 });", ['defineEventHandler', 'HTTPError']),
    output: handler("throw new HTTPError('Sign in first', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });", ['defineEventHandler', 'HTTPError']),
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { status: 401, message: 'Sign in first' } },
  },
  {
    name: 'HTTPError with other headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("throw new HTTPError({ status: 401, headers: { 'Cache-Control': 'no-store' } });", ['defineEventHandler', 'HTTPError']),
    output: handler("throw new HTTPError({ status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });", [
      'defineEventHandler',
      'HTTPError',
    ]),
    after: { status: 401, wwwAuthenticate: 'Bearer', headers: { 'cache-control': 'no-store' } },
  },
  {
    name: 'HTTPError.status',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler('throw HTTPError.status(401);', ['defineEventHandler', 'HTTPError']),
    output: handler("throw HTTPError.status(401, undefined, { headers: { 'WWW-Authenticate': 'Bearer' } });", ['defineEventHandler', 'HTTPError']),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
  {
    name: 'HTTPError.status with a status text',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("throw HTTPError.status(401, 'Unauthorized');", ['defineEventHandler', 'HTTPError']),
    output: handler("throw HTTPError.status(401, 'Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });", ['defineEventHandler', 'HTTPError']),
    after: { status: 401, statusText: 'Unauthorized', wwwAuthenticate: 'Bearer' },
  },
  {
    name: 'createError in a v2 handler',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("event.res.headers.set('Cache-Control', 'no-store');\nthrow createError({ statusCode: 401 });", ['defineEventHandler', 'createError']),
    output: handler("event.res.headers.set('Cache-Control', 'no-store');\nthrow createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });", [
      'defineEventHandler',
      'createError',
    ]),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
];

/** Forms that exist in h3 v1 only. */
const V1_ONLY: FixCase[] = [
  {
    name: 'event.node.res.statusCode, then return',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("event.node.res.statusCode = 401;\nreturn { error: 'Sign in first' };"),
    output: handler("event.node.res.setHeader('WWW-Authenticate', 'Bearer');\nevent.node.res.statusCode = 401;\nreturn { error: 'Sign in first' };"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'Sign in first' } },
  },
  {
    name: 'event.node.res problem content type',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: handler(`event.node.res.statusCode = 401;\nreturn ${PROBLEM_401};`),
    output: handler(`event.node.res.statusCode = 401;\nevent.node.res.setHeader('Content-Type', 'application/problem+json');\nreturn ${PROBLEM_401};`),
    before: { mediaType: 'application/json' },
    after: { status: 401, mediaType: 'application/problem+json', json: PROBLEM_401_JSON },
  },
  {
    name: 'createError in a v1 handler',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("event.node.res.setHeader('Cache-Control', 'no-store');\nthrow createError({ statusCode: 401 });", ['defineEventHandler', 'createError']),
    output: handler(
      "event.node.res.setHeader('Cache-Control', 'no-store');\nsetResponseHeader(event, 'WWW-Authenticate', 'Bearer');\nthrow createError({ statusCode: 401 });",
      ['defineEventHandler', 'createError', 'setResponseHeader'],
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', headers: { 'cache-control': 'no-store' } },
  },
  {
    name: 'sendError',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler('sendError(event, createError({ statusCode: 401 }));', ['defineEventHandler', 'createError', 'sendError']),
    output: handler("setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\nsendError(event, createError({ statusCode: 401 }));", [
      'defineEventHandler',
      'createError',
      'sendError',
      'setResponseHeader',
    ]),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
];

describe('h3 2.0.8', () => {
  defineFixCases(BOTH_VERSIONS, sendV2);
  defineFixCases(V2_ONLY, sendV2);
  describe('auto-imports', () => {
    defineFixCases(NITRO_BOTH_VERSIONS, sendV2Nitro);
  });
});

describe('h3 1.15.11', () => {
  defineFixCases(BOTH_VERSIONS, sendV1);
  defineFixCases(V1_ONLY, sendV1);
  describe('auto-imports', () => {
    defineFixCases(NITRO_BOTH_VERSIONS, sendV1Nitro);
  });
});

describe('h3 fixes that must not be offered', () => {
  it('no header fix when the event is not a plain name', () => {
    const code = handler("setResponseStatus(context.event, 401);\nreturn { error: 'Sign in first' };", ['defineEventHandler', 'setResponseStatus']).replace(
      '(event) =>',
      '(context) =>',
    );
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('no header fix for a status outside a block', () => {
    const code = handler("if (!event.context.user) setResponseStatus(event, 401);\nreturn 'ok';", ['defineEventHandler', 'setResponseStatus']);
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('a v2 header set before a throw is reported as dropped', () => {
    const code = handler("event.res.headers.set('WWW-Authenticate', 'Bearer');\nthrow new HTTPError({ status: 401 });", ['defineEventHandler', 'HTTPError']);
    expect(() => applyFix({ rule: 'require-www-authenticate', code })).toThrow(/has no autofix/);
  });
});

describe('h3 2.0.8 drops a header set before a throw', () => {
  it('on the wire', async () => {
    const code = handler("event.res.headers.set('WWW-Authenticate', 'Bearer');\nthrow new HTTPError({ status: 401 });", ['defineEventHandler', 'HTTPError']);
    const wire = await sendV2(code, {});
    expect(wire.status, 'status').toBe(401);
    expect(wire.wwwAuthenticate, 'WWW-Authenticate').toBeNull();
  });

  it('h3 1.15.11 keeps it', async () => {
    const code = handler("setResponseHeader(event, 'WWW-Authenticate', 'Bearer');\nthrow createError({ statusCode: 401 });", [
      'defineEventHandler',
      'createError',
      'setResponseHeader',
    ]);
    const wire = await sendV1(code, {});
    expect(wire.status, 'status').toBe(401);
    expect(wire.wwwAuthenticate, 'WWW-Authenticate').toBe('Bearer');
  });
});

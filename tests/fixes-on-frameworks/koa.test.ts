import { once } from 'node:events';
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  applyAutofixes,
  defineFixCases,
  expectWire,
  indent,
  loadModule,
  offeredFixes,
  PROBLEM_401,
  PROBLEM_403,
  relint,
  WITH_TOKEN,
} from './harness';
import type { FixCase, RuleOptions, Wire, WireExpectation, WireRequest } from './harness';

const repositoryRequire = createRequire(join(__dirname, '..', '..', 'package.json'));

/** Both majors: `koa` is 3, and `koa2` is the npm alias of koa 2. */
const KOA_PACKAGES = ['koa', 'koa2'].map((name) => ({
  name,
  version: (repositoryRequire(`${name}/package.json`) as { version: string }).version,
}));

const REQUEST_TIMEOUT_MS = 5_000;

interface KoaApp {
  silent: boolean;
  callback(): RequestListener;
}

/**
 * Mounts a module on a fresh app of the given package (`koa` or `koa2`) and
 * sends one request over 127.0.0.1. The module exports `(app) => void`, and
 * its own `require('koa')` loads the same package.
 */
async function requestKoa(packageName: string, code: string, request: WireRequest = {}): Promise<Wire> {
  const Koa = repositoryRequire(packageName) as new () => KoaApp;
  const mount = loadModule(code, { koa: packageName });
  if (typeof mount !== 'function') {
    throw new Error('The Koa module must export a function that takes the app');
  }
  const app = new Koa();
  // Koa logs every 500 to stderr unless the app is silent, and some cases send 500 on purpose.
  app.silent = true;
  mount(app);

  const server = createServer(app.callback());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${request.path ?? '/x'}`, {
      headers: request.headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
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
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/**
 * Builds a module that mounts a @koa/router route, GET /x, whose handler
 * body is `body` (written without indentation). `middleware` is registered
 * on the app before the router.
 */
function route(body: string, { middleware = '', preamble = '' } = {}): string {
  const registered = middleware === '' ? '' : `${indent(middleware, 2)}\n`;
  return `const Router = require('@koa/router');
${preamble}
module.exports = (app) => {
  const router = new Router();
${registered}  router.get('/x', async (ctx) => {
${indent(body, 4)}
  });
  app.use(router.routes());
};
`;
}

const TOKEN_ACCEPTED = { status: 204, wwwAuthenticate: null };

/** Sets `ctx.state.user` to an identity without the admin role, the way authentication middleware would. */
const NON_ADMIN = `app.use(async (ctx, next) => {
  ctx.state.user = { isAdmin: false, role: 'viewer' };
  await next();
});`;

/** Error middleware that writes the response of every thrown error itself, without copying `err.headers`. */
const CATCHING_MIDDLEWARE = `app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { type: 'about:blank', title: err.message, status: ctx.status };
    ctx.type = 'application/problem+json';
  }
});`;

const CHALLENGE_CASES: FixCase[] = [
  {
    name: 'bare status assignment',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!ctx.get('Authorization')) {\n  ctx.status = 401;\n  return;\n}\nctx.status = 204;"),
    output: route("if (!ctx.get('Authorization')) {\n  ctx.set('WWW-Authenticate', 'Bearer');\n  ctx.status = 401;\n  return;\n}\nctx.status = 204;"),
    before: { status: 401, wwwAuthenticate: null, mediaType: 'text/plain', text: 'Unauthorized' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Unauthorized' },
    otherPaths: [{ request: WITH_TOKEN, expected: TOKEN_ACCEPTED }],
  },
  {
    name: 'status with a problem body',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route(`if (!ctx.headers.authorization) {\n  ctx.status = 401;\n  ctx.body = ${PROBLEM_401};\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`),
    output: route(
      `if (!ctx.headers.authorization) {\n  ctx.set('WWW-Authenticate', 'Bearer');\n  ctx.status = 401;\n  ctx.body = ${PROBLEM_401};\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`,
    ),
    before: { status: 401, wwwAuthenticate: null, mediaType: 'application/problem+json' },
    after: {
      status: 401,
      wwwAuthenticate: 'Bearer',
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Unauthorized', status: 401 },
    },
    otherPaths: [{ request: WITH_TOKEN, expected: TOKEN_ACCEPTED }],
  },
  {
    name: 'status on ctx.response, body first',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!ctx.get('Authorization')) {\n  ctx.response.body = { error: 'missing token' };\n  ctx.response.status = 401;\n  return;\n}\nctx.status = 204;"),
    output: route(
      "if (!ctx.get('Authorization')) {\n  ctx.response.body = { error: 'missing token' };\n  ctx.response.set('WWW-Authenticate', 'Bearer');\n  ctx.response.status = 401;\n  return;\n}\nctx.status = 204;",
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'missing token' } },
  },
  {
    name: 'challenge option',
    rule: 'require-www-authenticate',
    options: [{ challenge: 'Bearer realm="api"' }],
    autofix: true,
    code: route('if (!ctx.state.user) {\n  ctx.status = 401;\n  return;\n}\nctx.status = 204;'),
    output: route('if (!ctx.state.user) {\n  ctx.set(\'WWW-Authenticate\', \'Bearer realm="api"\');\n  ctx.status = 401;\n  return;\n}\nctx.status = 204;'),
    after: { status: 401, wwwAuthenticate: 'Bearer realm="api"' },
  },
  {
    name: 'throw with status only',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!ctx.get('Authorization')) ctx.throw(401);\nctx.status = 204;"),
    output: route("if (!ctx.get('Authorization')) ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;"),
    before: { status: 401, wwwAuthenticate: null, mediaType: 'text/plain', text: 'Unauthorized' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Unauthorized' },
    otherPaths: [{ request: WITH_TOKEN, expected: TOKEN_ACCEPTED }],
  },
  {
    name: 'throw with a message',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!ctx.get('Authorization')) ctx.throw(401, 'missing token');\nctx.status = 204;"),
    output: route("if (!ctx.get('Authorization')) ctx.throw(401, 'missing token', { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;"),
    before: { status: 401, wwwAuthenticate: null, text: 'missing token' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'missing token' },
  },
  {
    name: 'throw with props, merged',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!ctx.get('Authorization')) ctx.throw(401, 'missing token', { expose: true });\nctx.status = 204;"),
    output: route(
      "if (!ctx.get('Authorization')) ctx.throw(401, 'missing token', { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;",
    ),
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'missing token' },
  },
  {
    name: 'throw with other headers, merged',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!ctx.get('Authorization')) ctx.throw(401, { headers: { 'Cache-Control': 'no-store' } });\nctx.status = 204;"),
    output: route(
      "if (!ctx.get('Authorization')) ctx.throw(401, { headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;",
    ),
    after: { status: 401, wwwAuthenticate: 'Bearer', headers: { 'cache-control': 'no-store' } },
  },
  {
    name: 'assert with status only',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("ctx.assert(ctx.get('Authorization'), 401);\nctx.status = 204;"),
    output: route("ctx.assert(ctx.get('Authorization'), 401, { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;"),
    before: { status: 401, wwwAuthenticate: null, text: 'Unauthorized' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Unauthorized' },
    otherPaths: [{ request: WITH_TOKEN, expected: TOKEN_ACCEPTED }],
  },
  {
    name: 'assert with a message',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("ctx.assert(ctx.state.user, 401, 'please sign in');\nctx.status = 204;"),
    output: route("ctx.assert(ctx.state.user, 401, 'please sign in', { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;"),
    before: { status: 401, wwwAuthenticate: null, text: 'please sign in' },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'please sign in' },
  },
  {
    name: 'assert.equal on the scheme',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("const [scheme] = (ctx.get('Authorization') || '').split(' ');\nctx.assert.equal(scheme, 'Bearer', 401, 'bearer token required');\nctx.status = 204;"),
    output: route(
      "const [scheme] = (ctx.get('Authorization') || '').split(' ');\nctx.assert.equal(scheme, 'Bearer', 401, 'bearer token required', { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;",
    ),
    before: { status: 401, wwwAuthenticate: null, text: 'bearer token required' },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'bearer token required' },
    otherPaths: [{ request: WITH_TOKEN, expected: TOKEN_ACCEPTED }],
  },
  {
    name: 'http-errors thrown in Koa',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!ctx.get('Authorization')) throw createError(401, 'missing token');\nctx.status = 204;", { preamble: "const createError = require('http-errors');" }),
    output: route("if (!ctx.get('Authorization')) throw createError(401, 'missing token', { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;", {
      preamble: "const createError = require('http-errors');",
    }),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'missing token' },
  },
];

const STATUS_CASES: FixCase[] = [
  {
    name: '403 assignment for a missing identity',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route(`if (!ctx.state.user) {\n  ctx.status = 403;\n  ctx.body = ${PROBLEM_403};\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`),
    output: route(
      `if (!ctx.state.user) {\n  ctx.set('WWW-Authenticate', 'Bearer');\n  ctx.status = 401;\n  ctx.body = { type: 'about:blank', title: 'Unauthorized', status: 401 };\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`,
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: {
      status: 401,
      wwwAuthenticate: 'Bearer',
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Unauthorized', status: 401 },
    },
  },
  {
    name: '403 throw for a missing token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route("if (!ctx.get('Authorization')) ctx.throw(403, 'missing token');\nctx.status = 204;"),
    output: route("if (!ctx.get('Authorization')) ctx.throw(401, 'missing token', { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;"),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'missing token' },
  },
  {
    name: '403 assert for a missing identity',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route("ctx.assert(ctx.state.user, 403, 'not logged in');\nctx.status = 204;"),
    output: route("ctx.assert(ctx.state.user, 401, 'not logged in', { headers: { 'WWW-Authenticate': 'Bearer' } });\nctx.status = 204;"),
    before: { status: 403 },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'not logged in' },
  },
  {
    name: '401 assignment for a missing role',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: route(`if (!ctx.state.user.isAdmin) {\n  ctx.status = 401;\n  ctx.body = ${PROBLEM_401};\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`, {
      middleware: NON_ADMIN,
    }),
    output: route(
      `if (!ctx.state.user.isAdmin) {\n  ctx.status = 403;\n  ctx.body = { type: 'about:blank', title: 'Forbidden', status: 403 };\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`,
      { middleware: NON_ADMIN },
    ),
    before: { status: 401 },
    after: { status: 403, wwwAuthenticate: null, json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: '401 assert.equal on a role',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: route("ctx.assert.equal(ctx.state.user.role, 'admin', 401, 'admin only');\nctx.status = 204;", { middleware: NON_ADMIN }),
    output: route("ctx.assert.equal(ctx.state.user.role, 'admin', 403, 'admin only');\nctx.status = 204;", { middleware: NON_ADMIN }),
    before: { status: 401, text: 'admin only' },
    after: { status: 403, text: 'admin only' },
  },
];

const CONTENT_TYPE_CASES: FixCase[] = [
  {
    name: 'problem body without a type',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };\n  return;\n}\nctx.status = 204;`),
    output: route(
      `if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`,
    ),
    before: { status: 400, mediaType: 'application/json' },
    after: { status: 400, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Bad Request', status: 400 } },
    otherPaths: [{ request: { path: '/x?id=1' }, expected: { status: 204 } }],
  },
  {
    name: 'problem body with the type option as autofix',
    rule: 'require-problem-details',
    options: [{ contentTypeFix: 'autofix' }],
    autofix: true,
    code: route(`if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 }; // no id\n  return;\n}\nctx.status = 204;`),
    output: route(
      `if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 }; // no id\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`,
    ),
    after: { status: 400, mediaType: 'application/problem+json' },
  },
  {
    name: 'application/json set before the body',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`ctx.type = 'application/json';\nif (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };\n  return;\n}\nctx.status = 204;`),
    output: route(
      `ctx.type = 'application/json';\nif (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;`,
    ),
    before: { status: 400, mediaType: 'application/json' },
    after: { status: 400, mediaType: 'application/problem+json' },
  },
  {
    name: 'application/json set after the body',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };\n  ctx.set('Content-Type', 'application/json');\n  return;\n}\nctx.status = 204;`),
    output: route(
      `if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };\n  ctx.set('Content-Type', 'application/problem+json');\n  return;\n}\nctx.status = 204;`,
    ),
    before: { status: 400, mediaType: 'application/json' },
    after: { status: 400, mediaType: 'application/problem+json' },
  },
  {
    name: 'ad-hoc error body rewritten',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: route("if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { error: 'id is required' };\n  return;\n}\nctx.status = 204;"),
    output: route(
      "if (!ctx.query.id) {\n  ctx.status = 400;\n  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'id is required' };\n  ctx.type = 'application/problem+json';\n  return;\n}\nctx.status = 204;",
    ),
    before: { status: 400, mediaType: 'application/json', json: { error: 'id is required' } },
    after: {
      status: 400,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'id is required' },
    },
  },
  {
    name: 'error middleware problem body',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route("ctx.throw(409, 'already exists');", {
      middleware:
        'app.use(async (ctx, next) => {\n  try {\n    await next();\n  } catch (err) {\n    ctx.status = err.status || 500;\n    ctx.body = { type: \'about:blank\', title: err.message, status: ctx.status };\n  }\n});',
    }),
    output: route("ctx.throw(409, 'already exists');", {
      middleware:
        "app.use(async (ctx, next) => {\n  try {\n    await next();\n  } catch (err) {\n    ctx.status = err.status || 500;\n    ctx.body = { type: 'about:blank', title: err.message, status: ctx.status };\n    ctx.type = 'application/problem+json';\n  }\n});",
    }),
    before: { status: 409, mediaType: 'application/json' },
    after: { status: 409, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'already exists', status: 409 } },
  },
];

for (const { name, version } of KOA_PACKAGES) {
  describe(`Koa ${version} (${name})`, () => {
    const send = (code: string, request: WireRequest): Promise<Wire> => requestKoa(name, code, request);

    describe('WWW-Authenticate fixes', () => {
      defineFixCases(CHALLENGE_CASES, send);
    });
    describe('status suggestions', () => {
      defineFixCases(STATUS_CASES, send);
    });
    describe('content-type fixes', () => {
      defineFixCases(CONTENT_TYPE_CASES, send);
    });
  });
}

/** Lints `code` with the given rules and lists `line:column rule messageId` per report. */
function reportsOf(ruleOptions: RuleOptions, code: string): string[] {
  return relint(ruleOptions, code).reports;
}

/**
 * Behaviour of Koa that the adapter models without a fix: each case shows
 * what the real framework sends and what the rules report on that code.
 */
interface BehaviourCase {
  name: string;
  code: string;
  request?: WireRequest;
  /** The response of each major, when the two differ. `wire` applies otherwise. */
  wire?: WireExpectation;
  wireByPackage?: Record<string, WireExpectation>;
  rules: RuleOptions;
  reports: string[];
}

const BEHAVIOUR_CASES: BehaviourCase[] = [
  {
    name: 'header set before ctx.throw is dropped',
    code: route("ctx.set('WWW-Authenticate', 'Bearer');\nif (!ctx.get('Authorization')) ctx.throw(401, 'missing token');\nctx.status = 204;"),
    wire: { status: 401, wwwAuthenticate: null, text: 'missing token' },
    rules: { 'require-www-authenticate': [] },
    reports: ['7:46 api-errors/require-www-authenticate droppedChallenge'],
  },
  {
    name: 'header set before ctx.throw is kept by catching middleware',
    code: route("ctx.set('WWW-Authenticate', 'Bearer');\nif (!ctx.get('Authorization')) ctx.throw(401, 'missing token');\nctx.status = 204;", {
      middleware: CATCHING_MIDDLEWARE,
    }),
    wire: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/problem+json' },
    rules: { 'require-www-authenticate': [], 'require-problem-details': [] },
    reports: [],
  },
  {
    name: 'catching middleware ignores the headers of the error',
    code: route("if (!ctx.get('Authorization')) ctx.throw(401, 'missing token');\nctx.status = 204;", { middleware: CATCHING_MIDDLEWARE }),
    wire: { status: 401, wwwAuthenticate: null },
    rules: { 'require-www-authenticate': [] },
    reports: ['15:46 api-errors/require-www-authenticate missingChallenge'],
  },
  {
    name: 'status then a plain throw answers 500',
    code: route("if (!ctx.get('Authorization')) {\n  ctx.status = 401;\n  throw new Error('missing token');\n}\nctx.status = 204;"),
    wire: { status: 500, wwwAuthenticate: null },
    rules: { 'require-www-authenticate': [], 'require-problem-details': [], 'no-401-for-forbidden': [] },
    reports: [],
  },
  {
    name: 'problem type set before the body',
    code: route(
      `if (!ctx.get('Authorization')) {\n  ctx.set('WWW-Authenticate', 'Bearer');\n  ctx.type = 'application/problem+json';\n  ctx.status = 401;\n  ctx.body = ${PROBLEM_401};\n  return;\n}\nctx.status = 204;`,
    ),
    // Koa 2 replaces the type when the body is assigned, but Koa 3 keeps it. The rules take the Koa 3 behaviour and stay silent.
    wireByPackage: {
      koa: { status: 401, mediaType: 'application/problem+json' },
      koa2: { status: 401, mediaType: 'application/json' },
    },
    rules: { 'require-problem-details': [] },
    reports: [],
  },
  {
    name: 'text type set before an object body',
    code: route("ctx.type = 'text/plain';\nctx.status = 400;\nctx.body = { error: 'bad request' };"),
    wire: { status: 400, mediaType: 'application/json' },
    rules: { 'require-problem-details': [] },
    reports: ['8:5 api-errors/require-problem-details notProblemDetails'],
  },
  {
    name: 'null body after the status answers 204',
    code: route('ctx.status = 401;\nctx.body = null;'),
    wire: { status: 204, wwwAuthenticate: null },
    rules: { 'require-www-authenticate': [], 'require-problem-details': [] },
    reports: [],
  },
  {
    name: 'challenge middleware covers later routes',
    code: route("if (!ctx.get('Authorization')) {\n  ctx.status = 401;\n  return;\n}\nctx.status = 204;", {
      middleware: "app.use(async (ctx, next) => {\n  ctx.set('WWW-Authenticate', 'Bearer');\n  await next();\n});",
    }),
    wire: { status: 401, wwwAuthenticate: 'Bearer' },
    rules: { 'require-www-authenticate': [] },
    reports: [],
  },
];

for (const { name, version } of KOA_PACKAGES) {
  describe(`Koa ${version} (${name}) behaviour the adapter models`, () => {
    for (const behaviour of BEHAVIOUR_CASES) {
      describe(behaviour.name, () => {
        it('on the wire', async () => {
          const expected = behaviour.wireByPackage?.[name] ?? behaviour.wire;
          expect(expected, 'expectation for this package').toBeDefined();
          expectWire(await requestKoa(name, behaviour.code, behaviour.request), expected ?? {});
        });

        it('reports', () => {
          expect(reportsOf(behaviour.rules, behaviour.code)).toEqual(behaviour.reports);
        });
      });
    }
  });
}

describe('Koa fixes that must not be offered', () => {
  it('no header fix for a throw under catching middleware', () => {
    const code = route("if (!ctx.get('Authorization')) ctx.throw(401, 'missing token');\nctx.status = 204;", { middleware: CATCHING_MIDDLEWARE });
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('no header statement in an if without braces', () => {
    const code = route("if (!ctx.get('Authorization')) ctx.status = 401;\nelse ctx.status = 204;");
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('no type fix when a later type is computed', () => {
    const code = route(`const type = 'application/json';\nctx.status = 400;\nctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };\nctx.type = type;`);
    expect(offeredFixes('require-problem-details', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('fixes are idempotent', () => {
    const code = route("if (!ctx.get('Authorization')) {\n  ctx.status = 401;\n  return;\n}\nctx.assert(ctx.state.user, 401);\nctx.status = 204;");
    const fixed = applyAutofixes({ 'require-www-authenticate': [] }, code);
    expect(fixed).not.toBe(code);
    expect(applyAutofixes({ 'require-www-authenticate': [] }, fixed)).toBe(fixed);
  });
});

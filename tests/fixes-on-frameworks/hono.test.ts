import { createRequire } from 'node:module';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { applyFix, defineFixCases, expectWire, indent, loadModule, offeredFixes, PROBLEM_401, PROBLEM_401_JSON, relint, WITH_TOKEN } from './harness';
import type { FixCase, Wire, WireRequest } from './harness';

/**
 * Hono fixes on the real framework: each fixed module is mounted on a new
 * Hono app and called in-process with `app.request()`, so no port is opened.
 */

const repositoryRequire = createRequire(join(__dirname, '..', '..', 'package.json'));

interface HonoApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

async function requestHono(code: string, request: WireRequest): Promise<Wire> {
  const { Hono } = repositoryRequire('hono') as { Hono: new () => HonoApp };
  const mount = loadModule(code);
  if (typeof mount !== 'function') {
    throw new Error('The Hono module must export a function that takes the app');
  }
  const app = new Hono();
  mount(app);
  const response = await app.request(request.path ?? '/x', { headers: request.headers });
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

/**
 * Builds a CommonJS module that mounts one GET /x route on the app it is
 * given. `body` is the handler's body, written without indentation;
 * `afterRoutes` runs on the app after mounting (an `onError` handler).
 */
function routes(body: string, options: { preamble?: string; afterRoutes?: string } = {}): string {
  const preamble = options.preamble === undefined ? '' : `${options.preamble}\n`;
  const after = options.afterRoutes === undefined ? '' : `${indent(options.afterRoutes, 2)}\n`;
  return [
    "const { Hono } = require('hono');",
    `${preamble}`,
    'module.exports = (app) => {',
    '  const routes = new Hono();',
    "  routes.get('/x', (c) => {",
    indent(body, 4),
    '  });',
    "  app.route('/', routes);",
    `${after}};`,
    '',
  ].join('\n');
}

const EXCEPTION = "const { HTTPException } = require('hono/http-exception');";
const PROBLEM_JSON = 'application/problem+json';
const SIGNED_IN = { request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null } };

const CHALLENGE_CASES: FixCase[] = [
  {
    name: 'c.json with a status argument',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(`if (!c.req.header('Authorization')) return c.json(${PROBLEM_401}, 401);\nreturn c.json({ ok: true });`),
    output: routes(
      `if (!c.req.header('Authorization')) return c.json(${PROBLEM_401}, 401, { 'WWW-Authenticate': 'Bearer' });\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: PROBLEM_401_JSON },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.json with a headers argument',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(
      `if (!c.req.header('Authorization')) return c.json(${PROBLEM_401}, 401, { 'Content-Type': '${PROBLEM_JSON}' });\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `if (!c.req.header('Authorization')) return c.json(${PROBLEM_401}, 401, { 'Content-Type': '${PROBLEM_JSON}', 'WWW-Authenticate': 'Bearer' });\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, wwwAuthenticate: null, mediaType: PROBLEM_JSON },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON, json: PROBLEM_401_JSON },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.json init form',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(`if (!c.req.header('Authorization')) return c.json(${PROBLEM_401}, { status: 401 });\nreturn c.json({ ok: true });`),
    output: routes(
      `if (!c.req.header('Authorization')) return c.json(${PROBLEM_401}, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: PROBLEM_401_JSON },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.json init form with headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(
      `if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, { status: 401, headers: { 'X-Request-Id': 'r1' } });\n}\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, { status: 401, headers: { 'X-Request-Id': 'r1', 'WWW-Authenticate': 'Bearer' } });\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', headers: { 'x-request-id': 'r1' } },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.text',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(`const token = c.req.header('Authorization');\nif (!token) return c.text('Sign in first', 401);\nreturn c.text('ok');`),
    output: routes(
      `const token = c.req.header('Authorization');\nif (!token) return c.text('Sign in first', 401, { 'WWW-Authenticate': 'Bearer' });\nreturn c.text('ok');`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Sign in first' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.body without a body',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(`const token = c.req.header('Authorization');\nif (!token) return c.body(null, 401);\nreturn c.body('ok');`),
    output: routes(
      `const token = c.req.header('Authorization');\nif (!token) return c.body(null, 401, { 'WWW-Authenticate': 'Bearer' });\nreturn c.body('ok');`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: null, text: '' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.newResponse',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(`const token = c.req.header('Authorization');\nif (!token) return c.newResponse(null, 401);\nreturn c.newResponse('ok');`),
    output: routes(
      `const token = c.req.header('Authorization');\nif (!token) return c.newResponse(null, 401, { 'WWW-Authenticate': 'Bearer' });\nreturn c.newResponse('ok');`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: '' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.html',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(`const token = c.req.header('Authorization');\nif (!token) return c.html('<p>Sign in</p>', 401);\nreturn c.html('<p>ok</p>');`),
    output: routes(
      `const token = c.req.header('Authorization');\nif (!token) return c.html('<p>Sign in</p>', 401, { 'WWW-Authenticate': 'Bearer' });\nreturn c.html('<p>ok</p>');`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html', text: '<p>Sign in</p>' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'c.status then c.json',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(`if (!c.req.header('Authorization')) {\n  c.status(401);\n  return c.json(${PROBLEM_401});\n}\nreturn c.json({ ok: true });`),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  c.header('WWW-Authenticate', 'Bearer');\n  c.status(401);\n  return c.json(${PROBLEM_401});\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: PROBLEM_401_JSON },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'HTTPException without options',
    rule: 'require-www-authenticate',
    // An app.onError in another file that returns err.getResponse() would drop the header, so this is a suggestion.
    suggestion: 'addChallenge',
    autofix: false,
    code: routes(`if (!c.req.header('Authorization')) {\n  throw new HTTPException(401);\n}\nreturn c.text('ok');`, { preamble: EXCEPTION }),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  c.header('WWW-Authenticate', 'Bearer');\n  throw new HTTPException(401);\n}\nreturn c.text('ok');`,
      { preamble: EXCEPTION },
    ),
    before: { status: 401, wwwAuthenticate: null, text: '' },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: '' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'HTTPException with a message',
    rule: 'require-www-authenticate',
    // An app.onError in another file that returns err.getResponse() would drop the header, so this is a suggestion.
    suggestion: 'addChallenge',
    autofix: false,
    code: routes(`if (!c.req.header('Authorization')) {\n  throw new HTTPException(401, { message: 'missing token' });\n}\nreturn c.text('ok');`, {
      preamble: EXCEPTION,
    }),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  c.header('WWW-Authenticate', 'Bearer');\n  throw new HTTPException(401, { message: 'missing token' });\n}\nreturn c.text('ok');`,
      { preamble: EXCEPTION },
    ),
    before: { status: 401, wwwAuthenticate: null, text: 'missing token' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'missing token' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'HTTPException with a res Response',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(
      `if (!c.req.header('Authorization')) {\n  throw new HTTPException(401, {\n    res: new Response(JSON.stringify(${PROBLEM_401}), { headers: { 'Content-Type': '${PROBLEM_JSON}' } }),\n  });\n}\nreturn c.text('ok');`,
      { preamble: EXCEPTION },
    ),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  throw new HTTPException(401, {\n    res: new Response(JSON.stringify(${PROBLEM_401}), { headers: { 'Content-Type': '${PROBLEM_JSON}', 'WWW-Authenticate': 'Bearer' } }),\n  });\n}\nreturn c.text('ok');`,
      { preamble: EXCEPTION },
    ),
    before: { status: 401, wwwAuthenticate: null, mediaType: PROBLEM_JSON },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON, json: PROBLEM_401_JSON },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'HTTPException with a res Response without init',
    rule: 'require-www-authenticate',
    autofix: true,
    code: routes(
      `if (!c.req.header('Authorization')) {\n  throw new HTTPException(401, { res: new Response('Sign in first') });\n}\nreturn c.text('ok');`,
      { preamble: EXCEPTION },
    ),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  throw new HTTPException(401, { res: new Response('Sign in first', { headers: { 'WWW-Authenticate': 'Bearer' } }) });\n}\nreturn c.text('ok');`,
      { preamble: EXCEPTION },
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Sign in first' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: 'HTTPException, custom onError: suggestion',
    rule: 'require-www-authenticate',
    suggestion: 'addChallenge',
    autofix: false,
    code: routes(`if (!c.req.header('Authorization')) {\n  throw new HTTPException(401);\n}\nreturn c.text('ok');`, {
      preamble: EXCEPTION,
      afterRoutes: `app.onError((err, c) => c.json(${PROBLEM_401}, err.status, { 'Content-Type': '${PROBLEM_JSON}' }));`,
    }),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  c.header('WWW-Authenticate', 'Bearer');\n  throw new HTTPException(401);\n}\nreturn c.text('ok');`,
      {
        preamble: EXCEPTION,
        afterRoutes: `app.onError((err, c) => c.json(${PROBLEM_401}, err.status, { 'Content-Type': '${PROBLEM_JSON}' }));`,
      },
    ),
    before: { status: 401, wwwAuthenticate: null, mediaType: PROBLEM_JSON },
    // This handler builds its response on the same context, so the header set before the throw is kept.
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON },
    otherPaths: [SIGNED_IN],
  },
];

const CONTENT_TYPE_CASES: FixCase[] = [
  {
    name: 'c.json: problem content type as a third argument',
    rule: 'require-problem-details',
    options: [{ contentTypeFix: 'autofix' }],
    autofix: true,
    code: routes(`if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, 401, { 'WWW-Authenticate': 'Bearer' });\n}\nreturn c.json({ ok: true });`),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, 401, { 'WWW-Authenticate': 'Bearer', 'Content-Type': '${PROBLEM_JSON}' });\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, mediaType: 'application/json' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON, json: PROBLEM_401_JSON },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, mediaType: 'application/json' } }],
  },
  {
    name: 'c.json: content type overwritten in the init form',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: routes(
      `if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, { status: 401, headers: { 'Content-Type': '${PROBLEM_JSON}', 'WWW-Authenticate': 'Bearer' } });\n}\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }, { 'Content-Type': '${PROBLEM_JSON}' });\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON, json: PROBLEM_401_JSON },
  },
  {
    name: 'c.json: content type overwritten after c.header',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: routes(
      `if (!c.req.header('Authorization')) {\n  c.header('Content-Type', '${PROBLEM_JSON}');\n  return c.json(${PROBLEM_401}, 401, { 'WWW-Authenticate': 'Bearer' });\n}\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  c.header('Content-Type', '${PROBLEM_JSON}');\n  return c.json(${PROBLEM_401}, 401, { 'WWW-Authenticate': 'Bearer', 'Content-Type': '${PROBLEM_JSON}' });\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, mediaType: 'application/json' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON, json: PROBLEM_401_JSON },
  },
  {
    name: 'c.json: wrong content type in the third argument',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: routes(
      `if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, 401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' });\n}\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  return c.json(${PROBLEM_401}, 401, { 'Content-Type': '${PROBLEM_JSON}', 'WWW-Authenticate': 'Bearer' });\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, mediaType: 'application/json' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON },
  },
  {
    name: 'c.body: JSON string without a content type',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: routes(
      `if (!c.req.header('Authorization')) {\n  return c.body(JSON.stringify(${PROBLEM_401}), 401, { 'WWW-Authenticate': 'Bearer' });\n}\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `if (!c.req.header('Authorization')) {\n  return c.body(JSON.stringify(${PROBLEM_401}), 401, { 'WWW-Authenticate': 'Bearer', 'Content-Type': '${PROBLEM_JSON}' });\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401, mediaType: 'text/plain' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: PROBLEM_JSON, json: PROBLEM_401_JSON },
  },
];

const STATUS_CASES: FixCase[] = [
  {
    name: '403 without identity becomes 401 with a challenge',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: routes(
      `const user = c.get('user');\nif (!user) {\n  return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403);\n}\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `const user = c.get('user');\nif (!user) {\n  return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: PROBLEM_401_JSON },
  },
  {
    name: 'HTTPException 403 without identity becomes 401',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: routes(`const token = c.req.header('Authorization');\nif (!token) {\n  throw new HTTPException(403, { message: 'missing token' });\n}\nreturn c.text('ok');`, {
      preamble: EXCEPTION,
    }),
    output: routes(
      `const token = c.req.header('Authorization');\nif (!token) {\n  c.header('WWW-Authenticate', 'Bearer');\n  throw new HTTPException(401, { message: 'missing token' });\n}\nreturn c.text('ok');`,
      { preamble: EXCEPTION },
    ),
    before: { status: 403, wwwAuthenticate: null, text: 'missing token' },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'missing token' },
    otherPaths: [SIGNED_IN],
  },
  {
    name: '401 for a permission becomes 403',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: routes(
      `const user = c.get('user') ?? { roles: [] };\nif (!user.roles.includes('admin')) {\n  return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);\n}\nreturn c.json({ ok: true });`,
    ),
    output: routes(
      `const user = c.get('user') ?? { roles: [] };\nif (!user.roles.includes('admin')) {\n  return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403);\n}\nreturn c.json({ ok: true });`,
    ),
    before: { status: 401 },
    after: { status: 403, json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
];

describe('Hono: WWW-Authenticate fixes', () => {
  defineFixCases(CHALLENGE_CASES, requestHono);
});

describe('Hono: problem content type fixes', () => {
  defineFixCases(CONTENT_TYPE_CASES, requestHono);
});

describe('Hono: status fixes', () => {
  defineFixCases(STATUS_CASES, requestHono);
});

describe('Hono: what the wire shows for forms the fixes avoid', () => {
  it('c.header before a returned Response is lost', async () => {
    const wire = await requestHono(
      routes("c.header('WWW-Authenticate', 'Bearer');\nreturn new Response(null, { status: 401 });"),
      {},
    );
    expectWire(wire, { status: 401, wwwAuthenticate: null });
  });

  it('content type in init.headers is replaced by c.json', async () => {
    const wire = await requestHono(routes(`return c.json(${PROBLEM_401}, { status: 401, headers: { 'Content-Type': '${PROBLEM_JSON}' } });`), {});
    expectWire(wire, { status: 401, mediaType: 'application/json' });
  });

  it('a Headers instance as third argument of c.json is ignored', async () => {
    const wire = await requestHono(routes(`return c.json(${PROBLEM_401}, 401, new Headers({ 'WWW-Authenticate': 'Bearer' }));`), {});
    expectWire(wire, { status: 401, wwwAuthenticate: null });
  });

  it('onError returning err.getResponse() drops c.header', async () => {
    const code = routes("if (!c.req.header('Authorization')) {\n  c.header('WWW-Authenticate', 'Bearer');\n  throw new HTTPException(401);\n}\nreturn c.text('ok');", {
      preamble: EXCEPTION,
      afterRoutes: 'app.onError((err, c) => (err instanceof HTTPException ? err.getResponse() : c.text(err.message, 500)));',
    });
    expectWire(await requestHono(code, {}), { status: 401, wwwAuthenticate: null });
    // The rule reports the header as dropped and offers no c.header() fix, which would be dropped as well.
    expect(relint({ 'require-www-authenticate': [] }, code).reports).toEqual([expect.stringContaining('droppedChallenge')]);
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });
});

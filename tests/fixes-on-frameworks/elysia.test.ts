import { describe, expect, it } from 'vitest';

import { defineFixCases, indent, loadModule, offeredFixes, PROBLEM_401, PROBLEM_401_JSON, WITH_TOKEN } from './harness';
import type { FixCase, Send, Wire } from './harness';

/**
 * Proves the Elysia fixes on elysia 1.4.30, in-process through
 * `app.handle(new Request(...))` on Node. Each module exports an Elysia app
 * with one route on `/x`.
 */

interface ElysiaApp {
  handle(request: Request): Promise<Response>;
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

const sendElysia: Send = async (code, request) => {
  const app = loadModule(code) as ElysiaApp;
  if (typeof app.handle !== 'function') {
    throw new Error('The Elysia module must export an Elysia app');
  }
  return wireOf(await app.handle(new Request(`http://127.0.0.1${request.path ?? '/x'}`, { headers: request.headers })));
};

/** Builds a module with one route `GET /x` whose handler takes `context` (a pattern or a name) and runs `body`. */
function route(context: string, body: string, options = ''): string {
  const indented = indent(body, 2);
  return `const { Elysia } = require('elysia');\nmodule.exports = new Elysia().get('/x', (${context}) => {\n${indented}\n}${options});\n`;
}

const CASES: FixCase[] = [
  {
    name: 'set.status, then return',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('{ set }', "set.status = 401;\nreturn { error: 'Sign in first' };"),
    output: route('{ set }', "set.headers['www-authenticate'] = 'Bearer';\nset.status = 401;\nreturn { error: 'Sign in first' };"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'Sign in first' } },
  },
  {
    name: 'set.status by name',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('{ set }', "set.status = 'Unauthorized';\nreturn 'Sign in first';"),
    output: route('{ set }', "set.headers['www-authenticate'] = 'Bearer';\nset.status = 'Unauthorized';\nreturn 'Sign in first';"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Sign in first' },
  },
  {
    name: 'return status() with set',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('{ set, status }', "return status(401, { error: 'Sign in first' });"),
    output: route('{ set, status }', "set.headers['www-authenticate'] = 'Bearer';\nreturn status(401, { error: 'Sign in first' });"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'Sign in first' } },
  },
  {
    name: 'return status() without set',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('{ status }', "return status(401, { error: 'Sign in first' });"),
    output: route('{ status, set }', "set.headers['www-authenticate'] = 'Bearer';\nreturn status(401, { error: 'Sign in first' });"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'Sign in first' } },
  },
  {
    name: 'throw status()',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('{ headers, set, status }', "if (!headers.authorization) {\n  throw status(401, 'Sign in first');\n}\nreturn 'ok';"),
    output: route(
      '{ headers, set, status }',
      "if (!headers.authorization) {\n  set.headers['www-authenticate'] = 'Bearer';\n  throw status(401, 'Sign in first');\n}\nreturn 'ok';",
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'Sign in first' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, text: 'ok' } }],
  },
  {
    name: 'status() without a body',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('{ set, status }', 'return status(401);'),
    output: route('{ set, status }', "set.headers['www-authenticate'] = 'Bearer';\nreturn status(401);"),
    before: { status: 401, wwwAuthenticate: null, text: 'Unauthorized' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Unauthorized' },
  },
  {
    name: 'context not destructured',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('ctx', "ctx.set.status = 401;\nreturn { error: 'Sign in first' };"),
    output: route('ctx', "ctx.set.headers['www-authenticate'] = 'Bearer';\nctx.set.status = 401;\nreturn { error: 'Sign in first' };"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'Sign in first' } },
  },
  {
    name: 'context status()',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('ctx', "return ctx.status(401, 'Sign in first');"),
    output: route('ctx', "ctx.set.headers['www-authenticate'] = 'Bearer';\nreturn ctx.status(401, 'Sign in first');"),
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'Sign in first' },
  },
  {
    name: '403 without a token becomes 401',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route('{ headers, set }', "const token = headers.authorization;\nif (!token) {\n  set.status = 403;\n  return { error: 'Sign in first' };\n}\nreturn 'ok';"),
    output: route(
      '{ headers, set }',
      "const token = headers.authorization;\nif (!token) {\n  set.headers['www-authenticate'] = 'Bearer';\n  set.status = 401;\n  return { error: 'Sign in first' };\n}\nreturn 'ok';",
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'Sign in first' } },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, text: 'ok' } }],
  },
  {
    name: '403 status() without a token becomes 401',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route('{ request, status }', "if (!request.headers.get('authorization')) {\n  return status('Forbidden', { type: 'about:blank', title: 'Forbidden', status: 403 });\n}\nreturn 'ok';"),
    output: route(
      '{ request, status, set }',
      "if (!request.headers.get('authorization')) {\n  set.headers['www-authenticate'] = 'Bearer';\n  return status('Unauthorized', { type: 'about:blank', title: 'Unauthorized', status: 401 });\n}\nreturn 'ok';",
    ),
    before: { status: 403 },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: PROBLEM_401_JSON },
  },
  {
    name: '401 to a non-admin becomes 403',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: route('ctx', "const user = ctx.user ?? { roles: [] };\nif (!user.roles.includes('admin')) {\n  return ctx.status(401, 'Admins only');\n}\nreturn 'ok';"),
    output: route('ctx', "const user = ctx.user ?? { roles: [] };\nif (!user.roles.includes('admin')) {\n  return ctx.status(403, 'Admins only');\n}\nreturn 'ok';"),
    before: { status: 401 },
    after: { status: 403, text: 'Admins only' },
  },
  {
    name: 'problem content type before the return',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route('{ set }', `set.headers['www-authenticate'] = 'Bearer';\nset.status = 401;\nreturn ${PROBLEM_401};`),
    output: route(
      '{ set }',
      `set.headers['www-authenticate'] = 'Bearer';\nset.status = 401;\nset.headers['content-type'] = 'application/problem+json';\nreturn ${PROBLEM_401};`,
    ),
    before: { status: 401, mediaType: 'application/json' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/problem+json', json: PROBLEM_401_JSON },
  },
  {
    name: 'problem content type for status()',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route('{ set, status }', `set.headers['www-authenticate'] = 'Bearer';\nreturn status(401, ${PROBLEM_401});`),
    output: route(
      '{ set, status }',
      `set.headers['www-authenticate'] = 'Bearer';\nset.headers['content-type'] = 'application/problem+json';\nreturn status(401, ${PROBLEM_401});`,
    ),
    before: { mediaType: 'application/json' },
    after: { status: 401, mediaType: 'application/problem+json', json: PROBLEM_401_JSON },
  },
  {
    name: 'error body rewritten as problem details',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: route('{ set, status }', "return status(403, { error: 'Admins only' });"),
    output: route(
      '{ set, status }',
      "set.headers['content-type'] = 'application/problem+json';\nreturn status(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Admins only' });",
    ),
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Admins only' },
    },
  },
];

describe('elysia 1.4.30', () => {
  defineFixCases(CASES, sendElysia);
});

describe('Elysia fixes that must not be offered', () => {
  it('no problem content type under a response schema', () => {
    const code = route('{ set }', `set.headers['www-authenticate'] = 'Bearer';\nset.status = 401;\nreturn ${PROBLEM_401};`, ', { response: { 401: t.Object({ title: t.String() }) } }').replace(
      "const { Elysia } = require('elysia');",
      "const { Elysia, t } = require('elysia');",
    );
    expect(offeredFixes('require-problem-details', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('no header fix for an expression body', () => {
    const code = "const { Elysia } = require('elysia');\nmodule.exports = new Elysia().get('/x', ({ status }) => status(401));\n";
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('no set added where the name is taken', () => {
    const code = route('{ status }', "const set = new Set();\nreturn status(401, 'Sign in first');");
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });
});

describe('elysia 1.4.30 wire facts the adapter relies on', () => {
  it('set.headers reaches a returned Response', async () => {
    const code = route('{ set }', "set.headers['www-authenticate'] = 'Bearer';\nreturn new Response(null, { status: 401 });");
    const wire = await sendElysia(code, {});
    expect(wire.status, 'status').toBe(401);
    expect(wire.wwwAuthenticate, 'WWW-Authenticate').toBe('Bearer');
  });

  it('a Title-Case Content-Type key is sent beside the default', async () => {
    const code = route('{ set }', `set.headers['Content-Type'] = 'application/problem+json';\nset.status = 401;\nreturn ${PROBLEM_401};`);
    const wire = await sendElysia(code, {});
    expect(wire.contentType, 'Content-Type').toBe('application/problem+json, application/json');
  });

  it('a response schema strips problem members', async () => {
    const code = route(
      '{ set }',
      `set.headers['content-type'] = 'application/problem+json';\nset.status = 401;\nreturn ${PROBLEM_401};`,
      ', { response: { 401: t.Object({ title: t.String() }) } }',
    ).replace("const { Elysia } = require('elysia');", "const { Elysia, t } = require('elysia');");
    const wire = await sendElysia(code, {});
    expect(JSON.parse(wire.text), 'body').toEqual({ title: 'Unauthorized' });
  });
});

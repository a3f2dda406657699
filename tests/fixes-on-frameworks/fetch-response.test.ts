import { beforeAll, describe, expect, it } from 'vitest';

import {
  applyAutofixes,
  applyFixIfOffered,
  callFetchHandler,
  defineFixCases,
  expectWire,
  indent,
  PROBLEM_401,
  PROBLEM_403,
  relint,
  WITH_TOKEN,
} from './harness';
import type { FixCase, WireRequest } from './harness';

/**
 * Builds a module that exports an async route handler `(request) =>
 * Response` whose body is `body` (written without indentation).
 */
function handler(body: string, preamble = ''): string {
  const indented = indent(body, 2);
  return `${preamble}module.exports = async (request) => {\n${indented}\n};\n`;
}

/** An authentication call that returns an identity without the admin role. */
const CURRENT_USER = 'const currentUser = async () => ({ roles: [] });\n';

const CHALLENGE_CASES: FixCase[] = [
  {
    name: 'new Response, empty body',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler('return new Response(null, { status: 401 });'),
    output: handler("return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: null, text: '' },
  },
  {
    name: 'new Response with headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("return new Response('nope', { status: 401, headers: { 'Content-Type': 'text/plain' } });"),
    output: handler("return new Response('nope', { status: 401, headers: { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' } });"),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'nope' },
  },
  {
    name: 'Response.json',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("return Response.json({ error: 'no token' }, { status: 401 });"),
    output: handler("return Response.json({ error: 'no token' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'no token' } },
  },
  {
    name: 'Response.json with headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("return Response.json({ error: 'no token' }, { status: 401, headers: { 'X-Trace': '1' } });"),
    output: handler("return Response.json({ error: 'no token' }, { status: 401, headers: { 'X-Trace': '1', 'WWW-Authenticate': 'Bearer' } });"),
    before: { status: 401, wwwAuthenticate: null },
    after: {
      status: 401,
      wwwAuthenticate: 'Bearer',
      mediaType: 'application/json',
      json: { error: 'no token' },
      headers: { 'x-trace': '1' },
    },
  },
  {
    name: 'Response.json, empty headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("return Response.json({ error: 'no token' }, { status: 401, headers: {} });"),
    output: handler("return Response.json({ error: 'no token' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });"),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json' },
  },
  {
    name: 'multi-line init, trailing comma',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("return Response.json(\n  { error: 'no token' },\n  {\n    status: 401, // no token\n  },\n);"),
    output: handler(
      "return Response.json(\n  { error: 'no token' },\n  {\n    status: 401, headers: { 'WWW-Authenticate': 'Bearer' }, // no token\n  },\n);",
    ),
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'no token' } },
  },
];

const STATUS_SUGGESTION_CASES: FixCase[] = [
  {
    name: '403 Response.json without token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: handler(`if (!request.headers.get('authorization')) {\n  return Response.json(${PROBLEM_403}, { status: 403 });\n}\nreturn new Response('ok');`),
    output: handler(
      `if (!request.headers.get('authorization')) {\n  return Response.json(${PROBLEM_401}, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });\n}\nreturn new Response('ok');`,
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: {
      status: 401,
      wwwAuthenticate: 'Bearer',
      mediaType: 'application/json',
      json: { type: 'about:blank', title: 'Unauthorized', status: 401 },
    },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, text: 'ok' } }],
  },
  {
    name: '403 new Response without token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: handler(
      "const token = request.headers.get('authorization');\nif (!token) return new Response(null, { status: 403, headers: { 'Cache-Control': 'no-store' } });\nreturn new Response('ok');",
    ),
    output: handler(
      "const token = request.headers.get('authorization');\nif (!token) return new Response(null, { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });\nreturn new Response('ok');",
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', headers: { 'cache-control': 'no-store' } },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null } }],
  },
  {
    name: '401 Response.json for non-admin',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: handler(
      `const user = await currentUser(request);\nif (!user.roles.includes('admin')) {\n  return Response.json(${PROBLEM_401}, { status: 401 });\n}\nreturn new Response('ok');`,
      CURRENT_USER,
    ),
    output: handler(
      `const user = await currentUser(request);\nif (!user.roles.includes('admin')) {\n  return Response.json(${PROBLEM_403}, { status: 403 });\n}\nreturn new Response('ok');`,
      CURRENT_USER,
    ),
    before: { status: 401 },
    after: {
      status: 403,
      wwwAuthenticate: null,
      mediaType: 'application/json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403 },
    },
  },
];

const PROBLEM_JSON_CASES: FixCase[] = [
  {
    name: 'Response.json content type',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: handler(`return Response.json(${PROBLEM_403}, { status: 403 });`),
    output: handler(`return Response.json(${PROBLEM_403}, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });`),
    before: { status: 403, mediaType: 'application/json' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'content type into headers',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: handler(`return Response.json(${PROBLEM_403}, { status: 403, headers: { 'X-Trace': '1' } });`),
    output: handler(
      `return Response.json(${PROBLEM_403}, { status: 403, headers: { 'X-Trace': '1', 'Content-Type': 'application/problem+json' } });`,
    ),
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403 },
      headers: { 'x-trace': '1' },
    },
  },
  {
    name: 'content type as autofix',
    rule: 'require-problem-details',
    options: [{ contentTypeFix: 'autofix' }],
    autofix: true,
    code: handler(`return Response.json(${PROBLEM_403}, { status: 403 });`),
    output: handler(`return Response.json(${PROBLEM_403}, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });`),
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'stringified body, no type',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: handler(`return new Response(JSON.stringify(${PROBLEM_403}), { status: 403 });`),
    output: handler(
      `return new Response(JSON.stringify(${PROBLEM_403}), { status: 403, headers: { 'Content-Type': 'application/problem+json' } });`,
    ),
    before: { status: 403, mediaType: 'text/plain' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'rewrite Response.json body',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: handler("return Response.json({ error: 'x', code: 'E_AUTH' }, { status: 403 });"),
    output: handler(
      "return Response.json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'x', code: 'E_AUTH' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });",
    ),
    before: { status: 403, mediaType: 'application/json', json: { error: 'x', code: 'E_AUTH' } },
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'x', code: 'E_AUTH' },
    },
  },
  {
    name: 'rewrite stringified body',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: handler("return new Response(JSON.stringify({ error: 'x' }), { status: 403 });"),
    output: handler(
      "return new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'x' }), { status: 403, headers: { 'Content-Type': 'application/problem+json' } });",
    ),
    before: { status: 403, mediaType: 'text/plain' },
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'x' },
    },
  },
];

/** `json(body, init)` of Remix and SvelteKit, which build the Response as `Response.json` does. */
const JSON_HELPER_CASES: FixCase[] = [
  {
    name: 'Remix json',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("return json({ error: 'no token' }, { status: 401 });", "const { json } = require('@remix-run/node');\n"),
    output: handler(
      "return json({ error: 'no token' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });",
      "const { json } = require('@remix-run/node');\n",
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'no token' } },
  },
  {
    name: 'SvelteKit json with headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: handler("return json({ error: 'no token' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });", "const { json } = require('@sveltejs/kit');\n"),
    output: handler(
      "return json({ error: 'no token' }, { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });",
      "const { json } = require('@sveltejs/kit');\n",
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'no token' } },
  },
  {
    name: 'SvelteKit json without a session',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: handler(
      "const session = await getServerSession();\nif (!session) return json({ error: 'sign in' }, { status: 403 });\nreturn json(session);",
      "const { json } = require('@sveltejs/kit');\nconst getServerSession = async () => null;\n",
    ),
    output: handler(
      "const session = await getServerSession();\nif (!session) return json({ error: 'sign in' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });\nreturn json(session);",
      "const { json } = require('@sveltejs/kit');\nconst getServerSession = async () => null;\n",
    ),
    before: { status: 403 },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'sign in' } },
  },
];

/** The init-object suggestions of no-ineffective-status. The original code throws a TypeError, checked apart. */
const NUMERIC_INIT_CASES: FixCase[] = [
  {
    name: 'Response.json with a number',
    rule: 'no-ineffective-status',
    suggestion: 'writeInit',
    autofix: false,
    code: handler("return Response.json({ error: 'sign in' }, 401);"),
    output: handler("return Response.json({ error: 'sign in' }, { status: 401 });"),
    after: { status: 401, mediaType: 'application/json', json: { error: 'sign in' } },
  },
  {
    name: 'new Response with a number',
    rule: 'no-ineffective-status',
    suggestion: 'writeInit',
    autofix: false,
    code: handler("return new Response('no access', 403);"),
    output: handler("return new Response('no access', { status: 403 });"),
    after: { status: 403, text: 'no access' },
  },
];

describe(`web Response on Node ${process.versions.node}`, () => {
  const send = (code: string, request: WireRequest) => callFetchHandler(code, request);

  describe('require-www-authenticate', () => {
    defineFixCases(CHALLENGE_CASES, send);
  });

  describe('json() of Remix and SvelteKit', () => {
    let kit: unknown;
    beforeAll(async () => {
      kit = await import('@sveltejs/kit');
    });
    defineFixCases(JSON_HELPER_CASES, (code, request) => callFetchHandler(code, request, { '@sveltejs/kit': kit }));
  });

  describe('status suggestions', () => {
    defineFixCases(STATUS_SUGGESTION_CASES, send);
  });

  describe('require-problem-details', () => {
    defineFixCases(PROBLEM_JSON_CASES, send);
  });

  describe('no-ineffective-status', () => {
    defineFixCases(NUMERIC_INIT_CASES, send);

    it.each(NUMERIC_INIT_CASES.map((fixCase) => [fixCase.name, fixCase.code]))('%s throws a TypeError', async (_name, code) => {
      await expect(send(code, {})).rejects.toThrow(TypeError);
    });
  });

  describe('two rules fixed together', () => {
    const code = handler(`return Response.json(${PROBLEM_401}, { status: 401 });`);
    const rules = { 'require-www-authenticate': [], 'require-problem-details': [{ contentTypeFix: 'autofix' }] };

    it('merges both init headers', () => {
      expect(applyAutofixes(rules, code)).toBe(
        handler(
          `return Response.json(${PROBLEM_401}, { status: 401, headers: { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer' } });`,
        ),
      );
    });

    it('sends challenge and problem type', async () => {
      expectWire(await send(applyAutofixes(rules, code), {}), {
        status: 401,
        wwwAuthenticate: 'Bearer',
        mediaType: 'application/problem+json',
        json: { type: 'about:blank', title: 'Unauthorized', status: 401 },
      });
    });

    it('relints clean', () => {
      const { parseErrors, reports } = relint(rules, applyAutofixes(rules, code));
      expect(parseErrors, 'parse errors').toEqual([]);
      expect(reports, 'reports').toEqual([]);
    });
  });

  describe('init with spread headers', () => {
    // The spread object carries headers, and a `headers` member added after the spread replaces them.
    it('keeps the spread content type', async () => {
      const code = handler(
        "const base = { headers: { 'Content-Type': 'application/problem+json' } };\nreturn Response.json({ title: 'Unauthorized' }, { ...base, status: 401 });",
      );
      const fixed = applyFixIfOffered({ rule: 'require-www-authenticate', code });
      expectWire(await send(fixed, {}), { status: 401, mediaType: 'application/problem+json' });
    });

    it('keeps other spread headers', async () => {
      const code = handler("const extra = { headers: { 'X-Trace': '1' } };\nreturn new Response(null, { status: 401, ...extra });");
      const fixed = applyFixIfOffered({ rule: 'require-www-authenticate', code });
      expectWire(await send(fixed, {}), { status: 401, headers: { 'x-trace': '1' } });
    });
  });

  describe('reason phrase after 403 to 401', () => {
    it('drops the Forbidden status text', async () => {
      const code = handler(
        "if (!request.headers.get('authorization')) return new Response(null, { status: 403, statusText: 'Forbidden' });\nreturn new Response('ok');",
      );
      const fixed = applyFixIfOffered({ rule: 'no-403-for-unauthenticated', suggestion: 'sendUnauthorizedInstead', code });
      const wire = await send(fixed, {});
      expect(wire.status, 'status').toBe(401);
      expect(wire.statusText, 'status text').not.toBe('Forbidden');
    });
  });
});

import { describe, expect, it } from 'vitest';

import {
  applyAutofixes,
  applyFixIfOffered,
  defineFixCases,
  expectWire,
  indent,
  offeredFixes,
  PROBLEM_401,
  PROBLEM_403,
  relint,
  requestNodeHttp,
  WITH_TOKEN,
} from './harness';
import type { FixCase, WireRequest } from './harness';

/**
 * Builds a module that exports `() => http.Server` with one request
 * listener, whose body is `body` (written without indentation).
 */
function server(body: string, preamble = ''): string {
  const indented = indent(body, 2);
  return `const http = require('node:http');\n${preamble}module.exports = () => http.createServer((req, res) => {\n${indented}\n});\n`;
}

/** An authentication call that returns an identity without the admin role. */
const CURRENT_USER = 'const currentUser = () => ({ isAdmin: false });\n';

const CHALLENGE_CASES: FixCase[] = [
  {
    name: 'statusCode statement',
    rule: 'require-www-authenticate',
    autofix: true,
    code: server('res.statusCode = 401;\nres.end();'),
    output: server("res.setHeader('WWW-Authenticate', 'Bearer');\nres.statusCode = 401;\nres.end();"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: null, text: '' },
  },
  {
    name: 'statusCode in a branch',
    rule: 'require-www-authenticate',
    autofix: true,
    code: server("if (!req.headers.authorization) {\n  res.statusCode = 401;\n  return res.end();\n}\nres.end('ok');"),
    output: server(
      "if (!req.headers.authorization) {\n  res.setHeader('WWW-Authenticate', 'Bearer');\n  res.statusCode = 401;\n  return res.end();\n}\nres.end('ok');",
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, text: 'ok' } }],
  },
  {
    name: 'writeHead without headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: server('res.writeHead(401);\nres.end();'),
    output: server("res.writeHead(401, { 'WWW-Authenticate': 'Bearer' });\nres.end();"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: null },
  },
  {
    name: 'writeHead with headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: server("res.writeHead(401, { 'Content-Type': 'text/plain' });\nres.end('nope');"),
    output: server("res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' });\nres.end('nope');"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'nope' },
  },
  {
    name: 'writeHead with reason phrase',
    rule: 'require-www-authenticate',
    autofix: true,
    code: server("res.writeHead(401, 'Nope');\nres.end();"),
    output: server("res.writeHead(401, 'Nope', { 'WWW-Authenticate': 'Bearer' });\nres.end();"),
    before: { status: 401, statusText: 'Nope', wwwAuthenticate: null },
    after: { status: 401, statusText: 'Nope', wwwAuthenticate: 'Bearer' },
  },
  {
    name: 'writeHead with reason and headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: server("res.writeHead(401, 'Nope', { 'Content-Type': 'text/plain' });\nres.end('nope');"),
    output: server("res.writeHead(401, 'Nope', { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' });\nres.end('nope');"),
    after: { status: 401, statusText: 'Nope', wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'nope' },
  },
  {
    name: 'writeHead chained to end',
    rule: 'require-www-authenticate',
    autofix: true,
    code: server("res.writeHead(401).end('nope');"),
    output: server("res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end('nope');"),
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'nope' },
  },
];

const STATUS_SUGGESTION_CASES: FixCase[] = [
  {
    name: '403 writeHead without token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: server(
      `if (!req.headers.authorization) {\n  res.writeHead(403, { 'Content-Type': 'application/problem+json' });\n  return res.end(JSON.stringify(${PROBLEM_403}));\n}\nres.end('ok');`,
    ),
    output: server(
      `if (!req.headers.authorization) {\n  res.writeHead(401, { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer' });\n  return res.end(JSON.stringify(${PROBLEM_401}));\n}\nres.end('ok');`,
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: {
      status: 401,
      wwwAuthenticate: 'Bearer',
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Unauthorized', status: 401 },
    },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, text: 'ok' } }],
  },
  {
    name: '403 statusCode without token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: server("if (!req.headers.authorization) {\n  res.statusCode = 403;\n  return res.end();\n}\nres.end('ok');"),
    output: server(
      "if (!req.headers.authorization) {\n  res.setHeader('WWW-Authenticate', 'Bearer');\n  res.statusCode = 401;\n  return res.end();\n}\nres.end('ok');",
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null } }],
  },
  {
    name: '401 statusCode for non-admin',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: server("const user = currentUser(req);\nif (!user.isAdmin) {\n  res.statusCode = 401;\n  return res.end();\n}\nres.end('ok');", CURRENT_USER),
    output: server("const user = currentUser(req);\nif (!user.isAdmin) {\n  res.statusCode = 403;\n  return res.end();\n}\nres.end('ok');", CURRENT_USER),
    before: { status: 401 },
    after: { status: 403, wwwAuthenticate: null },
  },
];

const PROBLEM_JSON_CASES: FixCase[] = [
  {
    name: 'content type, statusCode form',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: server(`res.statusCode = 403;\nres.end(JSON.stringify(${PROBLEM_403}));`),
    output: server(`res.setHeader('Content-Type', 'application/problem+json');\nres.statusCode = 403;\nres.end(JSON.stringify(${PROBLEM_403}));`),
    before: { status: 403, mediaType: null },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'content type as autofix',
    rule: 'require-problem-details',
    options: [{ contentTypeFix: 'autofix' }],
    autofix: true,
    code: server(`res.statusCode = 403;\nres.end(JSON.stringify(${PROBLEM_403}));`),
    output: server(`res.setHeader('Content-Type', 'application/problem+json');\nres.statusCode = 403;\nres.end(JSON.stringify(${PROBLEM_403}));`),
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'explicit JSON type in writeHead',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: server(`res.writeHead(403, { 'Content-Type': 'application/json' });\nres.end(JSON.stringify(${PROBLEM_403}));`),
    output: server(`res.writeHead(403, { 'Content-Type': 'application/problem+json' });\nres.end(JSON.stringify(${PROBLEM_403}));`),
    before: { status: 403, mediaType: 'application/json' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'writeHead without headers',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: server(`res.writeHead(403);\nres.end(JSON.stringify(${PROBLEM_403}));`),
    output: server(`res.writeHead(403, { 'Content-Type': 'application/problem+json' });\nres.end(JSON.stringify(${PROBLEM_403}));`),
    before: { status: 403, mediaType: null },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'writeHead chained to end',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: server(`res.writeHead(403).end(JSON.stringify(${PROBLEM_403}));`),
    output: server(`res.writeHead(403, { 'Content-Type': 'application/problem+json' }).end(JSON.stringify(${PROBLEM_403}));`),
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'rewrite message body',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: server("res.statusCode = 400;\nres.setHeader('Content-Type', 'application/json');\nres.end(JSON.stringify({ message: 'bad input' }));"),
    output: server(
      "res.statusCode = 400;\nres.setHeader('Content-Type', 'application/problem+json');\nres.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' }));",
    ),
    before: { status: 400, mediaType: 'application/json', json: { message: 'bad input' } },
    after: {
      status: 400,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' },
    },
  },
];

describe(`node:http on Node ${process.versions.node}`, () => {
  const send = (code: string, request: WireRequest) => requestNodeHttp(code, request);

  describe('require-www-authenticate', () => {
    defineFixCases(CHALLENGE_CASES, send);
  });

  describe('status suggestions', () => {
    defineFixCases(STATUS_SUGGESTION_CASES, send);
  });

  describe('require-problem-details', () => {
    defineFixCases(PROBLEM_JSON_CASES, send);
  });

  describe('two rules fixed together', () => {
    const code = server(`res.writeHead(401);\nres.end(JSON.stringify(${PROBLEM_401}));`);
    const rules = { 'require-www-authenticate': [], 'require-problem-details': [{ contentTypeFix: 'autofix' }] };

    it('merges both writeHead headers', () => {
      expect(applyAutofixes(rules, code)).toBe(
        server(`res.writeHead(401, { 'WWW-Authenticate': 'Bearer', 'Content-Type': 'application/problem+json' });\nres.end(JSON.stringify(${PROBLEM_401}));`),
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

  describe('content type shared with success', () => {
    // The JSON content type is set once for both responses, so making it problem+json would change the 200 too.
    const code = server(
      `res.setHeader('Content-Type', 'application/json');\nif (!req.headers['x-id']) {\n  res.statusCode = 400;\n  return res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400 }));\n}\nres.end(JSON.stringify({ ok: true }));`,
    );
    const fixed = () => applyFixIfOffered({ rule: 'require-problem-details', suggestion: 'setProblemContentType', code });

    it('keeps the 200 as JSON', async () => {
      expectWire(await send(fixed(), { headers: { 'x-id': '7' } }), { status: 200, mediaType: 'application/json', json: { ok: true } });
    });
  });

  describe('reason phrase after 403 to 401', () => {
    it('drops the Forbidden reason', async () => {
      const code = server("if (!req.headers.authorization) {\n  res.writeHead(403, 'Forbidden');\n  return res.end();\n}\nres.end('ok');");
      const fixed = applyFixIfOffered({ rule: 'no-403-for-unauthenticated', suggestion: 'sendUnauthorizedInstead', code });
      const wire = await send(fixed, {});
      expect(wire.status, 'status').toBe(401);
      expect(wire.statusText, 'status text').not.toBe('Forbidden');
    });
  });

  describe('fixes not offered', () => {
    it('statusCode in braceless if', () => {
      const code = server('if (!req.headers.authorization) res.statusCode = 401;\nres.end();');
      expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
    });
  });
});

import { createRequire } from 'node:module';
import { join } from 'node:path';

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
  requestExpress,
  WITH_TOKEN,
} from './harness';
import type { FixCase } from './harness';

const repositoryRequire = createRequire(join(__dirname, '..', '..', 'package.json'));

/** Both majors: `express` is 5, and `express4` is the npm alias of express 4. */
const EXPRESS_PACKAGES = ['express', 'express4'].map((name) => ({
  name,
  version: (repositoryRequire(`${name}/package.json`) as { version: string }).version,
}));

const HTTP_ERRORS = "const createError = require('http-errors');\n";

/**
 * Builds a module that registers one route, GET /x, whose handler body is
 * `body` (written without indentation).
 */
function route(body: string, { preamble = '', params = 'req, res', async = false } = {}): string {
  const indented = indent(body, 4);
  return `${preamble}module.exports = (app) => {\n  app.get('/x', ${async ? 'async ' : ''}(${params}) => {\n${indented}\n  });\n};\n`;
}

/** Sets `req.user` to an identity without the admin role, the way authentication middleware would. */
const NON_ADMIN_MIDDLEWARE = `module.exports = (app) => {
  app.use((req, res, next) => {
    req.user = { isAdmin: false };
    next();
  });
`;

const CHALLENGE_CASES: FixCase[] = [
  {
    name: 'status then json',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("res.status(401).json({ error: 'no token' });"),
    output: route("res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'no token' });"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'no token' } },
  },
  {
    name: 'sendStatus',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('res.sendStatus(401);'),
    output: route("res.set('WWW-Authenticate', 'Bearer').sendStatus(401);"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'Unauthorized' },
  },
  {
    name: 'status then end',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('res.status(401).end();'),
    output: route("res.set('WWW-Authenticate', 'Bearer').status(401).end();"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: null, text: '' },
  },
  {
    name: 'status then send text',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("res.status(401).send('nope');"),
    output: route("res.set('WWW-Authenticate', 'Bearer').status(401).send('nope');"),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html', text: 'nope' },
  },
  {
    name: 'multi-line chain with comment',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("res // the reply\n  .status(401)\n  .json({ error: 'no token' });"),
    output: route("res.set('WWW-Authenticate', 'Bearer') // the reply\n  .status(401)\n  .json({ error: 'no token' });"),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'no token' } },
  },
  {
    name: 'status in its own statement',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("res.status(401);\nres.json({ error: 'no token' });"),
    output: route("res.set('WWW-Authenticate', 'Bearer').status(401);\nres.json({ error: 'no token' });"),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: { error: 'no token' } },
  },
  {
    name: 'aliased status chain',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("const reply = res.status(401);\nreply.json({ error: 'no token' });"),
    output: route("const reply = res.set('WWW-Authenticate', 'Bearer').status(401);\nreply.json({ error: 'no token' });"),
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { error: 'no token' } },
  },
  {
    name: 'chain in a conditional',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("return req.get('authorization') ? res.end('ok') : res.status(401).end();"),
    output: route("return req.get('authorization') ? res.end('ok') : res.set('WWW-Authenticate', 'Bearer').status(401).end();"),
    after: { status: 401, wwwAuthenticate: 'Bearer' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, text: 'ok' } }],
  },
  {
    name: 'custom challenge option',
    rule: 'require-www-authenticate',
    options: [{ challenge: `Bearer realm="it's"` }],
    autofix: true,
    code: route("res.status(401).json({ error: 'no token' });"),
    output: route(`res.set('WWW-Authenticate', 'Bearer realm="it\\'s"').status(401).json({ error: 'no token' });`),
    after: { status: 401, wwwAuthenticate: `Bearer realm="it's"` },
  },
  {
    name: 'statusCode statement',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('res.statusCode = 401;\nres.end();'),
    output: route("res.setHeader('WWW-Authenticate', 'Bearer');\nres.statusCode = 401;\nres.end();"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: null, text: '' },
  },
  {
    name: 'statusCode without semicolons',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("const reason = 'no token'\nres.statusCode = 401\nres.end(reason)"),
    output: route("const reason = 'no token'\nres.setHeader('WWW-Authenticate', 'Bearer');\nres.statusCode = 401\nres.end(reason)"),
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'no token' },
  },
  {
    name: 'statusCode in switch case',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("switch (req.query.mode) {\n  case 'deny':\n    res.statusCode = 401;\n    break;\n}\nres.end();"),
    output: route(
      "switch (req.query.mode) {\n  case 'deny':\n    res.setHeader('WWW-Authenticate', 'Bearer');\n    res.statusCode = 401;\n    break;\n}\nres.end();",
    ),
    request: { path: '/x?mode=deny' },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
    otherPaths: [{ request: { path: '/x?mode=open' }, expected: { status: 200, wwwAuthenticate: null } }],
  },
  {
    name: 'writeHead without headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('res.writeHead(401);\nres.end();'),
    output: route("res.writeHead(401, { 'WWW-Authenticate': 'Bearer' });\nres.end();"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: null },
  },
  {
    name: 'writeHead with headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("res.writeHead(401, { 'Content-Type': 'text/plain' });\nres.end('nope');"),
    output: route("res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' });\nres.end('nope');"),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/plain', text: 'nope' },
  },
  {
    name: 'writeHead with reason phrase',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("res.writeHead(401, 'Nope').end();"),
    output: route("res.writeHead(401, 'Nope', { 'WWW-Authenticate': 'Bearer' }).end();"),
    after: { status: 401, statusText: 'Nope', wwwAuthenticate: 'Bearer' },
  },
  {
    name: 'next with createError',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('next(createError(401));', { preamble: HTTP_ERRORS, params: 'req, res, next' }),
    output: route("next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));", {
      preamble: HTTP_ERRORS,
      params: 'req, res, next',
    }),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html' },
  },
  {
    name: 'createError with message',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("next(createError(401, 'bad token'));", { preamble: HTTP_ERRORS, params: 'req, res, next' }),
    output: route("next(createError(401, 'bad token', { headers: { 'WWW-Authenticate': 'Bearer' } }));", {
      preamble: HTTP_ERRORS,
      params: 'req, res, next',
    }),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html' },
  },
  {
    name: 'createError with props',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("next(createError(401, 'bad token', { expose: true }));", { preamble: HTTP_ERRORS, params: 'req, res, next' }),
    output: route("next(createError(401, 'bad token', { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } }));", {
      preamble: HTTP_ERRORS,
      params: 'req, res, next',
    }),
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html' },
  },
  {
    name: 'createError with other headers',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("next(createError(401, { headers: { 'X-Trace': '1' } }));", { preamble: HTTP_ERRORS, params: 'req, res, next' }),
    output: route("next(createError(401, { headers: { 'X-Trace': '1', 'WWW-Authenticate': 'Bearer' } }));", {
      preamble: HTTP_ERRORS,
      params: 'req, res, next',
    }),
    after: { status: 401, wwwAuthenticate: 'Bearer', headers: { 'x-trace': '1' } },
  },
  {
    name: 'sync throw createError',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("throw createError(401, 'bad token');", { preamble: HTTP_ERRORS }),
    output: route("throw createError(401, 'bad token', { headers: { 'WWW-Authenticate': 'Bearer' } });", { preamble: HTTP_ERRORS }),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html' },
  },
  {
    name: 'Basic credentials path',
    rule: 'require-www-authenticate',
    suggestion: 'addChallenge',
    autofix: false,
    code: route("const header = req.get('authorization');\nif (!header || !header.startsWith('Basic ')) return res.status(401).end();\nres.end('ok');"),
    output: route(
      "const header = req.get('authorization');\nif (!header || !header.startsWith('Basic ')) return res.set('WWW-Authenticate', 'Basic realm=\"Restricted\"').status(401).end();\nres.end('ok');",
    ),
    after: { status: 401, wwwAuthenticate: 'Basic realm="Restricted"' },
    otherPaths: [{ request: { headers: { authorization: 'Basic YTpi' } }, expected: { status: 200, wwwAuthenticate: null } }],
  },
];

/** Express 4 never sends a response when an async handler throws, so these run on Express 5 only. */
const EXPRESS_5_CHALLENGE_CASES: FixCase[] = [
  {
    name: 'async throw createError',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('throw createError(401);', { preamble: HTTP_ERRORS, async: true }),
    output: route("throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } });", { preamble: HTTP_ERRORS, async: true }),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html' },
  },
];

const STATUS_SUGGESTION_CASES: FixCase[] = [
  {
    name: '403 chain without token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route(`if (!req.get('authorization')) {\n  return res.status(403).json(${PROBLEM_403});\n}\nres.json({ ok: true });`),
    output: route(
      `if (!req.get('authorization')) {\n  return res.set('WWW-Authenticate', 'Bearer').status(401).json(${PROBLEM_401});\n}\nres.json({ ok: true });`,
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: {
      status: 401,
      wwwAuthenticate: 'Bearer',
      mediaType: 'application/json',
      json: { type: 'about:blank', title: 'Unauthorized', status: 401 },
    },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, json: { ok: true } } }],
  },
  {
    name: '403 statusCode without token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route("if (!req.headers.authorization) {\n  res.statusCode = 403;\n  return res.end();\n}\nres.end('ok');"),
    output: route(
      "if (!req.headers.authorization) {\n  res.setHeader('WWW-Authenticate', 'Bearer');\n  res.statusCode = 401;\n  return res.end();\n}\nres.end('ok');",
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, text: 'ok' } }],
  },
  {
    name: '403 createError without token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route("if (!req.get('authorization')) return next(createError(403));\nres.end('ok');", {
      preamble: HTTP_ERRORS,
      params: 'req, res, next',
    }),
    output: route(
      "if (!req.get('authorization')) return next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));\nres.end('ok');",
      { preamble: HTTP_ERRORS, params: 'req, res, next' },
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'text/html' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null } }],
  },
  {
    name: '401 chain for non-admin',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: `${NON_ADMIN_MIDDLEWARE}  app.get('/x', (req, res) => {
    if (!req.user.isAdmin) {
      return res.status(401).json(${PROBLEM_401});
    }
    res.json({ ok: true });
  });
};
`,
    output: `${NON_ADMIN_MIDDLEWARE}  app.get('/x', (req, res) => {
    if (!req.user.isAdmin) {
      return res.status(403).json(${PROBLEM_403});
    }
    res.json({ ok: true });
  });
};
`,
    before: { status: 401 },
    after: {
      status: 403,
      wwwAuthenticate: null,
      mediaType: 'application/json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403 },
    },
  },
  {
    name: '401 createError for non-admin',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: `${HTTP_ERRORS}${NON_ADMIN_MIDDLEWARE}  app.get('/x', (req, res, next) => {
    if (!req.user.isAdmin) return next(createError(401, 'admin only'));
    res.end('ok');
  });
};
`,
    output: `${HTTP_ERRORS}${NON_ADMIN_MIDDLEWARE}  app.get('/x', (req, res, next) => {
    if (!req.user.isAdmin) return next(createError(403, 'admin only'));
    res.end('ok');
  });
};
`,
    before: { status: 401 },
    after: { status: 403, wwwAuthenticate: null, mediaType: 'text/html' },
  },
  {
    name: '401 error class for non-admin',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: `${HTTP_ERRORS}${NON_ADMIN_MIDDLEWARE}  app.get('/x', (req, res, next) => {
    if (!req.user.isAdmin) return next(new createError.Unauthorized('admin only'));
    res.end('ok');
  });
};
`,
    output: `${HTTP_ERRORS}${NON_ADMIN_MIDDLEWARE}  app.get('/x', (req, res, next) => {
    if (!req.user.isAdmin) return next(new createError.Forbidden('admin only'));
    res.end('ok');
  });
};
`,
    before: { status: 401 },
    after: { status: 403, wwwAuthenticate: null, mediaType: 'text/html' },
  },
];

const PROBLEM_JSON_CASES: FixCase[] = [
  {
    name: 'content type before json',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`res.status(403).json(${PROBLEM_403});`),
    output: route(`res.status(403).type('application/problem+json').json(${PROBLEM_403});`),
    before: { status: 403, mediaType: 'application/json' },
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403 },
    },
  },
  {
    name: 'content type as autofix',
    rule: 'require-problem-details',
    options: [{ contentTypeFix: 'autofix' }],
    autofix: true,
    code: route(`res.status(403).json(${PROBLEM_403});`),
    output: route(`res.status(403).type('application/problem+json').json(${PROBLEM_403});`),
    before: { status: 403, mediaType: 'application/json' },
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403 },
    },
  },
  {
    name: 'content type before send object',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`res.status(403).send(${PROBLEM_403});`),
    output: route(`res.status(403).type('application/problem+json').send(${PROBLEM_403});`),
    before: { status: 403, mediaType: 'application/json' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'content type before send string',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`res.status(403).send(JSON.stringify(${PROBLEM_403}));`),
    output: route(`res.status(403).type('application/problem+json').send(JSON.stringify(${PROBLEM_403}));`),
    before: { status: 403, mediaType: 'text/html' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'content type before end',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`res.status(403).end(JSON.stringify(${PROBLEM_403}));`),
    output: route(`res.status(403).type('application/problem+json').end(JSON.stringify(${PROBLEM_403}));`),
    before: { status: 403, mediaType: null },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'explicit JSON content type',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`res.set('Content-Type', 'application/json').status(403).send(JSON.stringify(${PROBLEM_403}));`),
    output: route(`res.set('Content-Type', 'application/problem+json').status(403).send(JSON.stringify(${PROBLEM_403}));`),
    before: { status: 403, mediaType: 'application/json' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'content type, status statement',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`res.statusCode = 403;\nres.json(${PROBLEM_403});`),
    output: route(`res.setHeader('Content-Type', 'application/problem+json');\nres.statusCode = 403;\nres.json(${PROBLEM_403});`),
    before: { status: 403, mediaType: 'application/json' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'content type, split chain',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`res.status(403);\nres.json(${PROBLEM_403});`),
    output: route(`res.status(403);\nres.type('application/problem+json').json(${PROBLEM_403});`),
    before: { status: 403, mediaType: 'application/json' },
    after: { status: 403, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Forbidden', status: 403 } },
  },
  {
    name: 'rewrite error body',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: route("res.status(403).json({ error: 'x' });"),
    output: route("res.status(403).type('application/problem+json').json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'x' });"),
    before: { status: 403, mediaType: 'application/json', json: { error: 'x' } },
    after: {
      status: 403,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'x' },
    },
  },
  {
    name: 'rewrite keeps other members',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: route("res.status(404).json({ error: 'not found', statusCode: 404, code: 'E_GONE' });"),
    output: route(
      "res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found', code: 'E_GONE' });",
    ),
    after: {
      status: 404,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found', code: 'E_GONE' },
    },
  },
  {
    name: 'rewrite message body in send',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: route("res.status(422).send({ message: 'bad input' });"),
    output: route(
      "res.status(422).type('application/problem+json').send({ type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'bad input' });",
    ),
    after: {
      status: 422,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'bad input' },
    },
  },
];

/**
 * The suggestions of no-ineffective-status, with what the original sends on
 * each major. Express 4 reads the legacy forms. Express 5 responds with 200 and
 * the number as the body, or with 500 for a status string.
 */
function ineffectiveStatusCases(packageName: string): FixCase[] {
  const express5 = packageName === 'express';
  // The rule reads these forms only in files that import Express, because restify's res.send(401, body) does send 401.
  const preamble = "require('express');\n";
  return [
    {
      name: 'send with a status alone',
      rule: 'no-ineffective-status',
      suggestion: 'setStatus',
      autofix: false,
      code: route('res.send(401);', { preamble }),
      output: route('res.sendStatus(401);', { preamble }),
      before: express5 ? { status: 200, text: '401' } : { status: 401, text: 'Unauthorized' },
      after: { status: 401, mediaType: 'text/plain', text: 'Unauthorized' },
    },
    {
      name: 'json with the status first',
      rule: 'no-ineffective-status',
      suggestion: 'setStatus',
      autofix: false,
      code: route("res.json(403, { error: 'admins only' });", { preamble }),
      output: route("res.status(403).json({ error: 'admins only' });", { preamble }),
      before: express5 ? { status: 200, text: '403' } : { status: 403, json: { error: 'admins only' } },
      after: { status: 403, mediaType: 'application/json', json: { error: 'admins only' } },
    },
    {
      name: 'json with the status second',
      rule: 'no-ineffective-status',
      suggestion: 'setStatus',
      autofix: false,
      code: route("res.json({ error: 'items are required' }, 400);", { preamble }),
      output: route("res.status(400).json({ error: 'items are required' });", { preamble }),
      before: express5 ? { status: 200, json: { error: 'items are required' } } : { status: 400, json: { error: 'items are required' } },
      after: { status: 400, mediaType: 'application/json', json: { error: 'items are required' } },
    },
    {
      name: 'status as a string',
      rule: 'no-ineffective-status',
      suggestion: 'writeNumber',
      autofix: false,
      code: route("res.status('404').end();", { preamble }),
      output: route('res.status(404).end();', { preamble }),
      before: { status: express5 ? 500 : 404 },
      after: { status: 404, text: '' },
    },
  ];
}

for (const express of EXPRESS_PACKAGES) {
  describe(`express ${express.version}`, () => {
    const send = (code: string, request: { path?: string; headers?: Record<string, string> }) =>
      requestExpress(express.name, code, request);

    describe('require-www-authenticate', () => {
      defineFixCases(CHALLENGE_CASES, send);
      if (express.name === 'express') {
        defineFixCases(EXPRESS_5_CHALLENGE_CASES, send);
      }
    });

    describe('status suggestions', () => {
      defineFixCases(STATUS_SUGGESTION_CASES, send);
    });

    describe('no-ineffective-status', () => {
      defineFixCases(ineffectiveStatusCases(express.name), send);
    });

    describe('require-problem-details', () => {
      defineFixCases(PROBLEM_JSON_CASES, send);
    });

    describe('two rules fixed together', () => {
      const code = route(`res.status(401).json(${PROBLEM_401});`);
      const rules = { 'require-www-authenticate': [], 'require-problem-details': [{ contentTypeFix: 'autofix' }] };

      it('inserts header and type', () => {
        expect(applyAutofixes(rules, code)).toBe(
          route(`res.set('WWW-Authenticate', 'Bearer').status(401).type('application/problem+json').json(${PROBLEM_401});`),
        );
      });

      it('sends challenge and problem type', async () => {
        const wire = await send(applyAutofixes(rules, code), {});
        expectWire(wire, {
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
      const code = route(
        `res.type('application/json');\nif (!req.query.id) return res.status(400).json({ type: 'about:blank', title: 'Bad Request', status: 400 });\nres.json({ id: req.query.id });`,
      );

      it('keeps the 200 as JSON', async () => {
        const fixed = applyFixIfOffered({ rule: 'require-problem-details', suggestion: 'setProblemContentType', code });
        expectWire(await send(fixed, { path: '/x?id=7' }), { status: 200, mediaType: 'application/json', json: { id: '7' } });
      });

      it('keeps the 200 as JSON, autofix', async () => {
        const fixed = applyFixIfOffered({ rule: 'require-problem-details', options: [{ contentTypeFix: 'autofix' }], code });
        expectWire(await send(fixed, { path: '/x?id=7' }), { status: 200, mediaType: 'application/json', json: { id: '7' } });
      });
    });

    describe('http-errors class from destructuring', () => {
      // The error classes take only a message, so a props argument added to them is ignored.
      const code = route("next(new Unauthorized('bad token'));", {
        preamble: "const { Unauthorized } = require('http-errors');\n",
        params: 'req, res, next',
      });

      it('fixed code sends the challenge', async () => {
        const fixed = applyFixIfOffered({ rule: 'require-www-authenticate', code });
        expectWire(await send(fixed, {}), { status: 401, wwwAuthenticate: 'Bearer' });
      });
    });

    describe('error handler drops error headers', () => {
      // The props headers are real, but this error handler never copies them, so the rule reports the drop.
      const code = `${HTTP_ERRORS}module.exports = (app) => {
  app.get('/x', (req, res, next) => {
    next(createError(401, 'Sign in first', { headers: { 'WWW-Authenticate': 'Bearer' } }));
  });
  app.use((err, req, res, next) => {
    res.status(err.status || 500).json({ title: err.message });
  });
};
`;

      it('sends the 401 without the challenge', async () => {
        expectWire(await send(code, {}), { status: 401, wwwAuthenticate: null });
      });

      it('is reported as dropped', () => {
        expect(relint({ 'require-www-authenticate': [] }, code).reports).toEqual(['4:10 api-errors/require-www-authenticate droppedChallenge']);
      });
    });

    describe('status then redirect', () => {
      // `res.redirect(url)` sets 302 itself, so the 401 never reaches the client.
      const code = route("res.status(401).redirect('/login');");

      it('original sends the redirect', async () => {
        expectWire(await send(code, {}), { status: 302, wwwAuthenticate: null });
      });

      it('is not a 401 site', () => {
        expect(relint({ 'require-www-authenticate': [] }, code).reports).toEqual([]);
      });
    });
  });
}

describe('fixes not offered', () => {
  it('statusCode in braceless if', () => {
    const code = route("if (!req.get('authorization')) res.statusCode = 401;\nres.end();");
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('statusCode in braceless else', () => {
    const code = route("if (req.get('authorization')) res.statusCode = 200;\nelse res.statusCode = 401;\nres.end();");
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });

  it('error class in a braceless if', () => {
    // The class takes no props, and the header statement would need braces around the branch.
    const code = route('if (!req.user) return next(new createError.Unauthorized());', { preamble: HTTP_ERRORS, params: 'req, res, next' });
    expect(offeredFixes('require-www-authenticate', code)).toEqual({ hasAutofix: false, suggestions: [] });
  });
});

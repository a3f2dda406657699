import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { describe } from 'vitest';

import {
  defineFixCases,
  indent,
  loadModule,
  PROBLEM_401,
  PROBLEM_401_JSON,
  PROBLEM_403,
  requestListener,
  WITH_TOKEN,
} from './harness';
import type { FixCase, Wire, WireRequest } from './harness';

type ApiHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Next.js's own runner of a pages API route: it adds `res.status()`, `res.json()` and `res.send()` before calling the handler. */
type ApiResolver = (
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string>,
  resolverModule: { default: ApiHandler },
  apiContext: Record<string, unknown>,
  propagateError: boolean,
  dev: boolean,
  page: string,
) => Promise<void>;

const repositoryRequire = createRequire(join(__dirname, '..', '..', 'package.json'));
// NOTE: api-resolver is an internal module of Next.js (16.5 here), so a Next.js upgrade may move it or change its parameters.
const { apiResolver } = repositoryRequire('next/dist/server/api-utils/node/api-resolver') as { apiResolver: ApiResolver };
const NEXT_VERSION = (repositoryRequire('next/package.json') as { version: string }).version;

/** Preview settings, which the resolver reads only when a handler reads preview data, and these handlers do not. */
const API_CONTEXT = { previewModeId: '', previewModeEncryptionKey: '', previewModeSigningKey: '', multiZoneDraftMode: false };

/** Next.js recognises a pages API route by its place under `pages/api/`, and so does the plugin. */
const FILENAME = 'pages/api/x.js';

/** Builds a pages API route module, `module.exports = function handler(req, res) { ... }`, with `body` as the handler's body. */
function handler(body: string): string {
  const indented = indent(body, 2);
  return `module.exports = function handler(req, res) {\n${indented}\n};\n`;
}

/** Runs the module's handler through Next.js's API resolver on 127.0.0.1 and sends one request. */
async function requestPagesApi(code: string, request: WireRequest): Promise<Wire> {
  const route = loadModule(code);
  if (typeof route !== 'function') {
    throw new Error('The pages API module must export the handler function');
  }
  return requestListener((req, res) => {
    void apiResolver(req, res, {}, { default: route as ApiHandler }, API_CONTEXT, false, false, '/api/x');
  }, request);
}

const CASES: FixCase[] = [
  {
    name: 'status then json',
    rule: 'require-www-authenticate',
    filename: FILENAME,
    autofix: true,
    code: handler(`if (!req.headers.authorization) {\n  return res.status(401).json(${PROBLEM_401});\n}\nres.status(200).json({ ok: true });`),
    output: handler(
      `if (!req.headers.authorization) {\n  return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json(${PROBLEM_401});\n}\nres.status(200).json({ ok: true });`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: PROBLEM_401_JSON },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, json: { ok: true } } }],
  },
  {
    name: 'status then send text',
    rule: 'require-www-authenticate',
    filename: FILENAME,
    autofix: true,
    code: handler("if (!req.headers.authorization) {\n  res.status(401).send('Sign in first');\n  return;\n}\nres.send('ok');"),
    output: handler("if (!req.headers.authorization) {\n  res.setHeader('WWW-Authenticate', 'Bearer').status(401).send('Sign in first');\n  return;\n}\nres.send('ok');"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: 'Sign in first' },
  },
  {
    name: 'status then end',
    rule: 'require-www-authenticate',
    filename: FILENAME,
    autofix: true,
    code: handler("if (!req.headers.authorization) {\n  return res.status(401).end();\n}\nres.send('ok');"),
    output: handler("if (!req.headers.authorization) {\n  return res.setHeader('WWW-Authenticate', 'Bearer').status(401).end();\n}\nres.send('ok');"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: '' },
  },
  {
    name: 'statusCode assignment',
    rule: 'require-www-authenticate',
    filename: FILENAME,
    autofix: true,
    code: handler("if (!req.headers.authorization) {\n  res.statusCode = 401;\n  res.end();\n  return;\n}\nres.send('ok');"),
    output: handler("if (!req.headers.authorization) {\n  res.setHeader('WWW-Authenticate', 'Bearer');\n  res.statusCode = 401;\n  res.end();\n  return;\n}\nres.send('ok');"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
  {
    name: '403 for a missing token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    filename: FILENAME,
    autofix: false,
    code: handler(`if (!req.headers.authorization) {\n  return res.status(403).json(${PROBLEM_403});\n}\nres.status(200).json({ ok: true });`),
    output: handler(
      `if (!req.headers.authorization) {\n  return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json(${PROBLEM_401});\n}\nres.status(200).json({ ok: true });`,
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: PROBLEM_401_JSON },
  },
  {
    name: 'send with a status alone',
    rule: 'no-ineffective-status',
    suggestion: 'setStatus',
    filename: FILENAME,
    autofix: false,
    code: handler("if (!req.headers.authorization) {\n  return res.send(401);\n}\nres.send('ok');"),
    output: handler("if (!req.headers.authorization) {\n  return res.status(401).end();\n}\nres.send('ok');"),
    before: { status: 200, text: '401' },
    after: { status: 401, text: '' },
  },
  {
    name: 'json with the status first',
    rule: 'no-ineffective-status',
    suggestion: 'setStatus',
    filename: FILENAME,
    autofix: false,
    code: handler("return res.json(405, { error: 'GET only' });"),
    output: handler("return res.status(405).json({ error: 'GET only' });"),
    before: { status: 200, text: '405' },
    after: { status: 405, mediaType: 'application/json', json: { error: 'GET only' } },
  },
];

describe(`Next.js ${NEXT_VERSION} pages API routes`, () => {
  defineFixCases(CASES, requestPagesApi);
});

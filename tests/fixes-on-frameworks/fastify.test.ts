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
  wireOfInjected,
  WITH_TOKEN,
} from './harness';
import type { FixCase, InjectedResponse, Wire, WireRequest } from './harness';

interface FastifyInstance {
  ready(): Promise<unknown>;
  inject(options: unknown): Promise<InjectedResponse>;
  close(): Promise<unknown>;
}

const repositoryRequire = createRequire(join(__dirname, '..', '..', 'package.json'));
const Fastify = repositoryRequire('fastify') as (options: { logger: boolean }) => FastifyInstance;
const FASTIFY_VERSION = (repositoryRequire('fastify/package.json') as { version: string }).version;
const SENSIBLE_VERSION = (repositoryRequire('@fastify/sensible/package.json') as { version: string }).version;

/**
 * Builds a Fastify plugin module, `module.exports = async (fastify) => { ... }`,
 * whose body (written without indentation) registers the routes and hooks.
 */
function plugin(body: string): string {
  return `module.exports = async (fastify) => {\n${indent(body, 2)}\n};\n`;
}

/** A plugin module with one route, GET /x, whose handler body is `body`. */
function route(body: string, { handler = 'async (request, reply)', preamble = '' } = {}): string {
  return plugin(`${preamble}fastify.get('/x', ${handler} => {\n${indent(body, 2)}\n});`);
}

/** Registers the module on a fresh Fastify instance and injects one GET request, in-process. */
async function requestFastify(code: string, request: WireRequest): Promise<Wire> {
  const register = loadModule(code);
  if (typeof register !== 'function') {
    throw new Error('The Fastify module must export a plugin function that takes the instance');
  }
  const fastify = Fastify({ logger: false });
  await (register as (instance: FastifyInstance) => Promise<void>)(fastify);
  await fastify.ready();
  try {
    return wireOfInjected(await fastify.inject({ method: 'GET', url: request.path ?? '/x', headers: request.headers }));
  } finally {
    await fastify.close();
  }
}

const SENSIBLE = "await fastify.register(require('@fastify/sensible'));\n";

const CASES: FixCase[] = [
  {
    name: 'code then send',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route(`if (!request.headers.authorization) {\n  return reply.code(401).send(${PROBLEM_401});\n}\nreturn { ok: true };`),
    output: route(
      `if (!request.headers.authorization) {\n  return reply.header('WWW-Authenticate', 'Bearer').code(401).send(${PROBLEM_401});\n}\nreturn { ok: true };`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: PROBLEM_401_JSON },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, json: { ok: true } } }],
  },
  {
    name: 'code then returned body',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route(`if (!request.headers.authorization) {\n  reply.code(401);\n  return ${PROBLEM_401};\n}\nreturn { ok: true };`),
    output: route(
      `if (!request.headers.authorization) {\n  reply.header('WWW-Authenticate', 'Bearer').code(401);\n  return ${PROBLEM_401};\n}\nreturn { ok: true };`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: PROBLEM_401_JSON },
  },
  {
    name: 'status then send in a synchronous handler',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!request.headers.authorization) {\n  reply.status(401).send();\n  return;\n}\nreply.send('ok');", {
      handler: '(request, reply)',
    }),
    output: route("if (!request.headers.authorization) {\n  reply.header('WWW-Authenticate', 'Bearer').status(401).send();\n  return;\n}\nreply.send('ok');", {
      handler: '(request, reply)',
    }),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', text: '' },
  },
  {
    name: 'statusCode assignment then returned body',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route(`if (!request.headers.authorization) {\n  reply.statusCode = 401;\n  return ${PROBLEM_401};\n}\nreturn { ok: true };`),
    output: route(
      `if (!request.headers.authorization) {\n  reply.header('WWW-Authenticate', 'Bearer');\n  reply.statusCode = 401;\n  return ${PROBLEM_401};\n}\nreturn { ok: true };`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: PROBLEM_401_JSON },
  },
  {
    name: 'error handler',
    rule: 'require-www-authenticate',
    autofix: true,
    code: plugin(
      `fastify.setErrorHandler((error, request, reply) => {\n  reply.code(401).send(${PROBLEM_401});\n});\nfastify.get('/x', async () => {\n  throw new Error('no session');\n});`,
    ),
    output: plugin(
      `fastify.setErrorHandler((error, request, reply) => {\n  reply.header('WWW-Authenticate', 'Bearer').code(401).send(${PROBLEM_401});\n});\nfastify.get('/x', async () => {\n  throw new Error('no session');\n});`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: PROBLEM_401_JSON },
  },
  {
    name: 'onRequest hook',
    rule: 'require-www-authenticate',
    autofix: true,
    code: plugin(
      "fastify.addHook('onRequest', async (request, reply) => {\n  if (!request.headers.authorization) {\n    return reply.code(401).send();\n  }\n});\nfastify.get('/x', async () => ({ ok: true }));",
    ),
    output: plugin(
      "fastify.addHook('onRequest', async (request, reply) => {\n  if (!request.headers.authorization) {\n    return reply.header('WWW-Authenticate', 'Bearer').code(401).send();\n  }\n});\nfastify.get('/x', async () => ({ ok: true }));",
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, json: { ok: true } } }],
  },
  {
    name: 'route option handler',
    rule: 'require-www-authenticate',
    autofix: true,
    code: plugin(
      "fastify.route({\n  method: 'GET',\n  url: '/x',\n  handler: async (request, reply) => {\n    if (!request.headers.authorization) return reply.code(401).send();\n    return { ok: true };\n  },\n});",
    ),
    output: plugin(
      "fastify.route({\n  method: 'GET',\n  url: '/x',\n  handler: async (request, reply) => {\n    if (!request.headers.authorization) return reply.header('WWW-Authenticate', 'Bearer').code(401).send();\n    return { ok: true };\n  },\n});",
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
  {
    name: 'sensible unauthorized',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route("if (!request.headers.authorization) return reply.unauthorized('login required');\nreturn { ok: true };", { preamble: SENSIBLE }),
    output: route("if (!request.headers.authorization) return reply.header('WWW-Authenticate', 'Bearer').unauthorized('login required');\nreturn { ok: true };", {
      preamble: SENSIBLE,
    }),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json' },
  },
  {
    name: 'helper that takes the reply',
    rule: 'require-www-authenticate',
    autofix: true,
    code: plugin(
      `function deny(reply) {\n  return reply.code(401).send(${PROBLEM_401});\n}\nfastify.get('/x', async (request, reply) => {\n  if (!request.headers.authorization) return deny(reply);\n  return { ok: true };\n});`,
    ),
    output: plugin(
      `function deny(reply) {\n  return reply.header('WWW-Authenticate', 'Bearer').code(401).send(${PROBLEM_401});\n}\nfastify.get('/x', async (request, reply) => {\n  if (!request.headers.authorization) return deny(reply);\n  return { ok: true };\n});`,
    ),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: PROBLEM_401_JSON },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, json: { ok: true } } }],
  },
  {
    name: '403 for a missing token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: route(`if (!request.headers.authorization) {\n  return reply.code(403).send(${PROBLEM_403});\n}\nreturn { ok: true };`),
    output: route(
      `if (!request.headers.authorization) {\n  return reply.header('WWW-Authenticate', 'Bearer').code(401).send(${PROBLEM_401});\n}\nreturn { ok: true };`,
    ),
    before: { status: 403, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: PROBLEM_401_JSON },
  },
];

describe(`Fastify ${FASTIFY_VERSION} with @fastify/sensible ${SENSIBLE_VERSION}`, () => {
  defineFixCases(CASES, requestFastify);
});

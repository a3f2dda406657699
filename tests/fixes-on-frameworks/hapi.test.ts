import { describe } from 'vitest';

import { defineFixCases, indent, loadModule, PROBLEM_401, wireOfInjected } from './harness';
import type { FixCase, InjectedResponse, Wire, WireRequest } from './harness';

interface HapiServer {
  route(options: unknown): void;
  initialize(): Promise<void>;
  inject(options: unknown): Promise<InjectedResponse>;
  stop(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- hapi is CommonJS and loaded the way the handlers load it
const Hapi = require('@hapi/hapi') as { server(options: unknown): HapiServer };

/** Builds a module that registers one GET /x route whose handler body is `body`. */
function route(body: string): string {
  const indented = indent(body, 6);
  return `const Hapi = require('@hapi/hapi');
const Boom = require('@hapi/boom');

module.exports = (server) => {
  server.route({
    method: 'GET',
    path: '/x',
    handler: (request, h) => {
${indented}
    },
  });
};
`;
}

/** Mounts the module on a hapi server and sends one request with `server.inject`, in-process. */
async function requestHapi(code: string, request: WireRequest): Promise<Wire> {
  const mount = loadModule(code);
  if (typeof mount !== 'function') {
    throw new Error('The hapi module must export a function that takes the server');
  }
  const server = Hapi.server({ host: '127.0.0.1', port: 0 });
  mount(server);
  await server.initialize();
  try {
    return wireOfInjected(await server.inject({ method: 'GET', url: request.path ?? '/x', headers: request.headers }));
  } finally {
    await server.stop();
  }
}

const CASES: FixCase[] = [
  {
    name: 'Boom.unauthorized without arguments',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('if (!request.headers.authorization) {\n  throw Boom.unauthorized();\n}\nreturn { ok: true };'),
    output: route("if (!request.headers.authorization) {\n  throw Boom.unauthorized(null, 'Bearer');\n}\nreturn { ok: true };"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json' },
    otherPaths: [{ request: { headers: { authorization: 'Bearer abc' } }, expected: { status: 200, wwwAuthenticate: null } }],
  },
  {
    name: 'Boom.unauthorized with null message',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route('return Boom.unauthorized(null);'),
    output: route("return Boom.unauthorized(null, 'Bearer');"),
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer' },
  },
  {
    name: 'toolkit response with code 401',
    rule: 'require-www-authenticate',
    autofix: true,
    code: route(`return h.response(${PROBLEM_401}).code(401);`),
    output: route(`return h.response(${PROBLEM_401}).code(401).header('WWW-Authenticate', 'Bearer');`),
    before: { status: 401, wwwAuthenticate: null, mediaType: 'application/json' },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json' },
  },
  {
    name: 'toolkit problem body as JSON',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: route(`return h.response(${PROBLEM_401}).code(401).header('WWW-Authenticate', 'Bearer');`),
    output: route(`return h.response(${PROBLEM_401}).code(401).header('WWW-Authenticate', 'Bearer').type('application/problem+json');`),
    before: { status: 401, mediaType: 'application/json' },
    after: { status: 401, mediaType: 'application/problem+json', json: { type: 'about:blank', title: 'Unauthorized', status: 401 } },
  },
];

describe('hapi 21 with Boom 10', () => {
  defineFixCases(CASES, requestHapi);
});

import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Runs the hapi idioms against each core rule: `h.response(body).code(n)`
 * with `.header()` and `.type()`, and thrown @hapi/boom errors, whose
 * `Boom.unauthorized(message, scheme)` sets the challenge. An http-errors
 * error thrown in a hapi handler reaches the client as a 500, so it is not a
 * site for these rules.
 */

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('no-403-for-unauthenticated on hapi (JavaScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: 'Boom forbidden after scope check',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'DELETE',
  path: '/users/{id}',
  handler: (request) => {
    if (!request.auth.credentials.scope.includes('admin')) throw Boom.forbidden('admin only');
    return { deleted: request.params.id };
  },
});
`,
    },
    {
      name: 'http-errors createError is not a site',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });
import createError from 'http-errors';

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw createError(403);
    return 'ok';
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'Boom forbidden after missing token',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    const token = request.headers.authorization;
    if (!token) throw Boom.forbidden('missing token');
    return 'ok';
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'response code 403 after missing token',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request, h) => {
    if (!request.headers.authorization) {
      return h.response({ type: 'about:blank', title: 'Forbidden', status: 403 }).code(403);
    }
    return 'ok';
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 11,
          column: 88,
          endLine: 11,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request, h) => {
    if (!request.headers.authorization) {
      return h.response({ type: 'about:blank', title: 'Unauthorized', status: 401 }).code(401).header('WWW-Authenticate', 'Bearer');
    }
    return 'ok';
  },
});
`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('no-403-for-unauthenticated on hapi (TypeScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: 'typed response 403 after scope check',
      code: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'DELETE',
  path: '/users/{id}',
  handler: (request: Request, h: ResponseToolkit) => {
    const scope = request.auth.credentials.scope as string[];
    if (!scope.includes('admin')) return h.response().code(403);
    return h.response().code(204);
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'typed Boom forbidden after missing token',
      code: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request: Request) => {
    if (!request.headers.authorization) {
      throw Boom.forbidden();
    }
    return 'ok';
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request: Request) => {
    if (!request.headers.authorization) {
      throw Boom.unauthorized(null, 'Bearer');
    }
    return 'ok';
  },
});
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('no-401-for-forbidden on hapi (JavaScript)', no401ForForbidden, {
  valid: [
    {
      name: 'Boom unauthorized for missing token',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw Boom.unauthorized(null, 'Bearer');
    return 'ok';
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'Boom unauthorized after scope check',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'DELETE',
  path: '/users/{id}',
  handler: (request) => {
    if (!request.auth.credentials.scope.includes('admin')) throw Boom.unauthorized('admin only');
    return { deleted: request.params.id };
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 10,
          column: 66,
          endLine: 10,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'DELETE',
  path: '/users/{id}',
  handler: (request) => {
    if (!request.auth.credentials.scope.includes('admin')) throw Boom.forbidden('admin only');
    return { deleted: request.params.id };
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'response 401 after role check',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'DELETE',
  path: '/users/{id}',
  handler: (request, h) => {
    if (request.auth.credentials.role !== 'admin') {
      return h.response().code(401).header('WWW-Authenticate', 'Bearer');
    }
    return h.response().code(204);
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 11,
          column: 32,
          endLine: 11,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'DELETE',
  path: '/users/{id}',
  handler: (request, h) => {
    if (request.auth.credentials.role !== 'admin') {
      return h.response().code(403).header('WWW-Authenticate', 'Bearer');
    }
    return h.response().code(204);
  },
});
`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('no-401-for-forbidden on hapi (TypeScript)', no401ForForbidden, {
  valid: [
  ],
  invalid: [
    {
      name: 'typed Boom unauthorized after ownership check',
      code: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'PUT',
  path: '/posts/{id}',
  handler: async (request: Request) => {
    const post = await loadPost(request.params.id);
    if (post.authorId !== request.auth.credentials.user.id) throw Boom.unauthorized();
    return post;
  },
});

declare function loadPost(id: string): Promise<{ authorId: string }>;
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 11,
          column: 67,
          endLine: 11,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'PUT',
  path: '/posts/{id}',
  handler: async (request: Request) => {
    const post = await loadPost(request.params.id);
    if (post.authorId !== request.auth.credentials.user.id) throw Boom.forbidden();
    return post;
  },
});

declare function loadPost(id: string): Promise<{ authorId: string }>;
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('require-www-authenticate on hapi (JavaScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'onPreResponse copies the headers',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (!response.isBoom) return h.continue;
  const status = response.output.statusCode;
  const reply = h.response({ type: 'about:blank', title: response.output.payload.error, status }).code(status).type('application/problem+json');
  for (const [name, value] of Object.entries(response.output.headers)) reply.header(name, value);
  return reply;
});

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw Boom.unauthorized(null, 'Bearer');
    return { id: 1 };
  },
});
`,
    },
    {
      name: 'response with header',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request, h) => {
    if (!request.headers.authorization) {
      return h.response().code(401).header('WWW-Authenticate', 'Bearer');
    }
    return 'ok';
  },
});
`,
    },
    {
      name: 'Boom unauthorized with null message and scheme',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw Boom.unauthorized(null, 'Bearer');
    return 'ok';
  },
});
`,
    },
    {
      name: 'Boom unauthorized with message and scheme',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw Boom.unauthorized('missing token', 'Bearer');
    return 'ok';
  },
});
`,
    },
    {
      name: 'http-errors createError is not a site',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });
import createError from 'http-errors';

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw createError(401);
    return 'ok';
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'onPreResponse drops the challenge',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (!response.isBoom) return h.continue;
  const status = response.output.statusCode;
  return h.response({ type: 'about:blank', title: response.output.payload.error, status }).code(status).type('application/problem+json');
});

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw Boom.unauthorized(null, 'Bearer');
    return { id: 1 };
  },
});
`,
      output: null,
      errors: [{ messageId: 'droppedChallenge', line: 17, column: 47, suggestions: [] }],
    },
    {
      name: 'response code 401 without challenge',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request, h) => {
    if (!request.headers.authorization) {
      return h.response({ type: 'about:blank', title: 'Unauthorized', status: 401 }).code(401);
    }
    return request.auth.credentials;
  },
});
`,
      output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request, h) => {
    if (!request.headers.authorization) {
      return h.response({ type: 'about:blank', title: 'Unauthorized', status: 401 }).code(401).header('WWW-Authenticate', 'Bearer');
    }
    return request.auth.credentials;
  },
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 11,
          column: 91,
          endLine: 11,
          endColumn: 94,
        },
      ],
    },
    {
      name: 'Boom unauthorized without scheme',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => {
    if (!request.headers.authorization) throw Boom.unauthorized('missing token');
    return 'ok';
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 10,
          column: 47,
          endLine: 10,
          endColumn: 81,
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate on hapi (TypeScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'typed Boom with scheme',
      code: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request: Request, h: ResponseToolkit) => {
    if (!request.headers.authorization) throw Boom.unauthorized(null, 'Bearer');
    return h.response('ok');
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'typed handler response 401',
      code: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request: Request, h: ResponseToolkit) => {
    const token = request.headers.authorization;
    if (!token) return h.response().code(401);
    return 'ok';
  },
});
`,
      output: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/me',
  handler: (request: Request, h: ResponseToolkit) => {
    const token = request.headers.authorization;
    if (!token) return h.response().code(401).header('WWW-Authenticate', 'Bearer');
    return 'ok';
  },
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 45,
        },
      ],
    },
  ],
});

javascript.run('require-problem-details on hapi (JavaScript)', requireProblemDetails, {
  valid: [
    {
      name: 'problem with type',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request, h) => {
    const item = await findItem(request.params.id);
    if (!item) return h.response({ type: 'about:blank', title: 'Not Found', status: 404 }).type('application/problem+json').code(404);
    return item;
  },
});
`,
    },
    {
      name: 'problem with content-type header',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request, h) => {
    const item = await findItem(request.params.id);
    if (!item) {
      return h
        .response({ type: 'about:blank', title: 'Not Found', status: 404 })
        .code(404)
        .header('Content-Type', 'application/problem+json');
    }
    return item;
  },
});
`,
    },
    {
      name: 'thrown Boom error',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request) => {
    const item = await findItem(request.params.id);
    if (!item) throw Boom.notFound('no such item');
    return item;
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'response error object',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request, h) => {
    const item = await findItem(request.params.id);
    if (!item) return h.response({ error: 'not found' }).code(404);
    return item;
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 11,
          column: 34,
          endLine: 11,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request, h) => {
    const item = await findItem(request.params.id);
    if (!item) return h.response({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' }).code(404).type('application/problem+json');
    return item;
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem without type',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request, h) => {
    const item = await findItem(request.params.id);
    if (!item) return h.response({ type: 'about:blank', title: 'Not Found', status: 404 }).code(404);
    return item;
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          line: 11,
          column: 34,
          endLine: 11,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request, h) => {
    const item = await findItem(request.params.id);
    if (!item) return h.response({ type: 'about:blank', title: 'Not Found', status: 404 }).code(404).type('application/problem+json');
    return item;
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'text body',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'POST',
  path: '/items',
  handler: (request, h) => {
    if (!request.payload.name) return h.response('name is required').code(400);
    return { ok: true };
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          line: 10,
          column: 50,
          endLine: 10,
          endColumn: 68,
        },
      ],
    },
  ],
});

typescript.run('require-problem-details on hapi (TypeScript)', requireProblemDetails, {
  valid: [
    {
      name: 'typed problem with type',
      code: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: (request: Request, h: ResponseToolkit) => {
    return h.response({ type: 'about:blank', title: 'Not Found', status: 404 }).code(404).type('application/problem+json');
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'typed error object',
      code: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request: Request, h: ResponseToolkit) => {
    const item = await findItem(request.params.id);
    if (!item) return h.response({ message: 'not found' }).code(404);
    return item;
  },
});

declare function findItem(id: string): Promise<object | undefined>;
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 11,
          column: 34,
          endLine: 11,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import Hapi, { Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/items/{id}',
  handler: async (request: Request, h: ResponseToolkit) => {
    const item = await findItem(request.params.id);
    if (!item) return h.response({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' }).code(404).type('application/problem+json');
    return item;
  },
});

declare function findItem(id: string): Promise<object | undefined>;
`,
            },
          ],
        },
      ],
    },
  ],
});

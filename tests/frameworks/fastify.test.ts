import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Runs the Fastify idioms against each core rule: `reply.code(n)` and
 * `reply.status(n)` with `send()` or a returned body, `reply.header()`,
 * `reply.headers()` and `reply.type()`, hooks, `fastify.route()`,
 * `setErrorHandler`, the @fastify/sensible helpers (`reply.unauthorized()`,
 * `reply.forbidden()`, `fastify.httpErrors.*`) and `request.jwtVerify()`.
 * The challenge fixes of require-www-authenticate are autofixes, proven on
 * real Fastify in tests/fixes-on-frameworks. The other rules' fixes are suggestions.
 */

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('no-403-for-unauthenticated on Fastify (JavaScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: 'role check forbidden',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request, reply) => {
  if (!request.user) return reply.code(401).header('WWW-Authenticate', 'Bearer').send();
  if (!request.user.roles.includes('admin')) {
    return reply.forbidden('admin only');
  }
  return { deleted: request.params.id };
});
`,
    },
    {
      name: 'httpErrors forbidden on role',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request) => {
  if (!request.user.isAdmin) throw fastify.httpErrors.forbidden();
  return { deleted: request.params.id };
});
`,
    },
  ],
  invalid: [
    {
      name: 'missing authorization header',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) {
    return reply.code(403).send({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) {
    return reply.header('WWW-Authenticate', 'Bearer').code(401).send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return 'ok';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jwtVerify catch',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.code(403).send({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 8,
          column: 16,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.header('WWW-Authenticate', 'Bearer').code(401).send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'sensible forbidden missing user',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.forbidden();
  return request.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 29,
          endLine: 5,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.header('WWW-Authenticate', 'Bearer').unauthorized();
  return request.user;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'httpErrors forbidden missing token',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request) => {
  const token = request.headers.authorization;
  if (!token) throw fastify.httpErrors.forbidden();
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 51,
        },
      ],
    },
  ],
});

typescript.run('no-403-for-unauthenticated on Fastify (TypeScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: 'typed route role check',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.route({
  method: 'DELETE',
  url: '/posts/:id',
  handler: async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user.role !== 'admin') return reply.code(403).send();
    return reply.code(204).send();
  },
});
`,
    },
  ],
  invalid: [
    {
      name: 'typed jwtVerify catch',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
  try {
    await request.jwtVerify();
  } catch {
    return reply.status(403).send();
  }
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
  try {
    await request.jwtVerify();
  } catch {
    return reply.header('WWW-Authenticate', 'Bearer').status(401).send();
  }
});
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('no-401-for-forbidden on Fastify (JavaScript)', no401ForForbidden, {
  valid: [
    {
      name: 'jwtVerify catch 401',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.code(401).header('WWW-Authenticate', 'Bearer').send();
  }
});
`,
    },
  ],
  invalid: [
    {
      name: 'role check 401',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request, reply) => {
  if (!request.user.roles.includes('admin')) {
    return reply.code(401).send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return { deleted: request.params.id };
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request, reply) => {
  if (!request.user.roles.includes('admin')) {
    return reply.code(403).send({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  return { deleted: request.params.id };
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'sensible unauthorized on role',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request, reply) => {
  if (!request.user.isAdmin) return reply.unauthorized();
  return { deleted: request.params.id };
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request, reply) => {
  if (!request.user.isAdmin) return reply.forbidden();
  return { deleted: request.params.id };
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'httpErrors unauthorized on role',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request) => {
  if (!request.user.isAdmin) throw fastify.httpErrors.unauthorized();
  return { deleted: request.params.id };
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.delete('/users/:id', async (request) => {
  if (!request.user.isAdmin) throw fastify.httpErrors.forbidden();
  return { deleted: request.params.id };
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed condition',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/admin', async (request, reply) => {
  if (!request.user || !request.user.isAdmin) {
    reply.code(401);
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForMixedCondition',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
        },
      ],
    },
  ],
});

typescript.run('no-401-for-forbidden on Fastify (TypeScript)', no401ForForbidden, {
  valid: [
  ],
  invalid: [
    {
      name: 'typed ownership check',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.put('/posts/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
  const post = await loadPost(request.params.id);
  if (post.authorId !== request.user.id) {
    return reply.status(401).send();
  }
  return post;
});

declare function loadPost(id: string): Promise<{ authorId: string }>;
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 25,
          endLine: 7,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.put('/posts/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
  const post = await loadPost(request.params.id);
  if (post.authorId !== request.user.id) {
    return reply.status(403).send();
  }
  return post;
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

javascript.run('require-www-authenticate on Fastify (JavaScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'sensible helpers with a challenging error handler',
      code: `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const app = Fastify();
app.register(sensible);

app.setErrorHandler((error, request, reply) => {
  if (error.statusCode === 401) reply.header('WWW-Authenticate', 'Bearer realm="api"');
  reply.send(error);
});

app.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.unauthorized();
  return { id: 1 };
});

app.get('/keys', async (request) => {
  if (!request.headers.authorization) throw app.httpErrors.unauthorized();
  return [];
});
`,
    },
    {
      // The sensible helper sends an error through the error handler, which may add the challenge in another file.
      name: 'reply.unauthorized() with ignoreThrownErrors',
      options: [{ ignoreThrownErrors: true }],
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.unauthorized();
  return request.user;
});
`,
    },
    {
      // The hook's header goes out with the route's 401, so a fix would replace its realm.
      name: 'async hook sets the challenge',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  reply.header('WWW-Authenticate', 'Bearer realm="api"');
});

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.code(401).send();
  return { ok: true };
});
`,
    },
    {
      name: 'named hook sets the challenge',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

async function setChallenge(request, reply) {
  reply.header('WWW-Authenticate', 'Bearer realm="api"');
}
fastify.addHook('onRequest', setChallenge);

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.code(401).send();
  return { ok: true };
});
`,
    },
    {
      name: 'route option hook sets the challenge',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.route({
  method: 'GET',
  url: '/me',
  onRequest: async (request, reply) => {
    reply.header('WWW-Authenticate', 'Bearer realm="api"');
  },
  handler: async (request, reply) => {
    if (!request.headers.authorization) return reply.code(401).send();
    return { ok: true };
  },
});
`,
    },
    {
      name: 'header before code',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) {
    return reply.header('WWW-Authenticate', 'Bearer').code(401).send();
  }
  return request.user;
});
`,
    },
    {
      name: 'headers object',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) {
    reply.headers({ 'www-authenticate': 'Bearer realm="api"' });
    return reply.status(401).send();
  }
  return 'ok';
});
`,
    },
    {
      name: 'sensible unauthorized with header',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.register(import('@fastify/sensible'));

fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.header('WWW-Authenticate', 'Bearer').unauthorized();
  return request.user;
});
`,
    },
    {
      name: 'error status unknown in error handler',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.setErrorHandler((error, request, reply) => {
  reply.code(error.statusCode ?? 500).send({ type: 'about:blank', title: error.message, status: error.statusCode ?? 500 });
});
`,
    },
  ],
  invalid: [
    {
      name: 'status string in code()',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.code('401').send({ error: 'Sign in' });
  return { id: 1 };
});
`,
      output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.header('WWW-Authenticate', 'Bearer').code('401').send({ error: 'Sign in' });
  return { id: 1 };
});
`,
      errors: [{ messageId: 'missingChallenge', line: 4, column: 57 }],
    },
    {
      name: 'hook of another plugin',
      code: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.register(async (admin) => {
  admin.addHook('onRequest', async (request, reply) => {
    reply.header('WWW-Authenticate', 'Bearer realm="admin"');
  });
  admin.get('/admin', async (request, reply) => {
    if (!request.user) return reply.code(401).send();
    return {};
  });
});
fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.code(401).send();
  return {};
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.register(async (admin) => {
  admin.addHook('onRequest', async (request, reply) => {
    reply.header('WWW-Authenticate', 'Bearer realm="admin"');
  });
  admin.get('/admin', async (request, reply) => {
    if (!request.user) return reply.code(401).send();
    return {};
  });
});
fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.header('WWW-Authenticate', 'Bearer').code(401).send();
  return {};
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 13,
          column: 40,
          endLine: 13,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      // A same-file helper is reported once, at its own status.
      name: 'helper that takes the reply',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

function deny(reply) {
  return reply.code(401).send({ error: 'sign in' });
}

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return deny(reply);
  return { ok: true };
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

function deny(reply) {
  return reply.header('WWW-Authenticate', 'Bearer').code(401).send({ error: 'sign in' });
}

fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return deny(reply);
  return { ok: true };
});
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 21, endLine: 5, endColumn: 24, suggestions: [] }],
    },
    {
      // Without a Fastify import, the receiver's name still rules out Express's res.set().
      name: 'reply helper with status',
      code: `export function deny(reply) {
  return reply.status(401).send({ error: 'sign in' });
}
`,
      output: `export function deny(reply) {
  return reply.header('WWW-Authenticate', 'Bearer').status(401).send({ error: 'sign in' });
}
`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 23, endLine: 2, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'named hook registered by name',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

async function requireAuth(request, reply) {
  if (!request.headers.authorization) return reply.code(401).send();
}
fastify.addHook('onRequest', requireAuth);
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

async function requireAuth(request, reply) {
  if (!request.headers.authorization) return reply.header('WWW-Authenticate', 'Bearer').code(401).send();
}
fastify.addHook('onRequest', requireAuth);
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 57, endLine: 5, endColumn: 60, suggestions: [] }],
    },
    {
      name: 'decorated authenticate function',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.decorate('authenticate', async (request, reply) => {
  if (!request.headers.authorization) return reply.code(401).send();
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.decorate('authenticate', async (request, reply) => {
  if (!request.headers.authorization) return reply.header('WWW-Authenticate', 'Bearer').code(401).send();
});
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 57, endLine: 5, endColumn: 60, suggestions: [] }],
    },
    {
      name: 'code then send without challenge',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) {
    return reply.code(401).send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return request.user;
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) {
    return reply.header('WWW-Authenticate', 'Bearer').code(401).send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return request.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'status then return body',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) {
    reply.code(401);
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return request.user;
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) {
    reply.header('WWW-Authenticate', 'Bearer').code(401);
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return request.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: 'onRequest hook',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  if (!request.headers.authorization) {
    reply.status(401).send();
  }
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  if (!request.headers.authorization) {
    reply.header('WWW-Authenticate', 'Bearer').status(401).send();
  }
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'route handler option',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.route({
  method: 'GET',
  url: '/me',
  handler: async (request, reply) => {
    if (!request.user) return reply.code(401).send();
    return request.user;
  },
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.route({
  method: 'GET',
  url: '/me',
  handler: async (request, reply) => {
    if (!request.user) return reply.header('WWW-Authenticate', 'Bearer').code(401).send();
    return request.user;
  },
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 8,
          column: 42,
          endLine: 8,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sensible unauthorized',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.register(import('@fastify/sensible'));

fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.unauthorized('login required');
  return request.user;
});
`,
      output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.register(import('@fastify/sensible'));

fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.header('WWW-Authenticate', 'Bearer').unauthorized('login required');
  return request.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 7,
          column: 29,
          endLine: 7,
          endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      name: 'httpErrors unauthorized thrown',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.register(import('@fastify/sensible'));

fastify.get('/me', async (request) => {
  if (!request.user) throw fastify.httpErrors.unauthorized();
  return request.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 61,
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate on Fastify (TypeScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'typed reply with header',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request: FastifyRequest, reply: FastifyReply) => {
  if (!request.headers.authorization) {
    reply.header('WWW-Authenticate', 'Bearer');
    return reply.code(401).send();
  }
  return 'ok';
});
`,
    },
  ],
  invalid: [
    {
      name: 'typed reply without challenge',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

async function requireUser(request: FastifyRequest, reply: FastifyReply) {
  const token: string | undefined = request.headers.authorization;
  if (!token) {
    return reply.code(401).type('application/problem+json').send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
}

fastify.get('/me', { preHandler: requireUser }, async (request) => request.user);
`,
      output: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

async function requireUser(request: FastifyRequest, reply: FastifyReply) {
  const token: string | undefined = request.headers.authorization;
  if (!token) {
    return reply.header('WWW-Authenticate', 'Bearer').code(401).type('application/problem+json').send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
}

fastify.get('/me', { preHandler: requireUser }, async (request) => request.user);
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
  ],
});

javascript.run('require-problem-details on Fastify (JavaScript)', requireProblemDetails, {
  valid: [
    {
      name: 'problem with type',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request, reply) => {
  const item = await findItem(request.params.id);
  if (!item) return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 });
  return item;
});
`,
    },
    {
      name: 'problem with header content type',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request, reply) => {
  const item = await findItem(request.params.id);
  if (!item) {
    reply.header('content-type', 'application/problem+json; charset=utf-8');
    return reply.code(404).send({ type: 'about:blank', title: 'Not Found', status: 404 });
  }
  return item;
});
`,
    },
    {
      name: 'error handler with problem',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.setErrorHandler((error, request, reply) => {
  reply
    .code(error.statusCode ?? 500)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: error.message, status: error.statusCode ?? 500 });
});
`,
    },
    {
      name: 'sensible forbidden thrown',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/admin', async (request, reply) => {
  if (!request.user.isAdmin) return reply.forbidden();
  return 'ok';
});
`,
    },
    {
      name: 'body in a variable',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request, reply) => {
  const body = buildError(404);
  return reply.code(404).send(body);
});
`,
    },
    {
      name: 'empty 401 body',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.code(401).header('WWW-Authenticate', 'Bearer').send();
  return request.user;
});
`,
    },
  ],
  invalid: [
    {
      name: 'error object body',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request, reply) => {
  const item = await findItem(request.params.id);
  if (!item) return reply.code(404).send({ error: 'not found' });
  return item;
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request, reply) => {
  const item = await findItem(request.params.id);
  if (!item) return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' });
  return item;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem without type',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request, reply) => {
  const item = await findItem(request.params.id);
  if (!item) return reply.code(404).send({ type: 'about:blank', title: 'Not Found', status: 404 });
  return item;
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request, reply) => {
  const item = await findItem(request.params.id);
  if (!item) return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 });
  return item;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'status then returned error object',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.post('/items', async (request, reply) => {
  if (!request.body.name) {
    reply.code(400);
    return { message: 'name is required' };
  }
  return { ok: true };
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'text body',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.post('/items', async (request, reply) => {
  if (!request.body.name) return reply.code(400).send('name is required');
  return { ok: true };
});
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          line: 5,
          column: 55,
          endLine: 5,
          endColumn: 73,
        },
      ],
    },
    {
      name: 'error handler with error object',
      code: `import Fastify from 'fastify';
const fastify = Fastify();

fastify.setErrorHandler((error, request, reply) => {
  reply.code(error.statusCode ?? 500).send({ error: error.message });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 5,
          column: 44,
          endLine: 5,
          endColumn: 68,
        },
      ],
    },
  ],
});

typescript.run('require-problem-details on Fastify (TypeScript)', requireProblemDetails, {
  valid: [
    {
      name: 'typed problem with type',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request: FastifyRequest, reply: FastifyReply) => {
  return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
    },
  ],
  invalid: [
    {
      name: 'typed error object',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
  const item = await findItem(request.params.id);
  if (!item) return reply.status(404).send({ message: 'not found' });
  return item;
});

declare function findItem(id: string): Promise<object | undefined>;
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 6,
          column: 44,
          endLine: 6,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

fastify.get('/items/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
  const item = await findItem(request.params.id);
  if (!item) return reply.status(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' });
  return item;
});

declare function findItem(id: string): Promise<object | undefined>;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'typed error handler',
      code: `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
const fastify = Fastify();

import type { FastifyError } from 'fastify';

fastify.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  reply.code(error.statusCode ?? 500).send({ error: error.message });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 7,
          column: 44,
          endLine: 7,
          endColumn: 68,
        },
      ],
    },
  ],
});

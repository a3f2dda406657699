import rule from '../../src/rules/no-ineffective-status';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('no-ineffective-status (JavaScript)', rule, {
  valid: [
    { name: 'hapi number status', code: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/x', handler: (request, h) => h.response({ title: 'Not Found' }).code(404) });
` },
    {
      name: 'status set before the body',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer').send('Sign in');
  res.json(req.user);
});
`,
    },
    {
      name: 'res.json with one number sends it as the body',
      code: `import express from 'express';
const app = express();
app.get('/orders/count', async (req, res) => {
  res.json(404);
});
`,
    },
    {
      name: 'a number body after the status',
      code: `import express from 'express';
const app = express();
app.get('/retry-after', (req, res) => {
  res.status(503).send(401);
});
`,
    },
    {
      name: 'a success status is out of scope',
      code: `import express from 'express';
const app = express();
app.get('/ping', (req, res) => {
  res.send(200);
});
`,
    },
    {
      name: 'a number held in a variable may be a body',
      code: `import express from 'express';
const app = express();
app.get('/stock/:id', async (req, res) => {
  const count = await stockOf(req.params.id);
  res.send(count);
});
`,
    },
    {
      name: 'res.sendStatus with a number',
      code: `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  res.sendStatus(403);
});
`,
    },
    {
      name: 'Fastify reply, which is not an Express response',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/me', async (request, reply) => {
  return reply.code(401).send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
});
`,
    },
    {
      name: 'node:http writeHead takes a string status',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead('401', { 'WWW-Authenticate': 'Bearer' });
  res.end();
});
`,
    },
    {
      name: 'Response with an init object',
      code: `export async function GET(request) {
  if (!request.headers.get('authorization')) {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return Response.json({ ok: true });
}
`,
    },
    {
      name: "Remix's json takes a number",
      code: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const user = await getUser(request);
  if (!user) throw json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return json(user);
}
`,
    },
    {
      name: 'a Response class of the file',
      code: `class Response {
  constructor(body, status) {
    this.body = body;
    this.status = status;
  }
}
export function deny() {
  return new Response('no', 403);
}
`,
    },
    {
      name: 'http-errors in Express, which sends their status',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/admin', (req, res, next) => {
  if (!req.user.admin) return next(createError(403));
  res.json({ ok: true });
});
`,
    },
    {
      name: 'Boom in hapi',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server();
server.route({ method: 'GET', path: '/me', handler: (request) => {
  if (!request.auth.isAuthenticated) throw Boom.unauthorized(null, 'Bearer');
  return request.auth.credentials;
} });
`,
    },
    {
      name: 'http-errors created but not thrown in hapi',
      code: `import Hapi from '@hapi/hapi';
import createError from 'http-errors';
const server = Hapi.server();
server.route({ method: 'GET', path: '/me', handler: (request, h) => {
  const error = createError(401);
  return h.response({ message: error.message }).code(error.status);
} });
`,
    },
    {
      name: 'a status property in a body object',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401).send({ status: 401, title: 'Unauthorized' });
});
`,
    },
    {
      name: 'Next.js passes a status string on to Node.js',
      filename: 'pages/api/projects.js',
      code: `export default function handler(req, res) {
  res.status('401').end();
}
`,
    },
    {
      name: 'restify reads res.send with a status',
      code: `import restify from 'restify';
const server = restify.createServer();

server.get('/users/:id', (req, res, next) => {
  if (!req.headers.authorization) {
    res.send(401, { code: 'Unauthorized' });
    return next(false);
  }
  res.send(200, { id: req.params.id });
  return next();
});
`,
    },
    {
      name: 'Express route module without an import',
      code: `module.exports = (router) => {
  router.get('/me', (req, res) => {
    if (!req.user) return res.send(401);
    res.json(req.user);
  });
};
`,
    },
    {
      name: 'status set in an earlier statement',
      code: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  res.status(401);
  res.send(401);
});
`,
    },
    {
      name: 'status set through an alias',
      code: `import express from 'express';
const app = express();

app.get('/retry', (req, res) => {
  const reply = res.status(503);
  reply.send(401);
});
`,
    },
    {
      name: 'a member of another object may be a body',
      code: `import express from 'express';
const LIMITS = { maxItems: 500 };
const app = express();

app.get('/limits/items', (req, res) => {
  res.send(LIMITS.maxItems);
});

app.get('/ping', (req, res) => res.status(204).end());
`,
    },
    {
      name: 'hapi onPreResponse converts http-errors',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
import createError from 'http-errors';

const server = Hapi.server();
server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (response instanceof Error && response.status) {
    return Boom.boomify(response, { statusCode: response.status });
  }
  return h.continue;
});
server.route({ method: 'GET', path: '/admin', handler: () => {
  throw createError(403);
} });
`,
    },
    {
      name: 'capitalised members of other objects',
      code: `import express from 'express';
const LIMITS = { MAX_ITEMS: 500 };
const HTTP_DEFAULTS = { timeoutMs: 408 };
const app = express();

app.get('/limits', (req, res) => {
  if (req.query.timeout) return res.send(HTTP_DEFAULTS.timeoutMs);
  res.send(LIMITS.MAX_ITEMS);
});

app.get('/ping', (req, res) => res.status(204).end());
`,
    },
    {
      name: 'http-errors returned by a hapi helper',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
import createError from 'http-errors';

async function loadOrder(id) {
  const order = await findOrder(id);
  if (!order) return createError(404, 'no such order');
  return order;
}

const server = Hapi.server();
server.route({ method: 'GET', path: '/orders/{id}', handler: async (request) => {
  const result = await loadOrder(request.params.id);
  if (result instanceof Error) throw Boom.boomify(result, { statusCode: result.status });
  return result;
} });
`,
    },
    {
      name: 'hapi route module without the server',
      code: `import Boom from '@hapi/boom';
import createError from 'http-errors';

export const routes = [
  {
    method: 'GET',
    path: '/reports',
    handler(request) {
      if (!request.auth.isAuthenticated) throw Boom.unauthorized(null, 'Bearer');
      if (!request.auth.credentials.scope.includes('reports')) throw new createError.Forbidden();
      return listReports();
    },
  },
];
`,
    },
    {
      name: 'hapi server that registers a plugin',
      code: `import Hapi from '@hapi/hapi';
import createError from 'http-errors';
import errorsToBoom from './plugins/errors-to-boom.js';

const server = Hapi.server({ port: 3000 });
await server.register(errorsToBoom);
server.route({ method: 'GET', path: '/files/{name}', handler: () => {
  throw createError(404, 'no such file');
} });
`,
    },
    {
      name: 'the status the response already has',
      code: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  res.json({ message: 'failed' }, res.statusCode);
});
`,
    },
    {
      name: 'a bare status variable may be a success',
      code: `import express from 'express';
const app = express();

app.put('/items/:id', async (req, res) => {
  const status = (await upsertItem(req.body)) ? 201 : 200;
  res.json(req.body, status);
  res.status(204);
});
`,
    },
  ],
  invalid: [
    {
      name: 'hapi status string',
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/x', handler: (request, h) => h.response({ title: 'Not Found' }).code('404') });
`,
      errors: [
        {
          messageId: 'statusStringHapi',
          line: 3,
          column: 108,
          suggestions: [{ messageId: 'writeNumber', output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/x', handler: (request, h) => h.response({ title: 'Not Found' }).code(404) });
` }],
        },
      ],
    },
    {
      name: 'res.send with a status alone',
      code: `const express = require('express');
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) {
    return res.send(401);
  }
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 24,
          suggestions: [
            { messageId: 'setStatus', output: `const express = require('express');
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) {
    return res.sendStatus(401);
  }
  res.json(req.user);
});
` },
          ],
        },
      ],
    },
    {
      name: 'res.json with the status first',
      code: `import express from 'express';
const router = express.Router();

router.delete('/orders/:id', function (req, res) {
  if (!req.user.admin) {
    return res.json(403, { error: 'admins only' });
  }
  res.sendStatus(204);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 24,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const router = express.Router();

router.delete('/orders/:id', function (req, res) {
  if (!req.user.admin) {
    return res.status(403).json({ error: 'admins only' });
  }
  res.sendStatus(204);
});
` },
          ],
        },
      ],
    },
    {
      name: 'res.json with the status second',
      code: `import express from 'express';
const app = express();

app.post('/orders', (req, res) => {
  if (!req.body.items) {
    return res.json({ error: 'items are required' }, 400);
  }
  res.status(201).json({ ok: true });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 6,
          column: 54,
          endLine: 6,
          endColumn: 57,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.post('/orders', (req, res) => {
  if (!req.body.items) {
    return res.status(400).json({ error: 'items are required' });
  }
  res.status(201).json({ ok: true });
});
` },
          ],
        },
      ],
    },
    {
      name: 'res.send with a status and a text body',
      code: `import express from 'express';
const app = express();

app.get('/files/:name', (req, res) => {
  res.send(404, 'Not found');
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.get('/files/:name', (req, res) => {
  res.status(404).send('Not found');
});
` },
          ],
        },
      ],
    },
    {
      name: 'res.jsonp with a status',
      code: `import express from 'express';
const app = express();

app.get('/feed', (req, res) => {
  res.jsonp(503, { error: 'try again later' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.get('/feed', (req, res) => {
  res.status(503).jsonp({ error: 'try again later' });
});
` },
          ],
        },
      ],
    },
    {
      name: 'status from a status table',
      code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) return res.send(StatusCodes.UNAUTHORIZED);
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 58,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) return res.sendStatus(StatusCodes.UNAUTHORIZED);
  res.json(req.user);
});
` },
          ],
        },
      ],
    },
    {
      name: 'after a header call in the same chain',
      code: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) return res.set('Cache-Control', 'no-store').send(401);
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 67,
          endLine: 5,
          endColumn: 70,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) return res.set('Cache-Control', 'no-store').sendStatus(401);
  res.json(req.user);
});
` },
          ],
        },
      ],
    },
    {
      name: 'in error middleware',
      code: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  res.json(500, { error: err.message });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});
` },
          ],
        },
      ],
    },
    {
      name: 'a comment inside the call keeps the report without a suggestion',
      code: `import express from 'express';
const app = express();

app.get('/admin', (req, res) => {
  res.json(403, /* no admin role */ { error: 'forbidden' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 15,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'res.status with a string',
      code: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) {
    return res.status('401').set('WWW-Authenticate', 'Bearer').end();
  }
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusString',
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 28,
          suggestions: [
            { messageId: 'writeNumber', output: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  res.json(req.user);
});
` },
          ],
        },
      ],
    },
    {
      name: 'res.sendStatus with a template literal',
      code: `import express from 'express';
const app = express();

app.get('/admin', (req, res) => {
  res.sendStatus(\`403\`);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusString',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 23,
          suggestions: [
            { messageId: 'writeNumber', output: `import express from 'express';
const app = express();

app.get('/admin', (req, res) => {
  res.sendStatus(403);
});
` },
          ],
        },
      ],
    },
    {
      name: 'new Response with a number',
      code: `export async function GET(request) {
  const user = await currentUser(request);
  if (!user) {
    return new Response('Sign in first', 401);
  }
  return Response.json(user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            { messageId: 'writeInit', output: `export async function GET(request) {
  const user = await currentUser(request);
  if (!user) {
    return new Response('Sign in first', { status: 401 });
  }
  return Response.json(user);
}
` },
          ],
        },
      ],
    },
    {
      name: 'Response.json with a number',
      code: `export default {
  async fetch(request) {
    if (!request.headers.get('authorization')) {
      return Response.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
    }
    return new Response('ok');
  },
};
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 4,
          column: 89,
          endLine: 4,
          endColumn: 92,
          suggestions: [
            { messageId: 'writeInit', output: `export default {
  async fetch(request) {
    if (!request.headers.get('authorization')) {
      return Response.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 });
    }
    return new Response('ok');
  },
};
` },
          ],
        },
      ],
    },
    {
      name: 'http-errors thrown in a hapi handler',
      code: `import Hapi from '@hapi/hapi';
import createError from 'http-errors';

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'DELETE',
  path: '/orders/{id}',
  handler: async (request, h) => {
    const order = await findOrder(request.params.id);
    if (order.ownerId !== request.auth.credentials.id) {
      throw createError(403, 'not your order');
    }
    return h.response().code(204);
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'foreignError',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 47,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'Next.js pages API route, send with a status',
      filename: 'pages/api/projects.js',
      code: `export default function handler(req, res) {
  if (!req.headers.authorization) {
    return res.send(401);
  }
  res.status(200).json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgumentNext',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            { messageId: 'setStatus', output: `export default function handler(req, res) {
  if (!req.headers.authorization) {
    return res.status(401).end();
  }
  res.status(200).json({ ok: true });
}
` },
          ],
        },
      ],
    },
    {
      name: 'Next.js pages API route, json with a status',
      filename: 'pages/api/projects.js',
      code: `export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.json(405, { type: 'about:blank', title: 'Method Not Allowed', status: 405 });
  }
  res.json(await listProjects());
}
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgumentNext',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            { messageId: 'setStatus', output: `export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).json({ type: 'about:blank', title: 'Method Not Allowed', status: 405 });
  }
  res.json(await listProjects());
}
` },
          ],
        },
      ],
    },
    {
      name: 'computed status beside a literal body',
      code: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  res.json(err.status || 500, { message: err.message });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ message: err.message });
});
` },
          ],
        },
      ],
    },
    {
      name: 'a choice between two statuses',
      code: `import express from 'express';
const app = express();

app.get('/admin', (req, res) => {
  if (!req.user?.admin) return res.send(req.user ? 403 : 401);
  res.json({ ok: true });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 61,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.get('/admin', (req, res) => {
  if (!req.user?.admin) return res.sendStatus(req.user ? 403 : 401);
  res.json({ ok: true });
});
` },
          ],
        },
      ],
    },
    {
      name: 'a comment beside the status keeps the suggestion',
      code: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) return res.send(401 /* no session */);
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) return res.sendStatus(401 /* no session */);
  res.json(req.user);
});
` },
          ],
        },
      ],
    },
    {
      name: 'Response init from a constant',
      code: `const UNAUTHORIZED = 401;

export async function GET(request) {
  if (!request.headers.get('authorization')) {
    return new Response(null, UNAUTHORIZED);
  }
  return Response.json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 43,
          suggestions: [
            { messageId: 'writeInit', output: `const UNAUTHORIZED = 401;

export async function GET(request) {
  if (!request.headers.get('authorization')) {
    return new Response(null, { status: UNAUTHORIZED });
  }
  return Response.json({ ok: true });
}
` },
          ],
        },
      ],
    },
    {
      name: 'http-errors returned from a hapi handler',
      code: `import Hapi from '@hapi/hapi';
import createError from 'http-errors';

const server = Hapi.server();
server.route({
  method: 'GET',
  path: '/notes/{id}',
  handler: async (request) => {
    const note = await findNote(request.params.id);
    if (!note) return createError(404, 'no such note');
    return note;
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'foreignError',
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 55,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'a status set in an earlier branch that returns',
      code: `import express from 'express';
const app = express();

app.get('/admin', (req, res) => {
  if (!req.user) return res.status(401).json({ message: 'sign in first' });
  if (!req.user.admin) return res.send(403);
  res.json({ ok: true });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 6,
          column: 40,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.get('/admin', (req, res) => {
  if (!req.user) return res.status(401).json({ message: 'sign in first' });
  if (!req.user.admin) return res.sendStatus(403);
  res.json({ ok: true });
});
` },
          ],
        },
      ],
    },
    {
      name: 'error status beside the error message',
      code: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  res.send(err.statusCode, err.message);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  res.status(err.statusCode).send(err.message);
});
` },
          ],
        },
      ],
    },
    {
      name: 'status template literal in place of the init',
      code: `export async function DELETE(request) {
  if (!(await canDelete(request))) {
    return new Response(null, \`403\`);
  }
  return new Response(null, { status: 204 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            { messageId: 'writeInit', output: `export async function DELETE(request) {
  if (!(await canDelete(request))) {
    return new Response(null, { status: 403 });
  }
  return new Response(null, { status: 204 });
}
` },
          ],
        },
      ],
    },
  ],
});

typescript.run('no-ineffective-status (TypeScript)', rule, {
  valid: [
    { name: 'Elysia status name', code: `import { Elysia } from 'elysia';
new Elysia().get('/x', ({ set }) => {
  set.status = 'Not Found';
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
` },
    {
      name: 'http-errors in NestJS, whose exception filter sends their status',
      code: `import { Controller, Get } from '@nestjs/common';
import createError from 'http-errors';

@Controller('me')
export class MeController {
  @Get()
  get() {
    throw createError(401, 'sign in');
  }
}
`,
    },
    {
      name: 'NextResponse with an init object',
      code: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  if (!(await getSession(request))) {
    return NextResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json({ ok: true });
}
`,
    },
    {
      name: 'typed Express handler with numbers',
      code: `import type { Request, Response } from 'express';

export function me(req: Request, res: Response) {
  if (!req.user) {
    res.status(401).set('WWW-Authenticate', 'Bearer').end();
    return;
  }
  res.json(req.user);
}
`,
    },
    {
      name: 'status from a computed string is left alone',
      code: `import type { Request, Response } from 'express';

export function proxy(req: Request, res: Response) {
  res.status(Number(req.get('x-upstream-status') ?? '502')).end();
}
`,
    },
    {
      name: 'NestJS sends the statusCode of an error with a message',
      code: `import { Controller, Get } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  get() {
    const error = new Error('sign in') as Error & { statusCode?: number };
    error.statusCode = 401;
    throw error;
  }
}
`,
    },
    {
      name: 'http-errors caught in a Next.js route handler',
      code: `import { NextResponse } from 'next/server';
import createError from 'http-errors';

export async function GET(request: Request) {
  try {
    if (!request.headers.get('authorization')) throw createError(401, 'sign in');
    return NextResponse.json(await load());
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500;
    return NextResponse.json({ type: 'about:blank', title: 'Error', status }, { status });
  }
}
`,
    },
    {
      name: 'http-errors thrown in a Next.js helper',
      code: `import type { NextRequest } from 'next/server';
import createError from 'http-errors';

export function requireUser(request: NextRequest) {
  const user = request.headers.get('x-user');
  if (!user) throw createError(401, 'sign in');
  return user;
}
`,
    },
    {
      name: 'NestJS file with its own exception filter',
      code: `import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, UseFilters } from '@nestjs/common';

@Catch()
export class StatusFilter implements ExceptionFilter {
  catch(error: { status?: number; message: string }, host: ArgumentsHost) {
    host.switchToHttp().getResponse().status(error.status ?? 500).json({ title: error.message });
  }
}

@Controller('reports')
@UseFilters(StatusFilter)
export class ReportsController {
  @Get()
  list() {
    const error = new Error('reports need the analyst role') as Error & { status?: number };
    error.status = 403;
    throw error;
  }
}
`,
    },
    {
      name: 'plain Error caught in a Next.js route handler',
      code: `import { NextResponse } from 'next/server';

export async function PATCH(request: Request) {
  try {
    const error = new Error('read only') as Error & { status?: number };
    error.status = 403;
    throw error;
  } catch (error) {
    return NextResponse.json({ message: 'read only' }, { status: (error as { status?: number }).status ?? 500 });
  }
}
`,
    },
    {
      name: 'plain Error in a NestJS service',
      code: `import { Injectable } from '@nestjs/common';

@Injectable()
export class PaymentsService {
  async charge() {
    const error = new Error('Card declined') as Error & { status?: number };
    error.status = 402;
    throw error;
  }
}
`,
    },
    {
      name: 'NestJS controller with a filter applied',
      code: `import { Controller, Post, UseFilters } from '@nestjs/common';
import { DomainErrorFilter } from './domain-error.filter';

@Controller('orders')
@UseFilters(DomainErrorFilter)
export class OrdersController {
  @Post(':id/cancel')
  cancel() {
    const error = new Error('order already shipped') as Error & { status?: number };
    error.status = 409;
    throw error;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'Elysia status string',
      code: `import { Elysia } from 'elysia';
new Elysia().get('/x', ({ set }) => {
  set.status = '404';
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
      errors: [
        {
          messageId: 'statusStringElysia',
          line: 3,
          column: 16,
          suggestions: [{ messageId: 'writeNumber', output: `import { Elysia } from 'elysia';
new Elysia().get('/x', ({ set }) => {
  set.status = 404;
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
` }],
        },
      ],
    },
    {
      name: 'typed Express handler',
      code: `import type { Request, Response } from 'express';

export function me(req: Request, res: Response) {
  if (!req.user) {
    return res.send(401);
  }
  res.json(req.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            { messageId: 'setStatus', output: `import type { Request, Response } from 'express';

export function me(req: Request, res: Response) {
  if (!req.user) {
    return res.sendStatus(401);
  }
  res.json(req.user);
}
` },
          ],
        },
      ],
    },
    {
      name: 'res.json with a status as const',
      code: `import type { Request, Response } from 'express';

export function remove(req: Request, res: Response) {
  res.json(403 as const, { error: 'forbidden' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'statusArgument',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            { messageId: 'setStatus', output: `import type { Request, Response } from 'express';

export function remove(req: Request, res: Response) {
  res.status(403 as const).json({ error: 'forbidden' });
}
` },
          ],
        },
      ],
    },
    {
      name: 'NextResponse.json with a number',
      code: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  const session = await getSession(request);
  if (!session) {
    return NextResponse.json({ error: 'sign in' }, 401);
  }
  return NextResponse.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 6,
          column: 52,
          endLine: 6,
          endColumn: 55,
          suggestions: [
            { messageId: 'writeInit', output: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  const session = await getSession(request);
  if (!session) {
    return NextResponse.json({ error: 'sign in' }, { status: 401 });
  }
  return NextResponse.json(session.user);
}
` },
          ],
        },
      ],
    },
    {
      name: 'new NextResponse with a number',
      code: `import { NextResponse } from 'next/server';

export async function DELETE(request: Request) {
  if (!(await canDelete(request))) {
    return new NextResponse(null, 403);
  }
  return new NextResponse(null, { status: 204 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 38,
          suggestions: [
            { messageId: 'writeInit', output: `import { NextResponse } from 'next/server';

export async function DELETE(request: Request) {
  if (!(await canDelete(request))) {
    return new NextResponse(null, { status: 403 });
  }
  return new NextResponse(null, { status: 204 });
}
` },
          ],
        },
      ],
    },
    {
      name: 'http-errors thrown in a Next.js route handler',
      code: `import { NextResponse } from 'next/server';
import createError from 'http-errors';

export async function GET(request: Request) {
  const session = await getSession(request);
  if (!session) {
    throw createError(401, 'sign in');
  }
  return NextResponse.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'foreignError',
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 38,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'destructured http-errors class in hapi',
      code: `import Hapi from '@hapi/hapi';
import { NotFound } from 'http-errors';

export function register(server = Hapi.server()) {
  server.route({
    method: 'GET',
    path: '/notes/{id}',
    handler: async (request) => {
      const note = await findNote(request.params.id);
      if (!note) throw new NotFound('no such note');
      return note;
    },
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'foreignError',
          line: 10,
          column: 24,
          endLine: 10,
          endColumn: 52,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'plain Error with a status in NestJS',
      code: `import { Controller, Delete, Param } from '@nestjs/common';

@Controller('projects')
export class ProjectsController {
  @Delete(':id')
  async remove(@Param('id') id: string) {
    if (!(await this.projects.isOwner(id))) {
      const error = new Error('only the owner may delete a project') as Error & { status?: number };
      error.status = 403;
      throw error;
    }
    await this.projects.remove(id);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'plainErrorStatus',
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 25,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'plain Error with a statusCode in a Next.js route handler',
      code: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  if (!request.headers.get('authorization')) {
    const err = new Error('sign in') as Error & { statusCode?: number };
    err.statusCode = 401;
    throw err;
  }
  return NextResponse.json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'plainErrorStatus',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 25,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'cast in place of the init object',
      code: `export async function GET(request: Request) {
  if (!request.headers.get('authorization')) {
    return new Response('no', 401 as unknown as ResponseInit);
  }
  return new Response('ok');
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 61,
          suggestions: [
            { messageId: 'writeInit', output: `export async function GET(request: Request) {
  if (!request.headers.get('authorization')) {
    return new Response('no', { status: 401 });
  }
  return new Response('ok');
}
` },
          ],
        },
      ],
    },
    {
      name: 'route handler exported under a method name',
      code: `import { NextResponse } from 'next/server';
import createError from 'http-errors';

async function handlePost(request: Request) {
  if (!request.headers.get('authorization')) {
    throw createError(401, 'sign in');
  }
  return NextResponse.json({ ok: true }, { status: 201 });
}

export { handlePost as POST };
`,
      output: null,
      errors: [
        {
          messageId: 'foreignError',
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 38,
          suggestions: [
          ],
        },
      ],
    },
  ],
});

import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';
import { rules } from '../../src/rules';

// Cases that reviews of the docs and of real code found, one per fault, each kept so it cannot come back.

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-www-authenticate regressions (JavaScript)', rules['require-www-authenticate'], {
  valid: [
    {
      name: 'ws connection handler named ws',
      code: `import createError from 'http-errors';
wss.on('connection', function connection(ws, req) {
  const user = sessions.get(req.headers.cookie);
  if (!user) throw createError(401, 'Sign in');
});
`,
    },
    {
      name: 'GraphQL Query map of its own',
      code: `import express from 'express';
import createError from 'http-errors';
const Query = {
  me(_parent, _args, context) {
    if (!context.user) throw createError(401, 'Sign in');
    return context.user;
  },
};
export const resolvers = { Query };
`,
    },
    {
      // The ws library calls the connection handler with (socket, req): its errors close the socket.
      name: 'ws connection handler with req',
      code: `import express from 'express';
import createError from 'http-errors';
wss.on('connection', (socket, req) => {
  socket.on('message', () => {
    if (!req.headers.authorization) throw createError(401, 'Missing token');
  });
});
`,
    },
    {
      name: 'GraphQL resolver taking req',
      code: `import express from 'express';
import createError from 'http-errors';
const resolvers = {
  Query: {
    me: (parent, args, req) => {
      if (!req.user) throw createError(401, 'sign in first');
      return req.user;
    },
  },
};
`,
    },
    {
      // Socket.IO turns next(err) into a connection error event, not an HTTP response.
      name: 'Socket.IO middleware error',
      code: `import express from 'express';
import { Server } from 'socket.io';
const app = express();
const io = new Server();
io.use((socket, next) => {
  if (!socket.handshake.auth?.token) {
    const err = new Error('unauthorized');
    err.status = 401;
    return next(err);
  }
  next();
});
`,
    },
    {
      // Apollo Server sends a resolver's error inside the GraphQL response, with status 200.
      name: 'GraphQL resolver error',
      code: `import express from 'express';
import createError from 'http-errors';
const resolvers = {
  Query: {
    me: async (_parent, _args, context) => {
      if (!context.user) {
        throw createError(401, 'sign in first');
      }
      return context.user;
    },
  },
};
`,
    },
    {
      // Node's setHeaders() takes a Map or a Headers object of several headers.
      name: 'node:http setHeaders with a Map',
      code: `import { createServer } from 'node:http';
createServer((req, res) => {
  if (!req.headers.authorization) {
    res.setHeaders(new Map([['WWW-Authenticate', 'Bearer realm="api"']]));
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
});
`,
    },
    {
      name: 'node:http setHeaders with an unreadable argument',
      code: `import { createServer } from 'node:http';
createServer((req, res) => {
  if (!req.headers.authorization) {
    res.setHeaders(challengeHeaders());
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
});
`,
    },
  ],
  invalid: [
    {
      // A pages API route is recognised by its path, and its res has setHeader() but no set().
      name: "pages API route without types",
      filename: "pages/api/me.js",
      code: `export default function handler(req, res) {
  if (!req.headers.authorization) {
    return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.json({ ok: true });
}
`,
      output: `export default function handler(req, res) {
  if (!req.headers.authorization) {
    return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.json({ ok: true });
}
`,
      errors: [
        {
          messageId: "missingChallenge",
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      // A header statement before the if would also go out on the 200 responses, so no fix.
      name: "HTTPException in a braceless if",
      filename: "server.js",
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) throw new HTTPException(401);
  return c.json(c.get('user'));
});
`,
      output: null,
      errors: [
        {
          messageId: "missingChallenge",
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 51,
          suggestions: [
          ],
        },
      ],
    },
    {
      // createError[401] names the Unauthorized class by its status.
      name: "createError by computed status",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', (req, res, next) => {
  if (!req.user) return next(new createError[401]('sign in'));
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: "missingChallenge",
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 61,
          suggestions: [
          ],
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate regressions (TypeScript)', rules['require-www-authenticate'], {
  valid: [
    {
      // NestJS answers an error that is not its own with 500, so this is no 401 site.
      name: "http-errors in a NestJS file",
      filename: "server.ts",
      code: `import { Controller, Get } from '@nestjs/common';
import createError from 'http-errors';

@Controller('me')
export class MeController {
  @Get()
  me() {
    throw createError(401, 'Sign in');
  }
}
`,
    },
  ],
  invalid: [
  ],
});

typescript.run('require-problem-details regressions (TypeScript)', rules['require-problem-details'], {
  valid: [
    {
      // unauthorized() sends an empty body, which needs no problem details.
      name: "empty body from next/navigation",
      filename: "app/api/me/route.ts",
      options: [{"checkThrownErrors": true}],
      code: `import { unauthorized } from 'next/navigation';

export async function GET() {
  const session = await auth();
  if (!session) unauthorized();
  return Response.json(session.user);
}
`,
    },
  ],
  invalid: [
  ],
});

javascript.run('no-403-for-unauthenticated regressions (JavaScript)', rules['no-403-for-unauthenticated'], {
  valid: [
    {
      // The ID token comes from the login flow itself, and its nonce guards against replay: no credential of this API.
      name: 'OpenID Connect nonce mismatch',
      code: `import express from 'express';
const app = express();
app.get('/oidc/callback', async (req, res) => {
  const idToken = await exchangeCode(req.query.code);
  if (idToken.nonce !== req.session.oidcNonce) {
    return res.status(403).end();
  }
  res.redirect('/');
});
`,
    },
    {
      name: 'GraphQL resolver plain error',
      code: `import express from 'express';
const resolvers = {
  Query: {
    invoices: async (_parent, _args, context) => {
      if (!context.user) {
        const err = new Error('Forbidden');
        err.status = 403;
        throw err;
      }
      return [];
    },
  },
};
`,
    },
  ],
  invalid: [
    {
      name: 'key named after a nonce',
      code: `import express from 'express';
const app = express();
app.get('/reports', (req, res) => {
  if (req.headers['x-api-key'] !== nonceScopedApiKey) return res.status(403).end();
  res.json([]);
});
`,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 4,
          column: 73,
          endLine: 4,
          endColumn: 76,
          suggestions: [{ messageId: 'sendUnauthorizedInstead', output: `import express from 'express';
const app = express();
app.get('/reports', (req, res) => {
  if (req.headers['x-api-key'] !== nonceScopedApiKey) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  res.json([]);
});
` }],
        },
      ],
    },
    {
      name: 'socket callback inside a route',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/proxy/:id', (req, res, next) => {
  upstream.connect(req.params.id, (err, socket) => {
    if (!req.user) return next(createError(403, 'login required'));
    socket.pipe(res);
  });
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 66,
          suggestions: [
            { messageId: 'sendUnauthorizedInstead', output: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/proxy/:id', (req, res, next) => {
  upstream.connect(req.params.id, (err, socket) => {
    if (!req.user) return next(createError(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } }));
    socket.pipe(res);
  });
});
` },
          ],
        },
      ],
    },
    {
      name: 'routes registered beside a socket',
      code: `import express from 'express';
import createError from 'http-errors';
export function registerRoutes(app, socket) {
  app.get('/orders/:id', (req, res, next) => {
    if (!req.user) return next(createError(403, 'login required'));
    res.json({ id: req.params.id });
  });
}
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import createError from 'http-errors';
export function registerRoutes(app, socket) {
  app.get('/orders/:id', (req, res, next) => {
    if (!req.user) return next(createError(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } }));
    res.json({ id: req.params.id });
  });
}
`,
            },
          ],
        },
      ],
    },
    {
      // The 403-to-401 suggestion turns forbidden() into unauthorized() with a scheme.
      name: "Boom.forbidden without a token",
      filename: "server.js",
      code: `const Boom = require('@hapi/boom');

const handler = (request, h) => {
  if (!request.headers.authorization) {
    throw Boom.forbidden();
  }
  return { ok: true };
};
module.exports = { method: 'GET', path: '/me', handler };
`,
      output: null,
      errors: [
        {
          messageId: "forbiddenWithoutIdentity",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            { messageId: "sendUnauthorizedInstead", output: `const Boom = require('@hapi/boom');

const handler = (request, h) => {
  if (!request.headers.authorization) {
    throw Boom.unauthorized(null, 'Bearer');
  }
  return { ok: true };
};
module.exports = { method: 'GET', path: '/me', handler };
` },
          ],
        },
      ],
    },
  ],
});
javascript.run('require-problem-details regressions (JavaScript)', rules['require-problem-details'], {
  valid: [
    {
      // Headers that the analysis cannot read may carry the problem content type.
      name: 'node:http writeHead with headers from a call',
      code: `import { createServer } from 'node:http';
import { problemHeaders } from './headers.js';
createServer((req, res) => {
  res.writeHead(404, problemHeaders());
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
    },
    {
      name: 'node:http spread after the content type',
      code: `import { createServer } from 'node:http';
import { PROBLEM_HEADERS } from './headers.js';
createServer((req, res) => {
  res.writeHead(404, { 'Content-Type': 'application/json', ...PROBLEM_HEADERS });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
    },
    {
      name: 'node:http constant headers with a spread',
      code: `import { createServer } from 'node:http';
const JSON_HEADERS = { 'Content-Type': 'application/json', ...extraHeaders };
createServer((req, res) => {
  res.writeHead(404, JSON_HEADERS);
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
    },
    {
      name: 'node:http writeHead with spread headers',
      code: `import { createServer } from 'node:http';
import { BASE_HEADERS } from './headers.js';
createServer((req, res) => {
  res.writeHead(404, { ...BASE_HEADERS, 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
    },
    {
      name: 'Fastify reply.headers from a call',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/orders/:id', async (request, reply) => {
  return reply.code(404).headers(problemHeaders()).send({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
    },
    {
      name: 'Express res.set with spread headers',
      code: `import express from 'express';
const app = express();
app.get('/orders/:id', (req, res) => {
  res.set({ ...PROBLEM_HEADERS, 'Cache-Control': 'no-store' });
  res.status(404).json({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
    },
    {
      // A mock server in an acceptance suite stands in for another service; it is not the API.
      name: 'mock server under acceptance',
      filename: 'acceptance/scripts/mock-cdn.js',
      code: `const http = require('node:http');
http.createServer((req, res) => {
  res.statusCode = 500;
  res.end('purge failed');
});
`,
    },
    {
      // An OAuth-style error body with error_description is a format of its own, like the registered codes.
      name: 'OAuth-style body with a description',
      code: `import express from 'express';
const app = express();
app.post('/mcp', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer resource_metadata="https://example.com/.well-known/oauth-protected-resource"');
  res.status(401).json({ error: 'unauthorized', error_description: 'Sign in to use this server' });
});
`,
    },
  ],
  invalid: [
    {
      name: 'readable computed key after the content type',
      code: `import { createServer } from 'node:http';
const REQUEST_ID = 'X-Request-Id';
createServer((req, res) => {
  res.writeHead(404, { ...cors, 'Content-Type': 'application/json', [REQUEST_ID]: req.id });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 5,
          suggestions: [{ messageId: 'setProblemContentType', output: `import { createServer } from 'node:http';
const REQUEST_ID = 'X-Request-Id';
createServer((req, res) => {
  res.writeHead(404, { ...cors, 'Content-Type': 'application/problem+json', [REQUEST_ID]: req.id });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
` }],
        },
      ],
    },
    {
      name: 'ad-hoc body after unreadable headers',
      code: `import express from 'express';
const app = express();
app.get('/orders/:id', (req, res) => {
  res.set(securityHeaders()).status(404).json({ error: 'Not found' });
});
`,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '404' },
          line: 4,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/orders/:id', (req, res) => {
  res.set(securityHeaders()).status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Not found' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'node:http content type named after a spread',
      code: `import { createServer } from 'node:http';
import { BASE_HEADERS } from './headers.js';
createServer((req, res) => {
  res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 5,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { createServer } from 'node:http';
import { BASE_HEADERS } from './headers.js';
createServer((req, res) => {
  res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
            },
          ],
        },
      ],
    },
  ],
});

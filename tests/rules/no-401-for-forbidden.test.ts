import rule from '../../src/rules/no-401-for-forbidden';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('no-401-for-forbidden (JavaScript)', rule, {
  valid: [
    {
      name: 'verified token without a tenant claim',
      code: `app.get('/reports', (req, res) => {
  let claims;
  try {
    claims = jwt.verify(req.get('authorization').slice(7), KEY);
  } catch {
    return res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).end();
  }
  if (!claims.tenantId) return res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).end();
  res.json([]);
});`,
    },
    {
      name: '401 for missing user',
      code: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  res.json(req.user);
});`,
    },
    {
      name: '401 in catch of verify',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.get('authorization'), process.env.JWT_SECRET);
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
  next();
});`,
    },
    {
      name: '401 for expired claims',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  const claims = jwt.decode(req.headers.authorization.slice(7));
  if (claims.exp < Date.now() / 1000) {
    return res.status(401).json({ error: 'token expired' });
  }
  next();
});`,
    },
    {
      name: '401 for malformed header',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) {
    return res.sendStatus(401);
  }
  next();
});`,
    },
    {
      name: '401 when passport rejects',
      code: `import express from 'express';
const app = express();

app.get('/settings', (req, res) => {
  if (!req.isAuthenticated()) return res.status(401).end();
  res.json({});
});`,
    },
    {
      name: '401 for unknown API key',
      code: `import express from 'express';
const app = express();
const knownKeys = new Set(['k1']);

app.use((req, res, next) => {
  if (!knownKeys.has(req.get('x-api-key'))) {
    return res.status(401).end();
  }
  next();
});`,
    },
    {
      name: '401 for TokenExpiredError name',
      code: `const express = require('express');
const app = express();

app.use((err, req, res, next) => {
  if (err.name === 'TokenExpiredError') {
    return res.status(401).json({ error: 'token expired' });
  }
  next(err);
});`,
    },
    {
      name: '401 for token not string',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  const token = req.query.access_token;
  if (typeof token !== 'string') return res.status(401).end();
  next();
});`,
    },
    {
      name: '403 after admin check',
      code: `import express from 'express';
const app = express();

app.post('/admin', (req, res) => {
  if (!req.user) return res.status(401).end();
  if (!req.user.isAdmin) return res.status(403).end();
  res.end();
});`,
    },
    {
      name: 'optional chaining permission alone',
      code: `import express from 'express';
const app = express();

app.post('/admin/reindex', (req, res) => {
  if (!req.user?.isAdmin) {
    return res.status(401).end();
  }
  res.end();
});`,
    },
    {
      name: 'role of database record',
      code: `import express from 'express';
const app = express();

app.get('/users/:id/admin', async (req, res) => {
  const user = await User.findById(req.params.id);
  if (!user.isAdmin) {
    return res.status(401).end();
  }
  res.end();
});`,
    },
    {
      name: 'getUser by id is a lookup',
      code: `import express from 'express';
const app = express();

app.get('/users/:id/admin', async (req, res) => {
  const user = await getUser(req.params.id);
  if (user.role !== 'admin') {
    return res.status(401).end();
  }
  res.end();
});`,
    },
    {
      name: 'unclassifiable access check',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  if (!checkAccess(req)) {
    return res.status(401).end();
  }
  next();
});`,
    },
    {
      name: 'permission hint without identity guard',
      code: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  if (err.code === 'permission_denied') {
    return res.status(401).json({ error: 'insufficient permission' });
  }
  next(err);
});`,
    },
    {
      name: 'unresolved status',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  if (!req.user.isAdmin) {
    return res.status(settings.deniedStatus).end();
  }
  next();
});`,
    },
    {
      name: 'legacy res.send(401) form',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res.send(401);
  }
  res.end();
});`,
    },
    {
      name: 'createError(401) for missing user',
      code: `const createError = require('http-errors');

module.exports = function requireUser(req, res, next) {
  if (!req.user) return next(createError(401));
  next();
};`,
    },
    {
      name: 'Response 401 without session',
      code: `export async function GET(request) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return Response.json(session.user);
}`,
    },
    {
      name: 'node:http missing API key',
      code: `const http = require('node:http');

http.createServer((req, res) => {
  if (!req.headers['x-api-key']) {
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
});`,
    },
    {
      name: 'HTTP client reads status',
      code: `export async function loadOrders() {
  const response = await fetch('/api/orders');
  if (response.status === 401) {
    await refreshSession();
  }
  return response.json();
}`,
    },
    {
      name: 'test file is skipped',
      filename: 'admin.test.js',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) return res.status(401).end();
});`,
    },
    {
      name: '401 in verify callback error',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  jwt.verify(req.headers.authorization, process.env.SECRET, (err, claims) => {
    if (err) {
      return res.status(401).json({ error: 'invalid token' });
    }
    req.user = claims;
    next();
  });
});`,
    },
  ],
  invalid: [
    {
      name: 'role check after authenticate(req)',
      code: `import http from 'node:http';
http.createServer(async (req, res) => {
  const user = await authenticate(req);
  if (!user) { res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }); return res.end(); }
  if (!user.roles.includes('admin')) { res.statusCode = 401; return res.end(); }
  res.end('ok');
}).listen(3000);
`,
      errors: [{ messageId: 'unauthorizedForPermission', line: 5, column: 40, suggestions: [{ messageId: 'sendForbiddenInstead', output: `import http from 'node:http';
http.createServer(async (req, res) => {
  const user = await authenticate(req);
  if (!user) { res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }); return res.end(); }
  if (!user.roles.includes('admin')) { res.statusCode = 403; return res.end(); }
  res.end('ok');
}).listen(3000);
` }] }],
    },
    {
      name: 'scope after a destructuring assignment',
      code: `import { jwtVerify } from 'jose';
export async function GET(request) {
  const token = request.headers.get('authorization')?.slice(7);
  if (!token) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  let claims;
  try {
    ({ payload: claims } = await jwtVerify(token, key));
  } catch {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
  }
  if (!claims.scope.split(' ').includes('reports:read')) {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' } });
  }
  return new Response('ok');
}
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 12,
          column: 33,
          endLine: 12,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { jwtVerify } from 'jose';
export async function GET(request) {
  const token = request.headers.get('authorization')?.slice(7);
  if (!token) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  let claims;
  try {
    ({ payload: claims } = await jwtVerify(token, key));
  } catch {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
  }
  if (!claims.scope.split(' ').includes('reports:read')) {
    return new Response(null, { status: 403, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' } });
  }
  return new Response('ok');
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'scope check after a verifier named for revocation',
      code: `app.use(async (req, res, next) => {
  const token = req.get('authorization')?.slice(7);
  if (!token) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  const claims = await verifyNotRevoked(token);
  if (!claims) return res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).end();
  if (!claims.scopes.includes('admin')) return res.status(401).end();
  next();
});`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 59,
          endLine: 6,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `app.use(async (req, res, next) => {
  const token = req.get('authorization')?.slice(7);
  if (!token) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  const claims = await verifyNotRevoked(token);
  if (!claims) return res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).end();
  if (!claims.scopes.includes('admin')) return res.status(403).end();
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'tenant list of the claims',
      code: `app.use(async (req, res, next) => {
  const token = req.get('authorization')?.slice(7);
  if (!token) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  const claims = await verifyNotRevoked(token);
  if (!claims) return res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).end();
  if (!claims.orgIds.includes(req.params.orgId)) return res.status(401).end();
  next();
});`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 68,
          endLine: 6,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `app.use(async (req, res, next) => {
  const token = req.get('authorization')?.slice(7);
  if (!token) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  const claims = await verifyNotRevoked(token);
  if (!claims) return res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).end();
  if (!claims.orgIds.includes(req.params.orgId)) return res.status(403).end();
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'tenant of the signed-in user',
      code: `app.get('/orgs/:orgId', (req, res) => {
  if (req.user.orgId !== req.params.orgId) return res.status(401).end();
  res.json({});
});`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `app.get('/orgs/:orgId', (req, res) => {
  if (req.user.orgId !== req.params.orgId) return res.status(403).end();
  res.json({});
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'missing membership of the signed-in user',
      code: `app.get('/orgs/:id', async (req, res) => {
  const membership = await db.membership.findFirst({ where: { orgId: req.params.id, userId: req.user.id } });
  if (!membership) return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  res.json({});
});`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `app.get('/orgs/:id', async (req, res) => {
  const membership = await db.membership.findFirst({ where: { orgId: req.params.id, userId: req.user.id } });
  if (!membership) return res.status(403).json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  res.json({});
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'invoice owner with problem body',
      code: `import express from 'express';
const app = express();

app.get('/invoices/:id', async (req, res) => {
  const invoice = await Invoice.findById(req.params.id);
  if (invoice.customerId !== req.user.customerId) {
    return res.status(401).type('application/problem+json').json({ type: 'https://example.com/problems/not-owner', title: 'Not your invoice', status: 401 });
  }
  res.json(invoice);
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.get('/invoices/:id', async (req, res) => {
  const invoice = await Invoice.findById(req.params.id);
  if (invoice.customerId !== req.user.customerId) {
    return res.status(403).type('application/problem+json').json({ type: 'https://example.com/problems/not-owner', title: 'Not your invoice', status: 403 });
  }
  res.json(invoice);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'roles check with about:blank',
      code: `import express from 'express';
const app = express();

app.delete('/users/:id', (req, res) => {
  if (!req.user.roles.includes('admin')) {
    return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.status(204).end();
});`,
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
              output: `import express from 'express';
const app = express();

app.delete('/users/:id', (req, res) => {
  if (!req.user.roles.includes('admin')) {
    return res.status(403).json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  res.status(204).end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'router scope check sendStatus',
      code: `const express = require('express');
const router = express.Router();

router.post('/orders', (req, res) => {
  if (!req.auth.scopes.includes('orders:write')) {
    return res.sendStatus(401);
  }
  res.status(201).end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `const express = require('express');
const router = express.Router();

router.post('/orders', (req, res) => {
  if (!req.auth.scopes.includes('orders:write')) {
    return res.sendStatus(403);
  }
  res.status(201).end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'isAdmin in app.use middleware',
      code: `import express from 'express';
const app = express();

app.use('/admin', (req, res, next) => {
  if (!req.user.isAdmin) {
    res.status(401).end();
    return;
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.use('/admin', (req, res, next) => {
  if (!req.user.isAdmin) {
    res.status(403).end();
    return;
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'hasRole on the user',
      code: `import express from 'express';
const app = express();

app.put('/articles/:id', (req, res) => {
  if (!req.user.hasRole('editor')) return res.status(401).send('Unauthorized');
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 54,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.put('/articles/:id', (req, res) => {
  if (!req.user.hasRole('editor')) return res.status(403).send('Forbidden');
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'role from getUser(req)',
      code: `import express from 'express';
const app = express();

app.delete('/reports/:id', async (req, res) => {
  const user = await getUser(req);
  if (user.role !== 'admin') return res.status(401).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 48,
          endLine: 6,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.delete('/reports/:id', async (req, res) => {
  const user = await getUser(req);
  if (user.role !== 'admin') return res.status(403).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'can() given the identity',
      code: `import express from 'express';
const app = express();

app.delete('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!can(req.user, 'delete', post)) {
    return res.status(401).json({ error: 'not allowed' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.delete('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!can(req.user, 'delete', post)) {
    return res.status(403).json({ error: 'not allowed' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'post author ownership',
      code: `import express from 'express';
const app = express();

app.patch('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (post.authorId !== req.user.id) {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.patch('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (post.authorId !== req.user.id) {
    return res.status(403).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'known present before optional chaining',
      code: `import express from 'express';
const app = express();

app.post('/admin/reindex', (req, res) => {
  if (!req.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  if (!req.user?.isAdmin) {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 9,
          column: 23,
          endLine: 9,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.post('/admin/reindex', (req, res) => {
  if (!req.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  if (!req.user?.isAdmin) {
    return res.status(403).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed missing user or admin',
      code: `import express from 'express';
const app = express();

app.post('/admin', (req, res) => {
  if (!req.user || !req.user.isAdmin) {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'unauthorizedForMixedCondition', line: 6, column: 23, endLine: 6, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'next with createError(401)',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();

app.use('/billing', (req, res, next) => {
  if (!req.user.permissions.includes('billing:read')) {
    return next(createError(401));
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
import createError from 'http-errors';
const app = express();

app.use('/billing', (req, res, next) => {
  if (!req.user.permissions.includes('billing:read')) {
    return next(createError(403));
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'throw createError for staff',
      code: `const createError = require('http-errors');
const app = require('express')();

app.get('/staff', (req, res) => {
  if (req.user.role !== 'staff') throw createError(401, 'staff only');
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `const createError = require('http-errors');
const app = require('express')();

app.get('/staff', (req, res) => {
  if (req.user.role !== 'staff') throw createError(403, 'staff only');
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'new createError.Unauthorized class',
      code: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/a', (req, res, next) => {
  if (!req.user.isAdmin) {
    return next(new createError.Unauthorized());
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/a', (req, res, next) => {
  if (!req.user.isAdmin) {
    return next(new createError.Forbidden());
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      // Express sends the statusCode of a thrown error, so the assignment decides the response.
      name: 'statusCode on thrown error',
      code: `import express from 'express';
const app = express();

app.get('/reports', (req, res) => {
  if (!req.user.isAdmin) {
    const err = new Error('admins only');
    err.statusCode = 401;
    throw err;
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.get('/reports', (req, res) => {
  if (!req.user.isAdmin) {
    const err = new Error('admins only');
    err.statusCode = 403;
    throw err;
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ternary on isAdmin',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => (req.user.isAdmin ? next() : res.status(401).end()));`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 4,
          column: 69,
          endLine: 4,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => (req.user.isAdmin ? next() : res.status(403).end()));`,
            },
          ],
        },
      ],
    },
    {
      name: 'logical operators guard sends',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  req.user.isAdmin || res.sendStatus(401);
  req.user.role !== 'admin' && res.status(401).end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  req.user.isAdmin || res.sendStatus(403);
  req.user.role !== 'admin' && res.status(401).end();
});`,
            },
          ],
        },
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 43,
          endLine: 6,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  req.user.isAdmin || res.sendStatus(401);
  req.user.role !== 'admin' && res.status(403).end();
});`,
            },
          ],
        },
      ],
    },
    {
      // The default case runs when the role matched none of the cases above it.
      name: 'switch default after roles',
      code: `import express from 'express';
const app = express();

app.get('/dashboard', (req, res) => {
  switch (req.user.role) {
    case 'admin':
    case 'editor':
      return res.json({});
    default:
      return res.status(401).end();
  }
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 10,
          column: 25,
          endLine: 10,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.get('/dashboard', (req, res) => {
  switch (req.user.role) {
    case 'admin':
    case 'editor':
      return res.json({});
    default:
      return res.status(403).end();
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'alias of res.status(401)',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    const r = res.status(401);
    return r.json({ error: 'admins only' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    const r = res.status(403);
    return r.json({ error: 'admins only' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'node:http statusCode for role',
      code: `const http = require('node:http');

http.createServer(async (req, res) => {
  const session = await getSession(req);
  if (session.role !== 'admin') {
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `const http = require('node:http');

http.createServer(async (req, res) => {
  const session = await getSession(req);
  if (session.role !== 'admin') {
    res.statusCode = 403;
    res.end();
    return;
  }
  res.end('ok');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'node:http chained writeHead',
      code: `import http from 'node:http';

http.createServer(async (req, res) => {
  const session = await getSession(req);
  if (!session.scopes.includes('read')) {
    res.writeHead(401, { 'Content-Type': 'text/plain' }).end('Unauthorized');
    return;
  }
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import http from 'node:http';

http.createServer(async (req, res) => {
  const session = await getSession(req);
  if (!session.scopes.includes('read')) {
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
    return;
  }
  res.end('ok');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'new Response for owner role',
      code: `export async function DELETE(request) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (session.user.role !== 'owner') {
    return new Response(null, { status: 401 });
  }
  return new Response(null, { status: 204 });
}`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 33,
          endLine: 7,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `export async function DELETE(request) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (session.user.role !== 'owner') {
    return new Response(null, { status: 403 });
  }
  return new Response(null, { status: 204 });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'Response.json title without type',
      code: `export async function POST(request) {
  const session = await auth();
  if (!session.user.isAdmin) {
    return Response.json({ title: 'Unauthorized', status: 401, detail: 'admins only' }, { status: 401 });
  }
  return Response.json({});
}`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 4,
          column: 91,
          endLine: 4,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `export async function POST(request) {
  const session = await auth();
  if (!session.user.isAdmin) {
    return Response.json({ title: 'Forbidden', status: 403, detail: 'admins only' }, { status: 403 });
  }
  return Response.json({});
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'permission hint settles guard',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (req.user.status !== 'active') {
    return res.status(401).json({ error: 'not permitted' });
  }
  res.end();
});`,
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
              output: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (req.user.status !== 'active') {
    return res.status(403).json({ error: 'not permitted' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      // A call of a same-file helper that always sends 401 is a site of its own, reported at the call.
      name: 'same-file helper call',
      code: `import express from 'express';
const app = express();

function unauthorized(res) {
  return res.status(401).end();
}
app.get('/a', (req, res) => {
  if (!req.user.isAdmin) return unauthorized(res);
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 33,
          endLine: 8,
          endColumn: 50,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('no-401-for-forbidden (TypeScript)', rule, {
  valid: [
    {
      name: 'optional chaining role alone',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (req.user?.role !== 'admin') {
    return res.status(401).end();
  }
  res.end();
});`,
    },
    {
      name: 'NextResponse 401 without session',
      code: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function GET() {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ error: 'sign in' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (!session.user.isAdmin) {
    return NextResponse.json({ error: 'admins only' }, { status: 403 });
  }
  return NextResponse.json({});
}`,
    },
    {
      name: 'StatusCodes.UNAUTHORIZED for missing header',
      code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';

const app = express();

app.use((req, res, next) => {
  if (!req.headers.authorization) {
    return res.status(StatusCodes.UNAUTHORIZED).set('WWW-Authenticate', 'Bearer').end();
  }
  next();
});`,
    },
    {
      name: 'jose verify failure in catch',
      code: `import express from 'express';
import { jwtVerify } from 'jose';

const app = express();

app.use(async (req, res, next) => {
  try {
    const { payload } = await jwtVerify(req.headers.authorization!.slice(7), key);
    res.locals.user = payload;
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
  next();
});`,
    },
    {
      name: 'createError(401) for missing auth',
      code: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  if (!req.auth) {
    return next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));
  }
  next();
}`,
    },
    {
      name: 'switch case for missing header',
      code: `import type { Request, Response } from 'express';

export function feed(req: Request, res: Response) {
  switch (req.headers.authorization) {
    case undefined:
      return res.status(401).end();
    default:
      return res.json([]);
  }
}`,
    },
    {
      name: 'falsy verify result in Response',
      code: `export async function GET(request: Request): Promise<Response> {
  const claims = await verifyToken(request.headers.get('authorization') ?? '');
  if (!claims) {
    return Response.json({ error: 'invalid token' }, { status: 401 });
  }
  return Response.json(claims);
}`,
    },
    {
      name: 'node:http API key not string',
      code: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

function handle(req: IncomingMessage, res: ServerResponse) {
  if (typeof req.headers['x-api-key'] !== 'string') {
    res.writeHead(401, { 'WWW-Authenticate': 'ApiKey' });
    res.end();
    return;
  }
  res.end('ok');
}
createServer(handle);`,
    },
    {
      name: 'database user is not identity',
      code: `import express from 'express';

const app = express();

app.get('/users/:id/roles', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.params.id } });
  if (!user?.roles.includes('admin')) {
    return res.status(401).end();
  }
  res.end();
});`,
    },
    {
      name: 'legacy res.json(401, body)',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res.json(401, { error: 'admins only' });
  }
  res.end();
});`,
    },
    {
      name: 'fetch client refreshes on 401',
      code: `export async function getOrders(token: string) {
  const response = await fetch('/api/orders', { headers: { Authorization: \`Bearer \${token}\` } });
  if (response.status === 401) {
    await refreshSession();
  }
  return response.json();
}`,
    },
    {
      name: 'hint alone without guard',
      code: `import express from 'express';

const app = express();

app.get('/admin', (req, res) => {
  res.status(401).json({ error: 'admin only' });
});`,
    },
    {
      name: 'status read from caught error',
      code: `import express from 'express';

const app = express();

app.use((err: { status?: number }, req: express.Request, res: express.Response, next: express.NextFunction) => {
  if (!req.user.isAdmin) {
    return res.status(err.status ?? 401).end();
  }
  next(err);
});`,
    },
    {
      name: 'spec file is skipped',
      filename: 'admin.spec.ts',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) return res.status(401).end();
});`,
    },
    {
      name: '__mocks__ folder is skipped',
      filename: 'src/__mocks__/admin.ts',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) return res.status(401).end();
});`,
    },
    {
      name: '403 for scope with enum',
      code: `import express from 'express';

enum HttpStatus {
  UNAUTHORIZED = 401,
  FORBIDDEN = 403,
}
const app = express();

app.get('/a', (req, res) => {
  if (!req.auth) {
    return res.status(HttpStatus.UNAUTHORIZED).set('WWW-Authenticate', 'Bearer').end();
  }
  if (!req.auth.scopes.includes('read')) {
    return res.status(HttpStatus.FORBIDDEN).end();
  }
  res.end();
});`,
    },
    {
      name: 'invalid credentials on login',
      code: `import express from 'express';

const app = express();

app.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const account = await Account.findOne({ email });
  if (!account || !(await account.checkPassword(password))) {
    return res.status(401).json({ error: 'invalid e-mail or password' });
  }
  res.json({ ok: true });
});`,
    },
    {
      name: '401 for user equal null',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/cart', (req, res) => {
  if (req.user == null) return res.status(401).end();
  res.json(req.user.cart);
});`,
    },
    {
      // Some apps give a visitor who has not signed in the role 'guest', and a 401 is right for them.
      name: 'guest role equality',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/reports', (req, res) => {
  if (req.user.role === 'guest') {
    return res.status(401).end();
  }
  res.end();
});`,
    },
    {
      // Only the innermost condition counts: code for admins often checks the identity again.
      name: 'check inside role equality',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/reports', (req, res) => {
  if (req.user.role === 'admin') {
    if (!checkOtp(req)) {
      return res.status(401).end();
    }
  }
  res.end();
});`,
    },
  ],
  invalid: [
    {
      name: 'scope check after requireUser(request)',
      code: `export async function action({ request }: { request: Request }) {
  const user = await requireUser(request);
  if (!user.scopes.includes('tokens:write')) {
    return new Response(null, { status: 401 });
  }
  return Response.json({ ok: true });
}
`,
      errors: [{ messageId: 'unauthorizedForPermission', line: 4, column: 33, suggestions: [{ messageId: 'sendForbiddenInstead', output: `export async function action({ request }: { request: Request }) {
  const user = await requireUser(request);
  if (!user.scopes.includes('tokens:write')) {
    return new Response(null, { status: 403 });
  }
  return Response.json({ ok: true });
}
` }] }],
    },
    {
      name: 'owner check after requireUser(event)',
      code: `export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const project = await findProject(getRouterParam(event, 'id'));
  if (project.ownerId !== user.id) throw createError({ statusCode: 401, statusMessage: 'Not yours' });
  return project;
});
`,
      errors: [{ messageId: 'unauthorizedForPermission', line: 4, column: 56, suggestions: [{ messageId: 'sendForbiddenInstead', output: `export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const project = await findProject(getRouterParam(event, 'id'));
  if (project.ownerId !== user.id) throw createError({ statusCode: 403, statusMessage: 'Not yours' });
  return project;
});
` }] }],
    },
    {
      name: 'scope of Elysia derived claims',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .derive(({ headers }) => ({ claims: decode(headers.authorization) }))
  .post('/notes', ({ claims, status }) => {
    if (!claims.scopes.includes('notes:write')) {
      return status(401, { message: 'Missing scope' });
    }
    return { created: true };
  });`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .derive(({ headers }) => ({ claims: decode(headers.authorization) }))
  .post('/notes', ({ claims, status }) => {
    if (!claims.scopes.includes('notes:write')) {
      return status(403, { message: 'Missing scope' });
    }
    return { created: true };
  });`,
            },
          ],
        },
      ],
    },
    {
      name: 'plan equality',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/reports', (req, res) => {
  if (req.user.plan === 'free') {
    return res.status(401).end();
  }
  res.end();
});`,
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
              output: `import express from 'express';
const app: express.Express = express();

app.get('/reports', (req, res) => {
  if (req.user.plan === 'free') {
    return res.status(403).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'switch case on the plan',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/reports', (req, res) => {
  switch (req.user.plan) {
    case 'free':
      return res.status(401).end();
    default:
      return res.end();
  }
});`,
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
              output: `import express from 'express';
const app: express.Express = express();

app.get('/reports', (req, res) => {
  switch (req.user.plan) {
    case 'free':
      return res.status(403).end();
    default:
      return res.end();
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'some() over roles in guard',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    const allowed = ['editor', 'admin'].some((role) => user.roles.includes(role));
    if (!allowed) {
      throw new UnauthorizedException('Editors only');
    }
    return true;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 9,
          column: 13,
          endLine: 9,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException, ForbiddenException } from '@nestjs/common';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    const allowed = ['editor', 'admin'].some((role) => user.roles.includes(role));
    if (!allowed) {
      throw new ForbiddenException('Editors only');
    }
    return true;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A local constant cannot be rewritten without touching its other uses, so the fix bails out.
      name: 'local constant status',
      code: `import express from 'express';

const UNAUTHORIZED = 401;
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res.status(UNAUTHORIZED).end();
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'unauthorizedForPermission', line: 8, column: 23, endLine: 8, endColumn: 35, suggestions: [] }],
    },
    {
      name: 'as const object with both',
      code: `import express from 'express';

const HTTP = { UNAUTHORIZED: 401, FORBIDDEN: 403 } as const;
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res.status(HTTP.UNAUTHORIZED).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const HTTP = { UNAUTHORIZED: 401, FORBIDDEN: 403 } as const;
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res.status(HTTP.FORBIDDEN).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      // HTTP has no FORBIDDEN member, so a renamed member would send undefined. The fix must bail out.
      name: 'as const object without 403',
      code: `import express from 'express';

const HTTP = { OK: 200, UNAUTHORIZED: 401 } as const;
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res.status(HTTP.UNAUTHORIZED).end();
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'unauthorizedForPermission', line: 8, column: 23, endLine: 8, endColumn: 40, suggestions: [] }],
    },
    {
      name: 'TypeScript enum member',
      code: `import express from 'express';

enum HttpStatus {
  UNAUTHORIZED = 401,
  FORBIDDEN = 403,
}
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.roles.includes('admin')) {
    return res.status(HttpStatus.UNAUTHORIZED).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

enum HttpStatus {
  UNAUTHORIZED = 401,
  FORBIDDEN = 403,
}
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.roles.includes('admin')) {
    return res.status(HttpStatus.FORBIDDEN).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'StatusCodes in router',
      code: `import { Router } from 'express';
import { StatusCodes } from 'http-status-codes';

export const router = Router();

router.get('/a', (req, res) => {
  if (!req.auth.scopes.includes('reports:read')) {
    return res.status(StatusCodes.UNAUTHORIZED).json({ error: 'missing scope' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Router } from 'express';
import { StatusCodes } from 'http-status-codes';

export const router = Router();

router.get('/a', (req, res) => {
  if (!req.auth.scopes.includes('reports:read')) {
    return res.status(StatusCodes.FORBIDDEN).json({ error: 'missing scope' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'NextResponse.json after session check',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function POST() {
  const session = await auth();
  if (!session) {
    return NextResponse.json({ title: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (session.user.role !== 'admin') {
    return NextResponse.json({ title: 'Unauthorized', status: 401 }, { status: 401 });
  }
  return NextResponse.json({});
}`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 10,
          column: 72,
          endLine: 10,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function POST() {
  const session = await auth();
  if (!session) {
    return NextResponse.json({ title: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (session.user.role !== 'admin') {
    return NextResponse.json({ title: 'Forbidden', status: 403 }, { status: 403 });
  }
  return NextResponse.json({});
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'new NextResponse for permission',
      code: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function DELETE(request: Request) {
  const session = await getServerSession();
  if (!session?.user) {
    return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (!session.user.permissions.includes('projects:delete')) {
    return new NextResponse(null, { status: 401 });
  }
  return new NextResponse(null, { status: 204 });
}`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 10,
          column: 37,
          endLine: 10,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function DELETE(request: Request) {
  const session = await getServerSession();
  if (!session?.user) {
    return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (!session.user.permissions.includes('projects:delete')) {
    return new NextResponse(null, { status: 403 });
  }
  return new NextResponse(null, { status: 204 });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'createError with StatusCodes member',
      code: `import createError from 'http-errors';
import { StatusCodes } from 'http-status-codes';
import type { NextFunction, Request, Response } from 'express';

export function requireStaff(req: Request, res: Response, next: NextFunction) {
  if (!req.user.groups.includes('staff')) {
    return next(createError(StatusCodes.UNAUTHORIZED, 'staff only'));
  }
  next();
}`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import createError from 'http-errors';
import { StatusCodes } from 'http-status-codes';
import type { NextFunction, Request, Response } from 'express';

export function requireStaff(req: Request, res: Response, next: NextFunction) {
  if (!req.user.groups.includes('staff')) {
    return next(createError(StatusCodes.FORBIDDEN, 'staff only'));
  }
  next();
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'typed handler feature flag',
      code: `import type { Request, Response } from 'express';

export function exportReport(req: Request, res: Response) {
  if (!req.user.features.includes('export')) {
    res.status(401).send();
    return;
  }
  res.end();
}`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import type { Request, Response } from 'express';

export function exportReport(req: Request, res: Response) {
  if (!req.user.features.includes('export')) {
    res.status(403).send();
    return;
  }
  res.end();
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed session or role',
      code: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function GET() {
  const session = await getServerSession();
  if (!session || session.user.role !== 'admin') {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  return NextResponse.json({});
}`,
      output: null,
      errors: [{ messageId: 'unauthorizedForMixedCondition', line: 7, column: 59, endLine: 7, endColumn: 70, suggestions: [] }],
    },
    {
      name: 'mixed missing id or roles',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user?.id || !req.user.roles.includes('admin')) {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'unauthorizedForMixedCondition', line: 7, column: 23, endLine: 7, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'early return on admin role',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (req.user.role === 'admin') {
    return res.json({ ok: true });
  }
  return res.status(401).end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (req.user.role === 'admin') {
    return res.json({ ok: true });
  }
  return res.status(403).end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'writeHead with reason phrase',
      code: `import { createServer } from 'node:http';

createServer(async (req, res) => {
  const session = await getSession(req);
  if (!session.isAdmin) {
    res.writeHead(401, 'Unauthorized', { 'Content-Type': 'application/json' });
    res.end('{}');
    return;
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { createServer } from 'node:http';

createServer(async (req, res) => {
  const session = await getSession(req);
  if (!session.isAdmin) {
    res.writeHead(403, 'Forbidden', { 'Content-Type': 'application/json' });
    res.end('{}');
    return;
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'session user known present',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.session?.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  if (req.session?.user?.role !== 'admin') {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.session?.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  if (req.session?.user?.role !== 'admin') {
    return res.status(403).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'team owner with error class',
      code: `import createError from 'http-errors';
import express from 'express';

const app = express();

app.post('/teams/:id/members', async (req, res) => {
  const team = await Team.findById(req.params.id);
  if (team.ownerId !== req.user.id) {
    throw new createError.Unauthorized('only the owner can add members');
  }
  res.status(201).end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import createError from 'http-errors';
import express from 'express';

const app = express();

app.post('/teams/:id/members', async (req, res) => {
  const team = await Team.findById(req.params.id);
  if (team.ownerId !== req.user.id) {
    throw new createError.Forbidden('only the owner can add members');
  }
  res.status(201).end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'status set before send',
      code: `import express from 'express';

const app = express();

app.use((req, res, next) => {
  if (!req.user.hasPermission('audit:read')) {
    res.status(401);
    return res.json({ error: 'not permitted' });
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.use((req, res, next) => {
  if (!req.user.hasPermission('audit:read')) {
    res.status(403);
    return res.json({ error: 'not permitted' });
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem body across lines',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res
      .status(401)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Admins only' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user.isAdmin) {
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Admins only' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'destructured user role',
      code: `import express from 'express';

const app = express();

app.post('/orders', (req, res) => {
  const { user } = req;
  if (user.role !== 'admin') return res.status(401).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 48,
          endLine: 7,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.post('/orders', (req, res) => {
  const { user } = req;
  if (user.role !== 'admin') return res.status(403).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'can() method on user',
      code: `import express from 'express';

const app = express();

app.put('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!req.user.can('edit', post)) return res.status(401).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 54,
          endLine: 7,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.put('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!req.user.can('edit', post)) return res.status(403).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'user id against route param',
      code: `import express from 'express';

const app = express();

app.get('/users/:userId/orders', (req, res) => {
  const user = req.user;
  if (user.id !== req.params.userId) return res.status(401).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 56,
          endLine: 7,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.get('/users/:userId/orders', (req, res) => {
  const user = req.user;
  if (user.id !== req.params.userId) return res.status(403).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'isAdmin not true',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (req.user.isAdmin !== true) return res.status(401).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 52,
          endLine: 6,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (req.user.isAdmin !== true) return res.status(403).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'isAdmin strictly false',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (req.user.isAdmin === false) {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (req.user.isAdmin === false) {
    return res.status(403).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'OAuth scope string split',
      code: `import express from 'express';

const app = express();

app.post('/orders', (req, res) => {
  if (!req.auth.scope.split(' ').includes('orders:write')) {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';

const app = express();

app.post('/orders', (req, res) => {
  if (!req.auth.scope.split(' ').includes('orders:write')) {
    return res.status(403).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'plan check',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/reports/export', (req, res) => {
  if (req.user.plan !== 'pro') {
    return res.status(401).json({ error: 'upgrade required' });
  }
  res.end();
});`,
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
              output: `import express from 'express';
const app: express.Express = express();

app.get('/reports/export', (req, res) => {
  if (req.user.plan !== 'pro') {
    return res.status(403).json({ error: 'upgrade required' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'policy call given member id',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/invoices', (req, res) => {
  const memberId = req.user.id;
  if (!policies.allows(memberId, 'invoice:read')) {
    return res.status(401).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
const app: express.Express = express();

app.get('/invoices', (req, res) => {
  const memberId = req.user.id;
  if (!policies.allows(memberId, 'invoice:read')) {
    return res.status(403).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Express statusCode for billing role',
      code: `import express from 'express';
import type { Request, Response } from 'express';

const app = express();

app.get('/billing', (req: Request, res: Response) => {
  if (!req.user.roles.includes('billing')) {
    res.statusCode = 401;
    res.json({ error: 'billing role required' });
    return;
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import express from 'express';
import type { Request, Response } from 'express';

const app = express();

app.get('/billing', (req: Request, res: Response) => {
  if (!req.user.roles.includes('billing')) {
    res.statusCode = 403;
    res.json({ error: 'billing role required' });
    return;
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
  ],
});

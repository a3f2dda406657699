import rule from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-www-authenticate (JavaScript)', rule, {
  valid: [
    {
      name: 'error passed on by socket.io middleware',
      code: `import { Server } from 'socket.io';
const io = new Server();
io.use((socket, next) => {
  if (!socket.handshake.auth.token) {
    const err = new Error('not authorized');
    err.status = 401;
    return next(err);
  }
  next();
});
export default io;
`,
    },
    {
      name: 'exported client hook that takes request',
      filename: 'src/api/hooks.ts',
      code: `export const requireToken = (request) => {
  if (!request.headers.get('authorization')) {
    return new Response(JSON.stringify({ message: 'Not signed in' }), { status: 401 });
  }
  return request;
};
`,
    },
    {
      name: 'catch that drops the error',
      code: `import express from 'express';
const app = express();
app.use((req, res, next) => {
  try {
    if (!req.headers.authorization) {
      const err = new Error('Unauthorized');
    err.status = 401;
    throw err;
    }
    req.user = decode(req.headers.authorization);
  } catch {
    next();
  }
});
`,
    },
    {
      name: 'catch that throws another error',
      code: `import express from 'express';
const app = express();
app.get('/me', async (req, res) => {
  try {
    if (!req.headers.authorization) {
      const err = new Error('Unauthorized');
    err.status = 401;
    throw err;
    }
    res.json(await load(req));
  } catch (err) {
    console.error(err);
    throw new Error('load failed');
  }
});
`,
    },
    {
      name: 'async helper awaited through Promise.all',
      code: `import express from 'express';
const app = express();
async function requireToken(req) {
  if (!req.headers.authorization) {
    const err = new Error('Unauthorized');
    err.status = 401;
    throw err;
  }
}
app.get('/me', async (req, res) => {
  try {
    await Promise.all([requireToken(req), load()]);
    res.json({});
  } catch {
    res.status(500).end();
  }
});
`,
    },
    {
      name: 'challenge set in a callback that returns early',
      code: `import express from 'express';
const app = express();
const schemes = [{ enabled: true, challenge: 'Bearer realm="api"' }];
app.get('/me', (req, res) => {
  if (!req.headers.authorization) {
    schemes.forEach((scheme) => {
      if (scheme.enabled) {
        res.set('WWW-Authenticate', scheme.challenge);
        return;
      }
    });
    return res.status(401).end();
  }
  res.send('ok');
});
`,
    },
    {
      name: 'Response in an API client middleware file',
      filename: 'src/api/middleware.ts',
      code: `export const authMiddleware = {
  async onResponse({ response }) {
    if (response.status === 401) {
      return new Response(JSON.stringify({ message: 'session expired' }), { status: 401 });
    }
    return response;
  },
};
`,
    },
    {
      name: 'Response in a ky hook',
      code: `export const api = ky.create({
  hooks: {
    afterResponse: [async (request, options, response) => (response.status === 419 ? new Response(null, { status: 401 }) : response)],
  },
});
`,
    },
    {
      name: 'error status in a browser fetch wrapper',
      code: `export async function send(request) {
  const response = await fetch(request);
  if (response.status === 401) {
    const err = new Error('Session expired');
    err.status = 401;
    throw err;
  }
  return response;
}
`,
    },
    {
      name: 'helper error caught by its caller',
      code: `import express from 'express';
const app = express();
async function callInventory(token) {
  const response = await fetch('http://127.0.0.1:9000/inventory', { headers: { authorization: token } });
  if (response.status === 401) {
    const err = new Error('rejected');
    err.status = 401;
    throw err;
  }
  return response.json();
}
app.get('/stock', async (req, res) => {
  try {
    res.json(await callInventory(req.get('authorization')));
  } catch {
    res.status(502).end();
  }
});
`,
    },
    {
      name: 'challenge set on a Headers variable',
      code: `export async function GET(request) {
  if (!request.headers.get('authorization')) {
    const headers = new Headers();
    headers.set('WWW-Authenticate', 'Bearer realm="api"');
    return new Response(null, { status: 401, headers });
  }
  return new Response('ok');
}
`,
    },
    {
      name: 'error status in an API client',
      code: `export async function fetchProfile(url) {
  const response = await fetch(url);
  if (response.status === 401) {
    const err = new Error('Session expired');
    err.status = 401;
    throw err;
  }
  return response.json();
}
`,
    },
    {
      name: 'error passed to a router guard',
      code: `export function authGuard(to, from, next) {
  if (to.meta.requiresAuth && !localStorage.getItem('token')) {
    const err = new Error('Not logged in');
    err.status = 401;
    return next(err);
  }
  next();
}
`,
    },
    {
      name: 'error passed to a plain callback',
      code: `import express from 'express';
export function loadToken(store, callback) {
  const err = new Error('no token');
  err.status = 401;
  callback(err);
}
`,
    },
    {
      name: 'error thrown into a catch',
      code: `import express from 'express';
const app = express();
app.get('/stock', async (req, res) => {
  try {
    const err = new Error('rejected');
    err.status = 401;
    throw err;
  } catch {
    res.redirect('/login');
  }
});
`,
    },
    {
      name: 'Response in an SDK transport',
      code: `export async function send(input, token) {
  if (!token) {
    return new Response(JSON.stringify({ error: 'missing_credentials' }), { status: 401 });
  }
  return fetch(input, { headers: { authorization: token } });
}
`,
    },
    {
      name: 'Response in a service worker',
      code: `self.addEventListener('fetch', (event) => {
  event.respondWith(new Response('Signed out', { status: 401 }));
});
`,
    },
    {
      name: 'Response in a fetch mock',
      code: `export function mockSignedOut(vi) {
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 401 }));
}
`,
    },
    {
      name: 'header in a try whose catch swallows the error',
      code: `app.get('/me', async (req, res) => {
  try {
    res.set('WWW-Authenticate', 'Bearer');
    return res.json(await loadProfile(req));
  } catch {}
  return res.status(401).end();
});`,
    },
    {
      name: 'set before status in chain',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'login required' });
  res.json(req.user);
});
`,
    },
    {
      name: 'header after status in chain',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401).header('WWW-Authenticate', 'Bearer realm="api"').end();
});
`,
    },
    {
      name: 'setHeader in an earlier statement',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(401).json({ error: 'login required' });
});
`,
    },
    {
      name: 'append before sendStatus',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.append('WWW-Authenticate', 'Bearer');
  res.append('WWW-Authenticate', 'Basic realm="api"');
  res.sendStatus(401);
});
`,
    },
    {
      name: 'set with a headers object',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' }).status(401).end();
});
`,
    },
    {
      name: 'writeHead headers with challenge',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, { 'WWW-Authenticate': 'Bearer' });
  res.end();
});
`,
    },
    {
      name: 'writeHead reason and lower-case header',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, 'Unauthorized', { 'www-authenticate': 'Bearer' }).end();
});
`,
    },
    {
      name: 'Response init headers object',
      code: `export function GET() {
  return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
    },
    {
      name: 'Response init Headers instance',
      code: `export function GET() {
  return new Response(null, { status: 401, headers: new Headers({ 'WWW-Authenticate': 'Bearer' }) });
}
`,
    },
    {
      name: 'createError props with challenge',
      code: `import createError from 'http-errors';
export function requireUser(req) {
  if (!req.user) throw createError(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
    },
    {
      name: 'header on res before next',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/me', (req, res, next) => {
  res.set('WWW-Authenticate', 'Bearer');
  next(createError(401));
});
`,
    },
    {
      name: 'helper called earlier with res',
      code: `import express from 'express';
import { addChallenge } from './auth.js';
const app = express();
app.get('/me', (req, res) => {
  addChallenge(res);
  res.status(401).end();
});
`,
    },
    {
      name: 'unresolved status',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(req.user ? 200 : 401).json({});
});
`,
    },
    {
      name: 'caught error passed to next',
      code: `import express from 'express';
const app = express();
app.get('/me', async (req, res, next) => {
  try {
    res.json(await load(req));
  } catch (err) {
    next(err);
  }
});
`,
    },
    {
      name: '401 after a role check',
      code: `import express from 'express';
const app = express();
app.delete('/posts/:id', (req, res) => {
  if (!req.user.roles.includes('admin')) {
    return res.status(401).json({ error: 'admin only' });
  }
  res.sendStatus(204);
});
`,
    },
    {
      name: 'ignoreThrownErrors skips thrown createError',
      code: `import createError from 'http-errors';
export function requireUser(req) {
  if (!req.user) throw createError(401, 'login required');
}
`,
      options: [{ ignoreThrownErrors: true }],
    },
    {
      name: 'header in a branch that may run',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) {
    res.set('WWW-Authenticate', 'Bearer');
  }
  res.status(401).end();
});
`,
    },
    {
      name: 'middleware sets challenge for routes',
      code: `import express from 'express';
const app = express();
app.use((req, res, next) => {
  res.set('WWW-Authenticate', 'Bearer realm="api"');
  next();
});
app.get('/me', (req, res) => {
  if (!req.user) return res.status(401).end();
  res.json(req.user);
});
`,
    },
    {
      name: 'set with a headers variable',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set(commonHeaders).status(401).end();
});
`,
    },
    {
      name: 'Response init headers spread',
      code: `export function GET() {
  return new Response(null, { status: 401, headers: { ...corsHeaders } });
}
`,
    },
    {
      name: 'Response init header pairs',
      code: `export function GET() {
  return new Response(null, { status: 401, headers: [['WWW-Authenticate', 'Bearer']] });
}
`,
    },
    {
      name: 'header before thrown createError',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer');
  if (!req.user) throw createError(401);
  res.json(req.user);
});
`,
    },
    {
      name: 'header then statusCode assignment',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.header('WWW-Authenticate', 'Bearer');
  res.statusCode = 401;
  res.end();
});
`,
    },
    {
      name: 'setHeader before writeHead',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.writeHead(401).end();
});
`,
    },
    {
      name: 'setHeader chained before status',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ error: 'login required' });
});
`,
    },
    {
      name: 'test file under __tests__',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401).end();
});
`,
      filename: '__tests__/auth.js',
    },
  ],
  invalid: [
    {
      name: 'file that challenges with two schemes',
      code: `export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === '/logout') return new Response('Logged out.', { status: 401 });
    if (pathname.startsWith('/admin') && !request.headers.get('authorization')?.startsWith('Basic ')) {
      return new Response('Sign in', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="staging"' } });
    }
    if (!(await tokenIsValid(request))) {
      return new Response('Expired', { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    }
    return fetch(request);
  },
};
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 4, column: 70, suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Bearer' }, output: `export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === '/logout') return new Response('Logged out.', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
    if (pathname.startsWith('/admin') && !request.headers.get('authorization')?.startsWith('Basic ')) {
      return new Response('Sign in', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="staging"' } });
    }
    if (!(await tokenIsValid(request))) {
      return new Response('Expired', { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    }
    return fetch(request);
  },
};
` }] }],
    },
    {
      name: '401 passed on from another service',
      code: `import express from 'express';
const app = express();
app.get('/invoices', async (req, res) => {
  const upstream = await fetch(process.env.BILLING_URL, { headers: { authorization: \`Bearer \${process.env.BILLING_TOKEN}\` } });
  if (upstream.status === 401) {
    return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.json(await upstream.json());
});
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 6, column: 23, suggestions: [{ messageId: 'addChallenge', output: `import express from 'express';
const app = express();
app.get('/invoices', async (req, res) => {
  const upstream = await fetch(process.env.BILLING_URL, { headers: { authorization: \`Bearer \${process.env.BILLING_TOKEN}\` } });
  if (upstream.status === 401) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.json(await upstream.json());
});
` }] }],
    },
    {
      name: 'challenge set after writeHead',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(401, { 'Content-Type': 'application/problem+json' });
    res.setHeader('WWW-Authenticate', 'Bearer realm="api"');
    return res.end(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }));
  }
  res.setHeader('WWW-Authenticate', 'Bearer realm="other"');
  res.writeHead(200);
  res.end('ok');
}).listen(3000);
`,
      output: null,
      errors: [{ messageId: 'droppedChallenge', line: 4, column: 19, suggestions: [] }],
    },
    {
      name: 'login form with a pass field',
      code: `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  const { user, pass } = req.body;
  const account = await findAccount(user);
  if (!account || !(await bcrypt.compare(pass, account.hash))) {
    return res.status(401).send('Wrong name or password');
  }
  res.redirect('/');
});
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 7, column: 23, suggestions: [{ messageId: 'addChallenge', output: `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  const { user, pass } = req.body;
  const account = await findAccount(user);
  if (!account || !(await bcrypt.compare(pass, account.hash))) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).send('Wrong name or password');
  }
  res.redirect('/');
});
` }] }],
    },
    {
      name: 'file that challenges with Basic elsewhere',
      code: `export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === '/logout') return new Response('Logged out.', { status: 401 });
    const auth = request.headers.get('authorization');
    if (!auth || !auth.startsWith('Basic ')) {
      return new Response('Sign in', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="staging"' } });
    }
    return fetch(request);
  },
};
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 4, column: 70, suggestions: [{ messageId: 'addChallenge', output: `export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === '/logout') return new Response('Logged out.', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="staging"' } });
    const auth = request.headers.get('authorization');
    if (!auth || !auth.startsWith('Basic ')) {
      return new Response('Sign in', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="staging"' } });
    }
    return fetch(request);
  },
};
` }] }],
    },
    {
      name: 'permission member of an unknown object',
      code: `import express from 'express';
const app = express();
app.get('/admin', async (req, res) => {
  const account = await loadAccount(req.params.id);
  if (!account.roles.includes('admin')) { res.statusCode = 401; return res.end(); }
  res.end('ok');
});
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 43, suggestions: [{ messageId: 'addChallenge', output: `import express from 'express';
const app = express();
app.get('/admin', async (req, res) => {
  const account = await loadAccount(req.params.id);
  if (!account.roles.includes('admin')) { res.setHeader('WWW-Authenticate', 'Bearer'); res.statusCode = 401; return res.end(); }
  res.end('ok');
});
` }] }],
    },
    {
      name: 'Headers variable without a challenge',
      code: `export async function GET(request) {
  if (!request.headers.get('authorization')) {
    const headers = new Headers();
    headers.set('Content-Type', 'application/problem+json');
    return new Response(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }), { status: 401, headers });
  }
  return new Response('ok');
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 104,
          endLine: 5,
          endColumn: 115,
          suggestions: [],
        },
      ],
    },
    {
      name: 'error status in a Koa middleware module',
      code: `export async function auth(context, next) {
  if (!context.state.user) {
    const err = new Error('Sign in');
    err.status = 401;
    throw err;
  }
  await next();
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'catch that passes the error to next',
      code: `import express from 'express';
const app = express();
app.get('/me', async (req, res, next) => {
  try {
    if (!req.headers.authorization) {
      const err = new Error('Sign in');
      err.status = 401;
      throw err;
    }
    res.json({});
  } catch (e) {
    next(e);
  }
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'async helper called without await',
      code: `import express from 'express';
const app = express();
async function loadUser(req) {
  if (!req.user) {
    const err = new Error('Sign in');
    err.status = 401;
    throw err;
  }
  return req.user;
}
app.get('/me', (req, res, next) => {
  try {
    loadUser(req).then((user) => res.json(user), next);
  } catch {
    res.status(500).end();
  }
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'helper error raised outside a try',
      code: `import express from 'express';
const app = express();
function requireUser(user) {
  if (!user) {
    const err = new Error('Sign in');
    err.status = 401;
    throw err;
  }
}
app.get('/me', (req, res) => {
  try {
    audit(req);
  } catch {}
  requireUser(req.user);
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      // The status is known, so the thrown error is a 401 site; no fix, because the error takes no header here.
      name: 'thrown error with a status',
      code: `export function requireUser(req) {
  if (!req.user) {
    const err = new Error('login required');
    err.status = 401;
    throw err;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'status chain with json',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'not logged in' });
  }
  res.json(req.user);
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'not logged in' });
  }
  res.json(req.user);
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sendStatus on a router',
      code: `const express = require('express');
const router = express.Router();
router.get('/me', (req, res) => {
  if (!req.headers.authorization) return res.sendStatus(401);
  res.json({ ok: true });
});
`,
      output: `const express = require('express');
const router = express.Router();
router.get('/me', (req, res) => {
  if (!req.headers.authorization) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json({ ok: true });
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 57,
          endLine: 4,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      name: 'status chain with end',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401).end();
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').status(401).end();
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'status statement then json',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401);
  res.json({ error: 'login required' });
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').status(401);
  res.json({ error: 'login required' });
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'alias of status call',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  const reply = res.status(401);
  reply.json({ error: 'login required' });
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  const reply = res.set('WWW-Authenticate', 'Bearer').status(401);
  reply.json({ error: 'login required' });
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'statusCode assignment in node:http',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.statusCode = 401;
  res.end();
});
`,
      output: `import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.statusCode = 401;
  res.end();
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'writeHead without headers',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401);
  res.end();
});
`,
      output: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, { 'WWW-Authenticate': 'Bearer' });
  res.end();
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'writeHead with headers object',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, { 'Content-Type': 'text/plain' });
  res.end('login required');
});
`,
      output: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' });
  res.end('login required');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'writeHead with reason phrase',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, 'Unauthorized').end();
});
`,
      output: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer' }).end();
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'writeHead with reason and headers',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, 'Unauthorized', { 'Content-Type': 'text/plain' });
  res.end('login required');
});
`,
      output: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, 'Unauthorized', { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' });
  res.end('login required');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'empty Response constructor',
      code: `export function GET() {
  return new Response(null, { status: 401 });
}
`,
      output: `export function GET() {
  return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Response.json with other headers',
      code: `export function GET() {
  return Response.json({ error: 'login required' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
}
`,
      output: `export function GET() {
  return Response.json({ error: 'login required' }, { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      name: 'createError passed to next',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/me', (req, res, next) => {
  if (!req.user) return next(createError(401));
  res.json(req.user);
});
`,
      output: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/me', (req, res, next) => {
  if (!req.user) return next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));
  res.json(req.user);
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      name: 'thrown createError with message',
      code: `const createError = require('http-errors');
async function loadUser(req) {
  if (!req.user) throw createError(401, 'login required');
  return req.user;
}
module.exports = { loadUser };
`,
      output: `const createError = require('http-errors');
async function loadUser(req) {
  if (!req.user) throw createError(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  return req.user;
}
module.exports = { loadUser };
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      name: 'createError props without headers',
      code: `import createError from 'http-errors';
export function requireUser(req) {
  if (!req.user) throw createError(401, 'login required', { expose: true });
}
`,
      output: `import createError from 'http-errors';
export function requireUser(req) {
  if (!req.user) throw createError(401, 'login required', { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 76,
          suggestions: [],
        },
      ],
    },
    {
      name: 'error class cannot take headers',
      code: `import createError from 'http-errors';
export function requireUser(req) {
  if (!req.user) throw new createError.Unauthorized();
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Basic scheme after a pattern quantifier',
      code: `app.get('/admin', (req, res) => {
  const match = /^\\s*Basic\\s+(\\S+)/i.exec(req.headers.authorization ?? '');
  if (!match) return res.status(401).send('Unauthorized');
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 3,
          suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Basic realm="Restricted"' }, output: `app.get('/admin', (req, res) => {
  const match = /^\\s*Basic\\s+(\\S+)/i.exec(req.headers.authorization ?? '');
  if (!match) return res.set('WWW-Authenticate', 'Basic realm="Restricted"').status(401).send('Unauthorized');
  res.end('ok');
});` }],
        },
      ],
    },
    {
      name: 'Basic scheme in a regular expression',
      code: `app.get('/admin', (req, res) => {
  const auth = req.headers.authorization || '';
  if (!/^Basic\\s+/i.test(auth)) return res.status(401).end();
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 54,
          suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Basic realm="Restricted"' }, output: `app.get('/admin', (req, res) => {
  const auth = req.headers.authorization || '';
  if (!/^Basic\\s+/i.test(auth)) return res.set('WWW-Authenticate', 'Basic realm="Restricted"').status(401).end();
  res.end('ok');
});` }],
        },
      ],
    },
    {
      name: 'Bearer or Basic keeps Bearer as a suggestion',
      code: `app.get('/admin', (req, res) => {
  const auth = req.headers.authorization || '';
  if (!auth.startsWith('Bearer ') && !auth.startsWith('Basic ')) return res.status(401).end();
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 3,
          column: 84,
          endLine: 3,
          endColumn: 87,
          suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Bearer' }, output: `app.get('/admin', (req, res) => {
  const auth = req.headers.authorization || '';
  if (!auth.startsWith('Bearer ') && !auth.startsWith('Basic ')) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  res.end('ok');
});` }],
        },
      ],
    },
    {
      name: 'Basic credentials make a suggestion',
      code: `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) {
    return res.status(401).send('login required');
  }
  res.send('ok');
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Basic realm="Restricted"' },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Basic realm="Restricted"' },
              output: `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) {
    return res.set('WWW-Authenticate', 'Basic realm="Restricted"').status(401).send('login required');
  }
  res.send('ok');
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'API-key header makes a suggestion',
      code: `import express from 'express';
const app = express();
app.get('/data', (req, res) => {
  const key = req.get('x-api-key');
  if (!key) return res.status(401).json({ error: 'missing key' });
  res.json([]);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import express from 'express';
const app = express();
app.get('/data', (req, res) => {
  const key = req.get('x-api-key');
  if (!key) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'missing key' });
  res.json([]);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'IP allow-list makes a suggestion',
      code: `import express from 'express';
const app = express();
const ALLOWED_IPS = new Set(['10.0.0.1']);
app.get('/metrics', (req, res) => {
  if (!ALLOWED_IPS.has(req.ip)) return res.status(401).json({ error: 'not allowed' });
  res.json([]);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 51,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import express from 'express';
const app = express();
const ALLOWED_IPS = new Set(['10.0.0.1']);
app.get('/metrics', (req, res) => {
  if (!ALLOWED_IPS.has(req.ip)) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'not allowed' });
  res.json([]);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'x-auth-token header makes a suggestion',
      code: `import express from 'express';
const app = express();
app.get('/data', (req, res) => {
  const key = req.get('x-auth-token');
  if (!key) return res.status(401).json({ error: 'missing key' });
  res.json([]);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import express from 'express';
const app = express();
app.get('/data', (req, res) => {
  const key = req.get('x-auth-token');
  if (!key) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'missing key' });
  res.json([]);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'webhook signature makes a suggestion',
      code: `import express from 'express';
const app = express();
app.post('/hooks', (req, res) => {
  if (!verifySignature(req.body, req.get('stripe-signature'))) return res.status(401).end();
  res.json([]);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 82,
          endLine: 4,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import express from 'express';
const app = express();
app.post('/hooks', (req, res) => {
  if (!verifySignature(req.body, req.get('stripe-signature'))) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  res.json([]);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'invalid_client gets a Basic suggestion',
      code: `import express from 'express';
const app = express();
app.post('/oauth/token', async (req, res) => {
  const client = await authenticateClient(req.get('authorization'));
  if (!client) return res.status(401).json({ error: 'invalid_client' });
  res.json([]);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Basic realm="Restricted"' },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Basic realm="Restricted"' },
              output: `import express from 'express';
const app = express();
app.post('/oauth/token', async (req, res) => {
  const client = await authenticateClient(req.get('authorization'));
  if (!client) return res.set('WWW-Authenticate', 'Basic realm="Restricted"').status(401).json({ error: 'invalid_client' });
  res.json([]);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'rendered login page gets a suggestion',
      code: `import express from 'express';
const app = express();
app.get('/account', (req, res) => {
  if (!req.user) return res.status(401).render('login');
  res.render('account');
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import express from 'express';
const app = express();
app.get('/account', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).render('login');
  res.render('account');
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Remix json with a status alone',
      code: `import { json } from '@remix-run/node';
export async function action({ request }) {
  if (!request.headers.get('authorization')) return json({ error: 'no token' }, 401);
  return json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 81,
          endLine: 3,
          endColumn: 84,
          suggestions: [],
        },
      ],
    },
    {
      name: 'SvelteKit json under another name',
      code: `import { json as kitJson } from '@sveltejs/kit';
export async function GET({ request }) {
  if (!request.headers.get('authorization')) return kitJson({ error: 'Unauthorized' }, { status: 401 });
  return kitJson({ ok: true });
}
`,
      output: `import { json as kitJson } from '@sveltejs/kit';
export async function GET({ request }) {
  if (!request.headers.get('authorization')) return kitJson({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return kitJson({ ok: true });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 90,
          endLine: 3,
          endColumn: 101,
          suggestions: [],
        },
      ],
    },
    {
      name: 'SvelteKit json of a namespace import',
      code: `import * as kit from '@sveltejs/kit';
export async function GET({ request }) {
  if (!request.headers.get('authorization')) return kit.json({ error: 'Unauthorized' }, { status: 401 });
  return kit.json({ ok: true });
}
`,
      output: `import * as kit from '@sveltejs/kit';
export async function GET({ request }) {
  if (!request.headers.get('authorization')) return kit.json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return kit.json({ ok: true });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 91,
          endLine: 3,
          endColumn: 102,
          suggestions: [],
        },
      ],
    },
    {
      name: 'configured Basic challenge autofixes a Basic path',
      code: `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  if (!/^Basic /.test(req.get('authorization') ?? '')) return res.status(401).end();
  res.send('ok');
});
`,
      options: [{ challenge: 'Basic realm="admin"' }],
      output: `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  if (!/^Basic /.test(req.get('authorization') ?? '')) return res.set('WWW-Authenticate', 'Basic realm="admin"').status(401).end();
  res.send('ok');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Basic realm="admin"' },
          line: 4,
          column: 74,
          endLine: 4,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
    {
      name: 'header only in exited branch',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) {
    res.set('WWW-Authenticate', 'Bearer');
    return res.redirect('/login');
  }
  res.status(401).json({ error: 'session expired' });
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) {
    res.set('WWW-Authenticate', 'Bearer');
    return res.redirect('/login');
  }
  res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'session expired' });
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'other header in the chain',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('Content-Type', 'text/plain').status(401).send('login required');
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').set('Content-Type', 'text/plain').status(401).send('login required');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'challenge option value inserted',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'not logged in' });
  }
  res.json(req.user);
});
`,
      options: [{ challenge: 'Bearer realm="api"' }],
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) {
    return res.set('WWW-Authenticate', 'Bearer realm="api"').status(401).json({ error: 'not logged in' });
  }
  res.json(req.user);
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer realm="api"' },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'ignoreThrownErrors keeps sends',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) return res.status(401).end();
  res.json(req.user);
});
`,
      options: [{ ignoreThrownErrors: true }],
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  res.json(req.user);
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'statusCode in braceless if',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) res.statusCode = 401;
  res.end();
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'header after json in chain',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401).json({}).set('WWW-Authenticate', 'Bearer');
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').status(401).json({}).set('WWW-Authenticate', 'Bearer');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'header on another handler',
      code: `import express from 'express';
const app = express();
app.get('/a', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').status(401).end();
});
app.get('/b', (req, res) => {
  res.status(401).end();
});
`,
      output: `import express from 'express';
const app = express();
app.get('/a', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').status(401).end();
});
app.get('/b', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').status(401).end();
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      // The cookie is written after the 401 branch, so the path to the 401 shows no other scheme.
      name: 'cookie off the path',
      code: `import express from 'express';
const app = express();
app.post('/login', (req, res) => {
  const token = req.get('authorization');
  if (!token) return res.status(401).json({ error: 'missing token' });
  res.cookie('seen', '1').json({ ok: true });
});
`,
      output: `import express from 'express';
const app = express();
app.post('/login', (req, res) => {
  const token = req.get('authorization');
  if (!token) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'missing token' });
  res.cookie('seen', '1').json({ ok: true });
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      // The path reads Basic credentials, so a configured Bearer challenge is only a suggestion.
      name: 'Basic path with Bearer option',
      code: `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) {
    return res.status(401).send('login required');
  }
  res.send('ok');
});
`,
      options: [{ challenge: 'Bearer realm="api"' }],
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Basic realm="Restricted"' },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Basic realm="Restricted"' },
              output: `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) {
    return res.set('WWW-Authenticate', 'Basic realm="Restricted"').status(401).send('login required');
  }
  res.send('ok');
});
`,
            },
          ],
        },
      ],
    },
    {
      // Node 20 throws ERR_HTTP_HEADERS_SENT on setHeader after writeHead, so the challenge never goes out.
      name: 'setHeader after writeHead',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401);
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.end();
});
`,
      output: null,
      errors: [
        {
          messageId: 'droppedChallenge',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'header set after sendStatus',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.sendStatus(401);
  res.set('WWW-Authenticate', 'Bearer');
});
`,
      output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.set('WWW-Authenticate', 'Bearer');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: '401 in catch of verify',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.get('/me', (req, res) => {
  const token = (req.headers.authorization ?? '').slice(7);
  try {
    res.json(jwt.verify(token, process.env.JWT_SECRET));
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
});
`,
      output: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.get('/me', (req, res) => {
  const token = (req.headers.authorization ?? '').slice(7);
  try {
    res.json(jwt.verify(token, process.env.JWT_SECRET));
  } catch {
    res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'invalid token' });
  }
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate (TypeScript)', rule, {
  valid: [
    {
      name: '403 is not checked',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(403).json({ error: 'forbidden' });
}
`,
    },
    {
      name: 'res.send with a number',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.send(401);
}
`,
    },
    {
      name: 'header name from a constant',
      code: `import type { Request, Response } from 'express';
const CHALLENGE_HEADER = 'WWW-Authenticate';
export function me(req: Request, res: Response) {
  res.set(CHALLENGE_HEADER, 'Bearer').status(401).end();
}
`,
    },
    {
      name: 'computed header name',
      code: `import type { Request, Response } from 'express';
import { challengeHeader } from './headers';
export function me(req: Request, res: Response) {
  res.set(challengeHeader, 'Bearer').status(401).end();
}
`,
    },
    {
      name: 'Response init headers variable',
      code: `export function GET(request: Request, headers: HeadersInit) {
  return new Response(null, { status: 401, headers });
}
`,
    },
    {
      name: 'headers.set on NextResponse const',
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  const response = NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  response.headers.set('WWW-Authenticate', 'Bearer');
  return response;
}
`,
    },
    {
      name: 'Response.json init with challenge',
      code: `export function GET() {
  return Response.json({ error: 'unauthenticated' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
    },
    {
      name: 'setHeader after statusCode assignment',
      code: `import type { ServerResponse, IncomingMessage } from 'node:http';
export function deny(req: IncomingMessage, res: ServerResponse) {
  res.statusCode = 401;
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.end();
}
`,
    },
    {
      name: 'createError props variable',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }, props: { headers: Record<string, string> }) {
  if (!req.user) throw createError(401, 'login required', props);
}
`,
    },
    {
      name: 'ignoreThrownErrors skips next(createError)',
      code: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';
export function auth(req: Request, res: Response, next: NextFunction) {
  if (!req.headers.authorization) return next(createError(401));
  next();
}
`,
      options: [{ ignoreThrownErrors: true }],
    },
    {
      name: 'test file by suffix',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(401).json({ error: 'login required' });
}
`,
      filename: 'auth.test.ts',
    },
    {
      name: 'client reading a 401',
      code: `export async function check(url: string) {
  const response = await fetch(url);
  if (response.status === 401) {
    throw new Error('login required');
  }
}
`,
    },
    {
      name: 'status read from caught error',
      code: `import type { NextFunction, Request, Response } from 'express';
export function onError(err: { status?: number }, req: Request, res: Response, next: NextFunction) {
  res.status(err.status ?? 500).json({ error: 'failed' });
}
`,
    },
    {
      name: 'header set through alias',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  const reply = res.status(401);
  reply.set('WWW-Authenticate', 'Bearer');
  reply.json({ error: 'login required' });
}
`,
    },
    {
      name: '401 after a permission check',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  const user = req.user;
  if (user && !user.permissions.includes('write')) {
    return res.status(401).json({ error: 'not permitted' });
  }
  res.json({});
}
`,
    },
    {
      name: '401 for a mixed condition',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  const user = req.user;
  if (!user || !user.isAdmin) {
    return res.status(401).json({ error: 'admin only' });
  }
  res.json({});
}
`,
    },
    {
      name: 'append after status in chain',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(401).append('WWW-Authenticate', 'Bearer').json({ error: 'login required' });
}
`,
    },
    {
      name: 'headers.append on NextResponse const',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  const response = new NextResponse(null, { status: 401 });
  response.headers.append('WWW-Authenticate', 'Bearer realm="api"');
  return response;
}
`,
    },
    {
      name: 'ignoreThrownErrors skips error classes',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw new createError.Unauthorized();
}
`,
      options: [{ ignoreThrownErrors: true }],
    },
    {
      name: 'spec file',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
}
`,
      filename: 'routes/me.spec.ts',
    },
    {
      name: 'set with object after status',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(401).set({ 'WWW-Authenticate': 'Bearer' }).end();
}
`,
    },
    {
      name: 'createError status and props',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
    },
    {
      name: 'lower-case header in init',
      code: `export function GET(): Response {
  return new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
}
`,
    },
    {
      name: 'NextResponse 200 is not checked',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ id: 1 }, { status: 200 });
}
`,
    },
    {
      name: 'createError headers spread',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }, defaults: Record<string, string>) {
  if (!req.user) throw createError(401, 'login required', { headers: { ...defaults } });
}
`,
    },
    {
      name: 'createError with variable status',
      code: `import createError from 'http-errors';
export function fail(status: number) {
  throw createError(status, 'request failed');
}
`,
    },
    {
      name: 'Response init status shorthand',
      code: `export function reply(status: number): Response {
  return new Response(null, { status });
}
`,
    },
    {
      name: 'response passed to a helper',
      code: `import { NextResponse } from 'next/server';
import { withCors } from './cors';
export function GET() {
  const response = NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  withCors(response);
  return response;
}
`,
    },
  ],
  invalid: [
    {
      name: 'pages API wrapper typed by next',
      code: `import type { NextApiHandler } from 'next';
export function withAuth(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    if (!req.headers.authorization) {
      return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    }
    return handler(req, res);
  };
}
`,
      output: `import type { NextApiHandler } from 'next';
export function withAuth(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    if (!req.headers.authorization) {
      return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    }
    return handler(req, res);
  };
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      // The headers constant is read, and it has no challenge; its text cannot be edited safely, so no fix.
      name: 'writeHead headers constant without a challenge',
      code: `import { createServer } from 'node:http';
const baseHeaders = { 'Content-Type': 'text/plain' };
createServer((req, res) => {
  res.writeHead(401, baseHeaders);
  res.end();
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed handler status chain',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  if (!req.user) {
    res.status(401).json({ error: 'not logged in' });
    return;
  }
  res.json(req.user);
}
`,
      output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  if (!req.user) {
    res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'not logged in' });
    return;
  }
  res.json(req.user);
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: 'NextResponse.json without headers',
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  }
  return NextResponse.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 62,
          endLine: 5,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import { NextResponse } from 'next/server';
export async function GET() {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ error: 'unauthenticated' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json(session.user);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'later write of another header',
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  const response = NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
`,
      output: `import { NextResponse } from 'next/server';
export async function GET() {
  const response = NextResponse.json({ error: 'unauthenticated' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 81,
          suggestions: [],
        },
      ],
    },
    {
      name: 'StatusCodes constant',
      code: `import { StatusCodes } from 'http-status-codes';
import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(StatusCodes.UNAUTHORIZED).json({ error: 'not logged in' });
}
`,
      output: `import { StatusCodes } from 'http-status-codes';
import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.set('WWW-Authenticate', 'Bearer').status(StatusCodes.UNAUTHORIZED).json({ error: 'not logged in' });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'ServerResponse statusCode assignment',
      code: `import type { ServerResponse, IncomingMessage } from 'node:http';
export function deny(req: IncomingMessage, res: ServerResponse) {
  res.statusCode = 401;
  res.setHeader('Content-Type', 'text/plain');
  res.end('login required');
}
`,
      output: `import type { ServerResponse, IncomingMessage } from 'node:http';
export function deny(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.statusCode = 401;
  res.setHeader('Content-Type', 'text/plain');
  res.end('login required');
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'createError headers merged',
      code: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';
export function auth(req: Request, res: Response, next: NextFunction) {
  if (!req.headers.authorization) {
    next(createError(401, 'missing token', { headers: { 'Cache-Control': 'no-store' } }));
    return;
  }
  next();
}
`,
      output: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';
export function auth(req: Request, res: Response, next: NextFunction) {
  if (!req.headers.authorization) {
    next(createError(401, 'missing token', { headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } }));
    return;
  }
  next();
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 89,
          suggestions: [],
        },
      ],
    },
    {
      name: 'namespace error class',
      code: `import * as createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw new createError.Unauthorized('login required');
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 70,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Headers instance without challenge',
      code: `export async function GET(request: Request): Promise<Response> {
  const token = request.headers.get('authorization');
  if (!token) {
    return new Response(JSON.stringify({ error: 'missing token' }), { status: 401, headers: new Headers({ 'Content-Type': 'application/json' }) });
  }
  return new Response('ok');
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 82,
          suggestions: [],
        },
      ],
    },
    {
      name: 'enum member status',
      code: `import type { Request, Response } from 'express';
enum Status { Unauthorized = 401 }
export function me(req: Request, res: Response) {
  res.status(Status.Unauthorized).send('login required');
}
`,
      output: `import type { Request, Response } from 'express';
enum Status { Unauthorized = 401 }
export function me(req: Request, res: Response) {
  res.set('WWW-Authenticate', 'Bearer').status(Status.Unauthorized).send('login required');
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      name: 'session cookie makes a suggestion',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  if (!req.cookies.session) return res.status(401).json({ error: 'no session' });
  res.json({});
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  if (!req.cookies.session) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'no session' });
  res.json({});
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'literal 401 in error middleware',
      code: `import type { NextFunction, Request, Response } from 'express';
export function onError(err: Error, req: Request, res: Response, next: NextFunction) {
  res.status(401).json({ error: err.message });
}
`,
      output: `import type { NextFunction, Request, Response } from 'express';
export function onError(err: Error, req: Request, res: Response, next: NextFunction) {
  res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: err.message });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'header set after send',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(401).json({ error: 'login required' });
  res.set('WWW-Authenticate', 'Bearer');
}
`,
      output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'login required' });
  res.set('WWW-Authenticate', 'Bearer');
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'writeHead with constant status',
      code: `import { createServer } from 'node:http';
const UNAUTHORIZED = 401;
createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(UNAUTHORIZED, { 'Content-Type': 'application/json' }).end('{}');
    return;
  }
  res.end('ok');
});
`,
      output: `import { createServer } from 'node:http';
const UNAUTHORIZED = 401;
createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(UNAUTHORIZED, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' }).end('{}');
    return;
  }
  res.end('ok');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'createError with status only',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw createError(401);
}
`,
      output: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'statusCode in switch case',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  switch (req.method) {
    case 'GET':
      res.statusCode = 401;
      res.end();
      break;
  }
}
`,
      output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  switch (req.method) {
    case 'GET':
      res.setHeader('WWW-Authenticate', 'Bearer');
      res.statusCode = 401;
      res.end();
      break;
  }
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'arrow with expression body',
      code: `import type { Request, Response } from 'express';
export const me = (req: Request, res: Response) => res.status(401).json({ error: 'login required' });
`,
      output: `import type { Request, Response } from 'express';
export const me = (req: Request, res: Response) => res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'login required' });
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      name: 'receiver with type assertion',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  (res as Response).status(401).end();
}
`,
      output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  (res.set('WWW-Authenticate', 'Bearer') as Response).status(401).end();
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'receiver with non-null assertion',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res!.status(401).end();
}
`,
      output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.set('WWW-Authenticate', 'Bearer')!.status(401).end();
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: 'NextResponse constructor',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return new NextResponse(null, { status: 401 });
}
`,
      output: `import { NextResponse } from 'next/server';
export function GET() {
  return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      name: 'as const status table',
      code: `import type { Request, Response } from 'express';
const HTTP = { UNAUTHORIZED: 401 } as const;
export function me(req: Request, res: Response) {
  res.status(HTTP.UNAUTHORIZED).end();
}
`,
      output: `import type { Request, Response } from 'express';
const HTTP = { UNAUTHORIZED: 401 } as const;
export function me(req: Request, res: Response) {
  res.set('WWW-Authenticate', 'Bearer').status(HTTP.UNAUTHORIZED).end();
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'empty headers object merged',
      code: `export function GET(): Response {
  return new Response(null, { status: 401, headers: {} });
}
`,
      output: `export function GET(): Response {
  return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'createError props with other headers',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw createError(401, { headers: { 'Cache-Control': 'no-store' } });
}
`,
      output: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw createError(401, { headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 86,
          suggestions: [],
        },
      ],
    },
    {
      name: 'named error class import',
      code: `import { Unauthorized } from 'http-errors';
export const requireUser = (req: { user?: unknown }) => {
  if (!req.user) throw new Unauthorized();
};
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'challenge option on NextResponse',
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  }
  return NextResponse.json(session.user);
}
`,
      options: [{ challenge: 'Bearer realm="api"' }],
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer realm="api"' },
          line: 5,
          column: 62,
          endLine: 5,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer realm="api"' },
              output: `import { NextResponse } from 'next/server';
export async function GET() {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ error: 'unauthenticated' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="api"' } });
  }
  return NextResponse.json(session.user);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'challenge from shared settings',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(401).json({ error: 'login required' });
}
`,
      settings: { 'api-errors': { challenge: 'Bearer realm="api"' } },
      output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.set('WWW-Authenticate', 'Bearer realm="api"').status(401).json({ error: 'login required' });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer realm="api"' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      // A comment that mentions a cookie is not a credential read on the path.
      name: 'cookie only in a comment',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  // The web app signs in with a cookie, but this API route takes a bearer token.
  if (!req.headers.authorization) return res.status(401).end();
  res.json({});
}
`,
      output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  // The web app signs in with a cookie, but this API route takes a bearer token.
  if (!req.headers.authorization) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  res.json({});
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 53,
          endLine: 4,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
  ],
});

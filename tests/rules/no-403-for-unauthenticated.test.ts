import rule from '../../src/rules/no-403-for-unauthenticated';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('no-403-for-unauthenticated (JavaScript)', rule, {
  valid: [
    {
      name: 'lookup in a list of other names',
      code: `app.use(async (req, res, next) => {
  const accessToken = req.get('authorization')?.slice(7);
  if (!accessToken) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  if (await suspendedAccounts.has(accessToken)) return res.status(403).end();
  next();
});`,
    },
    {
      name: 'one-time code of a second factor',
      code: `router.post('/mfa/verify', (req, res) => {
  const { otpToken } = req.body;
  const ok = speakeasy.totp.verify({ secret: req.user.totpSecret, encoding: 'base32', token: otpToken });
  if (!ok) return res.status(403).end();
  res.sendStatus(204);
});
`,
    },
    {
      name: 'two-factor token checked by a helper',
      code: `router.post('/2fa', async (req, res) => {
  const twoFactorToken = req.body.twoFactorToken;
  if (!(await verifyTwoFactor(req.user, twoFactorToken))) return res.status(403).end();
  res.sendStatus(204);
});
`,
    },
    {
      name: 'webhook secret header',
      code: `router.post('/hooks/gitlab', (req, res) => {
  const gitlabToken = req.get('x-gitlab-token');
  if (gitlabToken !== process.env.GITLAB_WEBHOOK_SECRET) return res.status(403).end();
  res.sendStatus(204);
});
`,
    },
    {
      name: 'link token with a default',
      code: `app.get('/files/:id', async (req, res) => {
  const token = req.query.token ?? '';
  if (!(await verifyLink(token))) return res.sendStatus(403);
  res.end();
});`,
    },
    {
      name: 'invitation token from the body',
      code: `app.post('/invitations/accept', async (req, res) => {
  const { token } = req.body;
  const invite = await Invites.findByToken(token);
  if (!invite) return res.status(403).end();
  res.json(invite);
});`,
    },
    {
      name: 'link token from the route',
      code: `app.get('/unsubscribe/:token', (req, res) => {
  const token = req.params.token;
  if (!token) return res.sendStatus(403);
  res.end();
});`,
    },
    {
      name: 'plain token beside access_token in the query',
      code: `app.get('/files/:id', (req, res) => {
  const { token, access_token } = req.query;
  if (!token) return res.sendStatus(403);
  res.json({ access_token });
});`,
    },
    {
      name: 'share link token from the query string',
      code: `app.get('/shared/:id', async (request, reply) => {
  const { token } = request.query;
  try {
    jwt.verify(token, LINK_SECRET);
  } catch {
    return reply.code(403).send();
  }
  return { id: request.params.id };
});`,
    },
    {
      name: 'preview token from c.req.query()',
      code: `app.get('/drafts/:id', (c) => {
  const previewToken = c.req.query('preview_token');
  if (previewToken !== expectedToken(c.req.param('id'))) return c.body(null, 403);
  return c.json({});
});`,
    },
    {
      name: 'unsubscribe token from searchParams',
      code: `export async function GET(request) {
  const token = new URL(request.url).searchParams.get('token');
  if (!token) return new Response(null, { status: 403 });
  return Response.json({});
}`,
    },
    {
      // A CSRF secret in the session proves where the request comes from, not who sends it, so the message cannot make it an identity check.
      name: 'CSRF token from the session',
      code: `import express from 'express';
const app = express();

app.post('/settings', (req, res) => {
  const csrfToken = req.get('X-CSRF-Token');
  if (!csrfToken || csrfToken !== req.session.csrfToken) {
    return res.status(403).json({ title: 'CSRF token missing or invalid' });
  }
  res.end();
});`,
    },
    {
      // Some apps give signed-in users with few rights the role 'guest', and a 403 is right for them.
      name: 'guest role equality',
      code: `import express from 'express';
const app = express();

app.get('/drafts', (req, res) => {
  if (req.user.role === 'guest') return res.sendStatus(403);
  res.json([]);
});`,
    },
    {
      name: '403 after role check',
      code: `import express from 'express';
const app = express();

app.delete('/posts/:id', (req, res) => {
  if (!req.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  if (!req.user.roles.includes('admin')) {
    return res.status(403).json({ error: 'admins only' });
  }
  res.status(204).end();
});`,
    },
    {
      name: '403 after ownership check',
      code: `import express from 'express';
const app = express();

app.patch('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (post.authorId !== req.user.id) {
    return res.status(403).json({ error: 'not your post' });
  }
  res.end();
});`,
    },
    {
      name: '404 hides a resource',
      code: `import express from 'express';
const app = express();

app.get('/docs/:id', async (req, res) => {
  const doc = await Doc.findById(req.params.id);
  if (!doc || doc.ownerId !== req.user.id) {
    return res.status(404).end();
  }
  res.json(doc);
});`,
    },
    {
      name: 'CSRF token mismatch',
      code: `import express from 'express';
const app = express();

app.post('/transfer', (req, res) => {
  if (req.body._csrf !== req.session.csrfToken) {
    return res.status(403).json({ error: 'invalid CSRF token' });
  }
  res.end();
});`,
    },
    {
      name: 'CSRF error in error middleware',
      code: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  if (err.code === 'EBADCSRFTOKEN') return res.status(403).json({ error: 'invalid csrf token' });
  next(err);
});`,
    },
    {
      name: 'missing CSRF token header',
      code: `import express from 'express';
const app = express();

app.post('/form', (req, res) => {
  const csrfToken = req.get('x-csrf-token');
  if (!csrfToken) {
    return res.status(403).end();
  }
  res.end();
});`,
    },
    {
      name: 'blocked IP address',
      code: `import express from 'express';
const app = express();
const blockedIps = new Set(['10.0.0.8']);

app.use((req, res, next) => {
  if (blockedIps.has(req.ip)) {
    return res.sendStatus(403);
  }
  next();
});`,
    },
    {
      name: 'suspended account',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  if (req.user.suspended) {
    return res.status(403).json({ error: 'account suspended' });
  }
  next();
});`,
    },
    {
      name: 'unverified e-mail address',
      code: `import express from 'express';
const app = express();

app.post('/comments', (req, res) => {
  if (!req.user.emailVerified) {
    return res.status(403).json({ error: 'confirm your e-mail address first' });
  }
  res.status(201).end();
});`,
    },
    {
      name: 'user record from database',
      code: `import express from 'express';
const app = express();

app.get('/users/:id', async (req, res) => {
  const user = await User.findById(req.params.id);
  if (!user) {
    return res.status(403).end();
  }
  res.json(user);
});`,
    },
    {
      name: 'invitation token',
      code: `import express from 'express';
const app = express();

app.post('/join', (req, res) => {
  const inviteToken = req.query.invite;
  if (!verifyInvite(inviteToken)) {
    return res.status(403).end();
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
    return res.status(403).end();
  }
  next();
});`,
    },
    {
      name: 'catch of non-verifying try',
      code: `import express from 'express';
const app = express();

app.post('/records', async (req, res) => {
  try {
    await db.insert(req.body);
  } catch {
    return res.status(403).end();
  }
  res.end();
});`,
    },
    {
      name: 'optional chaining permission alone',
      code: `import express from 'express';
const app = express();

app.post('/admin/reindex', (req, res) => {
  if (!req.user?.isAdmin) {
    return res.status(403).end();
  }
  res.end();
});`,
    },
    {
      name: 'permission after known identity',
      code: `import express from 'express';
const app = express();

app.put('/teams/:id', (req, res) => {
  if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  if (!req.user?.isAdmin) return res.status(403).end();
  res.end();
});`,
    },
    {
      name: 'hint alone without guard',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  res.status(403).json({ error: 'not logged in' });
});`,
    },
    {
      name: 'hint does not override guard',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user.scopes.includes('read')) {
    return res.status(403).json({ error: 'please sign in' });
  }
  res.end();
});`,
    },
    {
      name: 'unresolved status',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  if (!req.user) {
    return res.status(config.deniedStatus).end();
  }
  next();
});`,
    },
    {
      name: 'http-errors after admin check',
      code: `const createError = require('http-errors');

module.exports = function requireAdmin(req, res, next) {
  if (!req.user) return next(createError(401));
  if (!req.user.isAdmin) return next(createError(403));
  next();
};`,
    },
    {
      name: 'Response 403 for owner role',
      code: `export async function DELETE(request) {
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
    {
      name: 'node:http remote address check',
      code: `const http = require('node:http');

http.createServer((req, res) => {
  if (req.socket.remoteAddress !== '127.0.0.1') {
    res.statusCode = 403;
    return res.end();
  }
  res.end('ok');
});`,
    },
    {
      name: 'HTTP client reads status',
      code: `export async function loadProfile() {
  const response = await fetch('/api/profile');
  if (response.status === 403) {
    throw new Error('forbidden');
  }
  return response.json();
}`,
    },
    {
      name: 'object without HTTP evidence',
      code: `function mark(order, result) {
  if (!order.user) {
    result.statusCode = 403;
  }
  return result;
}`,
    },
    {
      name: 'test file is skipped',
      filename: 'auth.test.js',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.status(403).end();
});`,
    },
    {
      name: 'mock file is skipped',
      filename: 'src/__mocks__/server.js',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.status(403).end();
});`,
    },
  ],
  invalid: [
    {
      name: 'reason phrase as the message of createError',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/me', (req, res, next) => {
  if (!req.user) return next(createError(403, 'Forbidden'));
  res.json(req.user);
});
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/me', (req, res, next) => {
  if (!req.user) return next(createError(401, 'Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } }));
  res.json(req.user);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'revocation set named in the lookup',
      code: `app.use(async (req, res, next) => {
  const accessToken = req.get('authorization')?.slice(7);
  if (!accessToken) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  if (await redis.sismember('revoked_tokens', accessToken)) return res.status(403).end();
  next();
});`,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 4,
          column: 79,
          endLine: 4,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `app.use(async (req, res, next) => {
  const accessToken = req.get('authorization')?.slice(7);
  if (!accessToken) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  if (await redis.sismember('revoked_tokens', accessToken)) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'reason phrase as the message of ctx.throw',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(403, 'Forbidden');
  await next();
});`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(401, 'Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  await next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'reason phrase in a template body',
      code: `app.get('/a', (req, res) => {
  if (!req.user) return res.status(403).send(\`Forbidden\`);
  res.end();
});`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `app.get('/a', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).send('Unauthorized');
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'revoked token in a set',
      code: `app.use(async (req, res, next) => {
  const accessToken = req.get('authorization')?.slice(7);
  if (!accessToken) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  if (await revokedTokens.has(accessToken)) return res.status(403).end();
  next();
});`,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `app.use(async (req, res, next) => {
  const accessToken = req.get('authorization')?.slice(7);
  if (!accessToken) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  if (await revokedTokens.has(accessToken)) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'revocation check call',
      code: `app.use(async (req, res, next) => {
  const accessToken = req.get('authorization')?.slice(7);
  if (!accessToken) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  if (isRevoked(accessToken)) return res.status(403).end();
  next();
});`,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 4,
          column: 49,
          endLine: 4,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `app.use(async (req, res, next) => {
  const accessToken = req.get('authorization')?.slice(7);
  if (!accessToken) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  if (isRevoked(accessToken)) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'body helper phrase in upper case',
      code: `app.get('/me', (req, res) => {
  if (!req.user) return res.status(403).json(apiError(403, 'FORBIDDEN'));
  res.json(req.user);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          suggestions: [{ messageId: 'sendUnauthorizedInstead', data: { challenge: 'Bearer', review: '' }, output: `app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json(apiError(401, 'UNAUTHORIZED'));
  res.json(req.user);
});` }],
        },
      ],
    },
    {
      name: 'refresh token from the body',
      code: `app.post('/auth/refresh', async (req, res) => {
  const { refreshToken } = req.body;
  const session = await sessions.verifyRefreshToken(refreshToken);
  if (!session) return res.sendStatus(403);
  res.json(session);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 4,
          suggestions: [{ messageId: 'sendUnauthorizedInstead', data: { challenge: 'Bearer', review: ', then change it to the scheme this endpoint accepts' }, output: `app.post('/auth/refresh', async (req, res) => {
  const { refreshToken } = req.body;
  const session = await sessions.verifyRefreshToken(refreshToken);
  if (!session) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json(session);
});` }],
        },
      ],
    },
    {
      name: 'body helper with a status constant',
      code: `import { StatusCodes } from 'http-status-codes';
app.get('/me', (req, res) => {
  if (!req.user) return res.status(StatusCodes.FORBIDDEN).json(problem(StatusCodes.FORBIDDEN, 'Forbidden'));
  res.json(req.user);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          suggestions: [{ messageId: 'sendUnauthorizedInstead', data: { challenge: 'Bearer', review: '' }, output: `import { StatusCodes } from 'http-status-codes';
app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(StatusCodes.UNAUTHORIZED).json(problem(StatusCodes.UNAUTHORIZED, 'Unauthorized'));
  res.json(req.user);
});` }],
        },
      ],
    },
    {
      name: 'body helper phrase in lower case',
      code: `app.get('/me', (req, res) => {
  if (!req.user) return res.status(403).json(apiError(403, 'forbidden', 'Sign in first'));
  res.json(req.user);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          suggestions: [{ messageId: 'sendUnauthorizedInstead', data: { challenge: 'Bearer', review: '' }, output: `app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json(apiError(401, 'unauthorized', 'Sign in first'));
  res.json(req.user);
});` }],
        },
      ],
    },
    {
      name: 'API key from the query string',
      code: `app.get('/data', (req, res) => {
  const apiKey = req.query.api_key;
  if (!apiKey) return res.sendStatus(403);
  res.json({});
});`,
      output: null,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 3, suggestions: [{ messageId: 'sendUnauthorizedInstead', data: { challenge: 'Bearer', review: ', then change it to the scheme this endpoint accepts' }, output: `app.get('/data', (req, res) => {
  const apiKey = req.query.api_key;
  if (!apiKey) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json({});
});` }] }],
    },
    {
      name: 'stringified body helper with the status',
      code: `import { createServer } from 'node:http';
createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(403, { 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify(problem(403, 'Forbidden')));
    return;
  }
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { createServer } from 'node:http';
createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(401, { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer' });
    res.end(JSON.stringify(problem(401, 'Unauthorized')));
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
      name: 'body helper without the status keeps its strings',
      code: `app.get('/me', (req, res) => {
  if (!req.user) return res.status(403).json(t('Forbidden'));
  res.json(req.user);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 2,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json(t('Forbidden'));
  res.json(req.user);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'session cookie parsed from the Cookie header',
      code: `import { parse } from 'cookie';
app.get('/me', (req, res) => {
  const { sid } = parse(req.headers.cookie ?? '');
  if (!sid) return res.sendStatus(403);
  res.json({});
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: ', then change it to the scheme this endpoint accepts' },
              output: `import { parse } from 'cookie';
app.get('/me', (req, res) => {
  const { sid } = parse(req.headers.cookie ?? '');
  if (!sid) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json({});
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'shared problem constant stays as it is',
      code: `const FORBIDDEN = { type: 'about:blank', title: 'Forbidden', status: 403 };
app.get('/me', (req, res) => {
  if (!req.user) return res.status(403).json(FORBIDDEN);
  res.json(req.user);
});
app.delete('/posts/:id', (req, res) => {
  if (!req.user.isAdmin) return res.status(403).json(FORBIDDEN);
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `const FORBIDDEN = { type: 'about:blank', title: 'Forbidden', status: 403 };
app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json(FORBIDDEN);
  res.json(req.user);
});
app.delete('/posts/:id', (req, res) => {
  if (!req.user.isAdmin) return res.status(403).json(FORBIDDEN);
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Boolean() of the user',
      code: `app.get('/me', (req, res) => {
  if (!Boolean(req.user)) return res.sendStatus(403);
  res.json(req.user);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `app.get('/me', (req, res) => {
  if (!Boolean(req.user)) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json(req.user);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'verify callback error in middleware',
      code: `import express from 'express';
function requireLogin(req, res, next) {
  const auth = req.get('authorization');
  if (!auth) return res.sendStatus(401);
  verifyJwt(auth.slice(7), (err, claims) => {
    if (err) return res.status(403).json({ error: 'bad token' });
    req.user = claims;
    next();
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import express from 'express';
function requireLogin(req, res, next) {
  const auth = req.get('authorization');
  if (!auth) return res.sendStatus(401);
  verifyJwt(auth.slice(7), (err, claims) => {
    if (err) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'bad token' });
    req.user = claims;
    next();
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'verify callback registered with app.use',
      code: `const app = require('express')();
function requireLogin(req, res, next) {
  const auth = req.get('authorization');
  if (!auth) return res.sendStatus(401);
  verifyJwt(auth.slice(7), (err, claims) => {
    if (err) return res.status(403).json({ error: 'bad token' });
    req.user = claims;
    next();
  });
}
app.use(requireLogin);`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `const app = require('express')();
function requireLogin(req, res, next) {
  const auth = req.get('authorization');
  if (!auth) return res.sendStatus(401);
  verifyJwt(auth.slice(7), (err, claims) => {
    if (err) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'bad token' });
    req.user = claims;
    next();
  });
}
app.use(requireLogin);`,
            },
          ],
        },
      ],
    },
    {
      name: 'node:http missing API key',
      code: `const http = require('node:http');

http.createServer((req, res) => {
  if (!req.headers['x-api-key']) {
    res.statusCode = 403;
    res.end();
    return;
  }
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `const http = require('node:http');

http.createServer((req, res) => {
  if (!req.headers['x-api-key']) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    res.statusCode = 401;
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
      name: 'else branch of user check',
      code: `import express from 'express';
const app = express();

app.get('/profile', (req, res) => {
  if (req.user) {
    res.json(req.user);
  } else {
    res.status(403).json({ title: 'Forbidden', status: 403 });
  }
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 16,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/profile', (req, res) => {
  if (req.user) {
    res.json(req.user);
  } else {
    res.set('WWW-Authenticate', 'Bearer').status(401).json({ title: 'Unauthorized', status: 401 });
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'router early return on session',
      code: `const express = require('express');
const router = express.Router();

router.get('/orders', (req, res) => {
  if (!req.session.userId) return res.status(403).send('Forbidden');
  res.json([]);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 46,
          endLine: 5,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `const express = require('express');
const router = express.Router();

router.get('/orders', (req, res) => {
  if (!req.session.userId) return res.set('WWW-Authenticate', 'Bearer').status(401).send('Unauthorized');
  res.json([]);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ternary in app.use middleware',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => (req.user ? next() : res.status(403).end()));`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          column: 61,
          endLine: 4,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => (req.user ? next() : res.set('WWW-Authenticate', 'Bearer').status(401).end()));`,
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
  req.auth || res.sendStatus(403);
  !req.headers.authorization && res.status(403).end();
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  req.auth || res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  !req.headers.authorization && res.status(403).end();
  next();
});`,
            },
          ],
        },
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 44,
          endLine: 6,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  req.auth || res.sendStatus(403);
  !req.headers.authorization && res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'switch case on missing header',
      code: `import express from 'express';
const app = express();

app.get('/feed', (req, res) => {
  switch (req.headers.authorization) {
    case undefined:
    case '':
      return res.status(403).json({ type: 'about:blank', title: 'Forbidden' });
    default:
      return res.json([]);
  }
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/feed', (req, res) => {
  switch (req.headers.authorization) {
    case undefined:
    case '':
      return res.set('WWW-Authenticate', 'Bearer').status(401).json({ type: 'about:blank', title: 'Unauthorized' });
    default:
      return res.json([]);
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'catch of jwt.verify try',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  const token = req.get('Authorization')?.slice(7);
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
  } catch {
    return res.status(403).json({ message: 'invalid token' });
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  const token = req.get('Authorization')?.slice(7);
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
  } catch {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ message: 'invalid token' });
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'falsy verify result',
      code: `import express from 'express';
const app = express();

app.get('/me', async (req, res) => {
  const claims = await verifyAccessToken(req.headers.authorization);
  if (!claims) {
    return res.status(403).end();
  }
  res.json(claims);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/me', async (req, res) => {
  const claims = await verifyAccessToken(req.headers.authorization);
  if (!claims) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
  res.json(claims);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'unknown API key lookup',
      code: `import express from 'express';
const app = express();
const knownKeys = new Set(process.env.API_KEYS.split(','));

app.use((req, res, next) => {
  const key = req.get('x-api-key');
  if (!knownKeys.has(key)) {
    return res.status(403).json({ error: 'unknown key' });
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();
const knownKeys = new Set(process.env.API_KEYS.split(','));

app.use((req, res, next) => {
  const key = req.get('x-api-key');
  if (!knownKeys.has(key)) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'unknown key' });
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'expired claims check',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  const claims = jwt.decode(req.headers.authorization.slice(7));
  if (claims.exp < Date.now() / 1000) {
    return res.status(403).json({ error: 'token expired' });
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  const claims = jwt.decode(req.headers.authorization.slice(7));
  if (claims.exp < Date.now() / 1000) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'token expired' });
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'instanceof TokenExpiredError in callback',
      code: `import express from 'express';
import jwt, { TokenExpiredError } from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  jwt.verify(req.get('authorization'), secret, (err, claims) => {
    if (err instanceof TokenExpiredError) {
      return res.status(403).json({ error: 'expired' });
    }
    next();
  });
});`,
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
              output: `import express from 'express';
import jwt, { TokenExpiredError } from 'jsonwebtoken';
const app = express();

app.use((req, res, next) => {
  jwt.verify(req.get('authorization'), secret, (err, claims) => {
    if (err instanceof TokenExpiredError) {
      return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'expired' });
    }
    next();
  });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'error name in error middleware',
      code: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  if (err.name === 'TokenExpiredError') {
    res.status(403).json({ error: 'session over' });
    return;
  }
  next(err);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.use((err, req, res, next) => {
  if (err.name === 'TokenExpiredError') {
    res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'session over' });
    return;
  }
  next(err);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'header without Bearer prefix',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) {
    return res.status(403).send();
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).send();
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'passport isAuthenticated false',
      code: `import express from 'express';
const app = express();

function ensureLoggedIn(req, res, next) {
  if (!req.isAuthenticated()) {
    return res.status(403).json({ status: 403, title: 'Forbidden', detail: 'Sign in first' });
  }
  next();
}
app.get('/settings', ensureLoggedIn, (req, res) => res.json({}));`,
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
              output: `import express from 'express';
const app = express();

function ensureLoggedIn(req, res, next) {
  if (!req.isAuthenticated()) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ status: 401, title: 'Unauthorized', detail: 'Sign in first' });
  }
  next();
}
app.get('/settings', ensureLoggedIn, (req, res) => res.json({}));`,
            },
          ],
        },
      ],
    },
    {
      name: 'token typeof not string',
      code: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  const token = req.query.access_token;
  if (typeof token !== 'string') {
    return res.status(403).end();
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.use((req, res, next) => {
  const token = req.query.access_token;
  if (typeof token !== 'string') {
    return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
  next();
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

app.delete('/users/:id', (req, res) => {
  if (!req.user || !req.user.isAdmin) {
    return res.status(403).json({ error: 'admins only' });
  }
  res.status(204).end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForMixedCondition',
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'mixed condition in ternary',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => (req.user && req.user.isAdmin ? res.json({}) : res.status(403).end()));`,
      output: null,
      errors: [{ messageId: 'forbiddenForMixedCondition', line: 4, column: 87, endLine: 4, endColumn: 90, suggestions: [] }],
    },
    {
      name: 'next with createError(403)',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();

app.use((req, res, next) => {
  if (!req.user) {
    return next(createError(403));
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import createError from 'http-errors';
const app = express();

app.use((req, res, next) => {
  if (!req.user) {
    return next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'throw createError with message',
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) throw createError(403, 'Please sign in');
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) throw createError(401, 'Please sign in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      // The error classes take no props, but Express keeps a header set on res before next(err).
      name: 'new createError.Forbidden class',
      code: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/a', (req, res, next) => {
  if (!req.headers.authorization) {
    return next(new createError.Forbidden());
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/a', (req, res, next) => {
  if (!req.headers.authorization) {
    res.set('WWW-Authenticate', 'Bearer');
    return next(new createError.Unauthorized());
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'alias of res.status(403)',
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    const r = res.status(403);
    return r.json({ error: 'login required' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    const r = res.set('WWW-Authenticate', 'Bearer').status(401);
    return r.json({ error: 'login required' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'node:http writeHead with headers',
      code: `import http from 'node:http';

http.createServer((req, res) => {
  const token = req.headers.authorization;
  if (!token) {
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    return res.end('Forbidden');
  }
  res.end('ok');
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import http from 'node:http';

http.createServer((req, res) => {
  const token = req.headers.authorization;
  if (!token) {
    res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' });
    return res.end('Unauthorized');
  }
  res.end('ok');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'node:http writeHead without headers',
      code: `const http = require('node:http');

http.createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(403);
    res.end();
    return;
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `const http = require('node:http');

http.createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(401, { 'WWW-Authenticate': 'Bearer' });
    res.end();
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
      name: 'new Response without session',
      code: `export async function GET(request) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 403 });
  }
  return Response.json({ ok: true });
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `export async function GET(request) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'expired claims assigned in a try',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.get('/me', (req, res) => {
  let claims;
  try {
    claims = jwt.verify(req.get('authorization'), KEY, { ignoreExpiration: true });
  } catch {
    return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  }
  if (claims.exp * 1000 < Date.now()) return res.sendStatus(403);
  res.json(claims);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 12,
          column: 61,
          endLine: 12,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();

app.get('/me', (req, res) => {
  let claims;
  try {
    claims = jwt.verify(req.get('authorization'), KEY, { ignoreExpiration: true });
  } catch {
    return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  }
  if (claims.exp * 1000 < Date.now()) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json(claims);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'no user from the session cookie',
      code: `export async function loader({ request }) {
  const user = await getUserFromCookie(request);
  if (!user) return new Response(null, { status: 403 });
  return Response.json(user);
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `export async function loader({ request }) {
  const user = await getUserFromCookie(request);
  if (!user) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return Response.json(user);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'anonymous role equality',
      code: `import express from 'express';
const app = express();

app.get('/drafts', (req, res) => {
  if (req.user.role === 'anonymous') return res.sendStatus(403);
  res.json([]);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 60,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/drafts', (req, res) => {
  if (req.user.role === 'anonymous') return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json([]);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'revoked key record',
      code: `import express from 'express';
const app = express();

app.get('/reports', async (req, res) => {
  const record = await apiKeys.findByHash(hash(req.get('x-api-key')));
  if (!record || record.revokedAt) return res.sendStatus(403);
  res.json([]);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 6,
          column: 58,
          endLine: 6,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/reports', async (req, res) => {
  const record = await apiKeys.findByHash(hash(req.get('x-api-key')));
  if (!record || record.revokedAt) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json([]);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'unknown key in an object lookup',
      code: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  const key = req.get('x-api-key');
  const account = accounts[key];
  if (!account) return res.sendStatus(403);
  res.json(account);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 7,
          column: 39,
          endLine: 7,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/me', (req, res) => {
  const key = req.get('x-api-key');
  const account = accounts[key];
  if (!account) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json(account);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'no identity from getUserFromRequest',
      code: `import express from 'express';
const app = express();

app.get('/me', async (req, res) => {
  const user = await authService.getUserFromRequest(req);
  if (!user) return res.sendStatus(403);
  res.json(user);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/me', async (req, res) => {
  const user = await authService.getUserFromRequest(req);
  if (!user) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  res.json(user);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Response.json merges headers',
      code: `export async function POST(request) {
  const apiKey = request.headers.get('x-api-key');
  if (!apiKey) {
    return Response.json({ title: 'Forbidden', status: 403 }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
  }
  return Response.json({});
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          column: 65,
          endLine: 4,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `export async function POST(request) {
  const apiKey = request.headers.get('x-api-key');
  if (!apiKey) {
    return Response.json({ title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });
  }
  return Response.json({});
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'challenge from shared settings',
      settings: { 'api-errors': { challenge: 'Bearer realm="api"' } },
      code: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.status(403).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer realm="api"', review: '' },
              output: `import express from 'express';
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer realm="api"').status(401).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      // A call of a same-file helper that always sends 403 is a site of its own, reported at the call.
      name: 'same-file helper call',
      code: `import express from 'express';
const app = express();
const deny = (res) => res.status(403).json({ error: 'forbidden' });
app.get('/a', (req, res) => {
  if (!req.user) return deny(res);
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Express statusCode assignment',
      code: `import express from 'express';
const app = express();

app.get('/account', (req, res) => {
  if (!req.auth) {
    res.statusCode = 403;
    return res.json({ error: 'sign in first' });
  }
  res.json(req.auth);
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app = express();

app.get('/account', (req, res) => {
  if (!req.auth) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    res.statusCode = 401;
    return res.json({ error: 'sign in first' });
  }
  res.json(req.auth);
});`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('no-403-for-unauthenticated (TypeScript)', rule, {
  valid: [
    {
      // A presigned link grants access by itself: there is no scheme to challenge, and signing in does not help.
      name: 'presigned download token',
      code: `export async function GET(request: Request) {
  const downloadToken = new URL(request.url).searchParams.get('token');
  if (!downloadToken || !verifyDownloadToken(downloadToken)) {
    return new Response(null, { status: 403 });
  }
  return new Response('file');
}`,
    },
    {
      name: 'share link token',
      code: `export async function GET(request: Request) {
  const share = await findShare(request.url);
  const shareToken = request.headers.get('x-share-token');
  if (shareToken !== share.shareToken) {
    return new Response(null, { status: 403 });
  }
  return Response.json(share);
}`,
    },
    {
      name: 'NextResponse 403 after presence',
      code: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function POST() {
  const session = await getServerSession();
  if (!session) return NextResponse.json({}, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  if (!session.user.emailVerified) return NextResponse.json({ error: 'verify your e-mail' }, { status: 403 });
  if (session.user.status === 'suspended') return NextResponse.json({ error: 'account suspended' }, { status: 403 });
  if (!session.user.features.includes('beta')) return NextResponse.json({}, { status: 403 });
  return NextResponse.json({});
}`,
    },
    {
      name: 'StatusCodes.FORBIDDEN after role check',
      code: `import express from 'express';
import type { Request, Response } from 'express';
import { StatusCodes } from 'http-status-codes';

const app = express();

app.get('/audit', (req: Request, res: Response) => {
  if (!req.user) {
    return res.status(StatusCodes.UNAUTHORIZED).set('WWW-Authenticate', 'Bearer').end();
  }
  if (!req.user.hasRole('auditor')) {
    return res.status(StatusCodes.FORBIDDEN).end();
  }
  res.json([]);
});`,
    },
    {
      name: 'optional chaining in route handler',
      code: `import { NextResponse } from 'next/server';

export async function GET() {
  const session = await auth();
  if (!session?.user?.isAdmin) {
    return NextResponse.json({ error: 'admins only' }, { status: 403 });
  }
  return NextResponse.json({});
}`,
    },
    {
      name: '404 for foreign tenant',
      code: `import express from 'express';

const app = express();

app.get('/projects/:id', async (req, res) => {
  const project = await prisma.project.findUnique({ where: { id: req.params.id } });
  if (project?.tenantId !== req.user.tenantId) {
    return res.status(404).json({ error: 'not found' });
  }
  res.json(project);
});`,
    },
    {
      name: 'CSRF verify call',
      code: `import express from 'express';
import Tokens from 'csrf';

const csrf = new Tokens();
const app = express();

app.post('/settings', (req, res) => {
  if (!csrf.verify(process.env.CSRF_SECRET ?? '', req.body._csrf)) {
    return res.status(403).json({ error: 'CSRF check failed' });
  }
  res.end();
});`,
    },
    {
      name: 'blocked country in Response',
      code: `const blockedCountries = new Set(['XX']);

export function GET(request: Request): Response {
  const country = request.headers.get('x-country') ?? '';
  if (blockedCountries.has(country)) {
    return new Response(null, { status: 403 });
  }
  return new Response('ok');
}`,
    },
    {
      name: 'quota from user plan',
      code: `import express from 'express';

const app = express();

app.get('/a', async (req, res) => {
  const limit = limits[req.user.plan];
  if ((await usage(req.user.id)) > limit) return res.status(403).json({ error: 'quota exceeded' });
  res.end();
});`,
    },
    {
      name: 'reset token and account records',
      code: `import express from 'express';

const app = express();

app.post('/reset', async (req, res) => {
  const resetToken = await ResetToken.findOne({ value: req.params.value });
  if (!resetToken) return res.status(403).end();
  const account = await prisma.account.findUnique({ where: { id: resetToken.accountId } });
  if (!account) return res.status(403).end();
  res.end();
});`,
    },
    {
      name: 'invitation token in body',
      code: `import express from 'express';
import type { Request, Response } from 'express';

export function acceptInvite(req: Request, res: Response) {
  const invitationToken: unknown = req.body.invitation;
  if (typeof invitationToken !== 'string') {
    res.status(403).end();
    return;
  }
  res.end();
}
express().post('/invites', acceptInvite);`,
    },
    {
      name: 'node:http path traversal',
      code: `import { createServer } from 'node:http';

createServer((req, res) => {
  if (req.url?.includes('..')) {
    res.statusCode = 403;
    res.end();
    return;
  }
  res.end();
});`,
    },
    {
      name: 'axios interceptor reads status',
      code: `import axios from 'axios';

axios.interceptors.response.use(undefined, (error) => {
  if (error.response?.status === 403) {
    window.location.assign('/no-access');
  }
  return Promise.reject(error);
});`,
    },
    {
      name: 'status read from caught error',
      code: `import express from 'express';

const app = express();

app.use((err: Error & { status?: number }, req: express.Request, res: express.Response, next: express.NextFunction) => {
  res.status(err.status ?? 403).json({ error: err.message });
});`,
    },
    {
      name: 'hint cannot override role check',
      code: `import createError from 'http-errors';
import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user.roles.includes('auditor')) throw createError(403, 'not logged in');
  res.end();
});`,
    },
    {
      name: 'createError(403) after scope check',
      code: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';

export function requireScope(req: Request, res: Response, next: NextFunction) {
  if (!req.auth) return next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));
  if (!req.auth.scopes.includes('write')) return next(createError(403));
  next();
}`,
    },
    {
      name: 'legacy res.json(403, body)',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.json(403, { error: 'sign in' });
  }
  res.end();
});`,
    },
    {
      name: 'typed handler checks tier',
      code: `import type { Request, Response } from 'express';

export function exportData(req: Request, res: Response) {
  if (!req.user) {
    return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  }
  if (req.user.tier !== 'enterprise') {
    return res.status(403).json({ error: 'enterprise plan required' });
  }
  res.end();
}`,
    },
    {
      name: 'spec file is skipped',
      filename: 'server.spec.ts',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.status(403).end();
});`,
    },
    {
      name: '__tests__ folder is skipped',
      filename: 'src/__tests__/server.ts',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.status(403).end();
});`,
    },
    {
      name: 'enum status after ownership',
      code: `import express from 'express';

enum HttpStatus {
  FORBIDDEN = 403,
}
const app = express();

app.delete('/comments/:id', async (req, res) => {
  const comment = await Comment.findById(req.params.id);
  if (comment.authorId !== req.user.id) {
    return res.status(HttpStatus.FORBIDDEN).end();
  }
  res.end();
});`,
    },
    {
      name: 'unresolved status parameter',
      code: `import type { Response } from 'express';

export function reject(res: Response, code: number, user?: object) {
  if (!user) {
    return res.status(code).end();
  }
}`,
    },
    {
      name: 'quota reached',
      code: `import express from 'express';
const app: express.Express = express();

app.post('/jobs', async (req, res) => {
  const used = await countJobs(req.user.id);
  if (used >= 100) {
    return res.status(403).json({ error: 'monthly quota reached' });
  }
  res.status(202).end();
});`,
    },
    {
      name: 'password reset token',
      code: `import express from 'express';
const app: express.Express = express();

app.post('/password-reset', async (req, res) => {
  const { resetToken } = req.body;
  const record = await findResetRequest(resetToken);
  if (!resetToken || !record) {
    return res.status(403).json({ error: 'invalid token' });
  }
  res.end();
});`,
    },
    {
      name: 'pagination token type check',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/items', (req, res) => {
  const pageToken = req.query.pageToken;
  if (typeof pageToken !== 'string') {
    return res.status(403).end();
  }
  res.end();
});`,
    },
    {
      name: 'legacy res.send(403) form',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.send(403);
  }
  res.end();
});`,
    },
    {
      name: '403 for scope after verify callback',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();

app.use((req, res, next) => {
  jwt.verify(req.get('authorization') ?? '', process.env.SECRET!, (err, claims) => {
    if (err) return res.status(401).set('WWW-Authenticate', 'Bearer error="invalid_token"').end();
    if (!claims.scope.includes('admin')) return res.status(403).end();
    next();
  });
});`,
    },
  ],
  invalid: [
    {
      name: 'no session cookie from next/headers',
      code: `import { cookies } from 'next/headers';

export async function GET() {
  const sid = (await cookies()).get('sid')?.value;
  if (!sid) return new Response(null, { status: 403 });
  return Response.json({ sid });
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { cookies } from 'next/headers';

export async function GET() {
  const sid = (await cookies()).get('sid')?.value;
  if (!sid) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return Response.json({ sid });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'expired jwtPayload in Hono',
      code: `import { Hono } from 'hono';

const app = new Hono();

app.get('/me', (c) => {
  const payload = c.get('jwtPayload');
  if (payload.exp < Math.floor(Date.now() / 1000)) {
    return c.body(null, 403);
  }
  return c.json(payload);
});`,
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
              output: `import { Hono } from 'hono';

const app = new Hono();

app.get('/me', (c) => {
  const payload = c.get('jwtPayload');
  if (payload.exp < Math.floor(Date.now() / 1000)) {
    return c.body(null, 401, { 'WWW-Authenticate': 'Bearer' });
  }
  return c.json(payload);
});`,
            },
          ],
        },
      ],
    },
    {
      // A local constant cannot be rewritten without touching its other uses, so the fix bails out.
      name: 'local constant status',
      code: `import express, { Request, Response } from 'express';

const FORBIDDEN = 403;
const app = express();

app.get('/a', (req: Request, res: Response) => {
  if (!req.user) {
    return res.status(FORBIDDEN).json({ error: 'sign in' });
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 8, column: 23, endLine: 8, endColumn: 32, suggestions: [] }],
    },
    {
      name: 'as const object with both',
      code: `import express from 'express';

const HTTP = { UNAUTHORIZED: 401, FORBIDDEN: 403 } as const;
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.status(HTTP.FORBIDDEN).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const HTTP = { UNAUTHORIZED: 401, FORBIDDEN: 403 } as const;
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.set('WWW-Authenticate', 'Bearer').status(HTTP.UNAUTHORIZED).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      // HTTP has no UNAUTHORIZED member, so a renamed member would send undefined. The fix must bail out.
      name: 'as const object without 401',
      code: `import express from 'express';

const HTTP = { OK: 200, FORBIDDEN: 403 } as const;
const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.status(HTTP.FORBIDDEN).end();
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 8, column: 23, endLine: 8, endColumn: 37, suggestions: [] }],
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
  if (!req.auth) {
    return res.status(HttpStatus.FORBIDDEN).end();
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

enum HttpStatus {
  UNAUTHORIZED = 401,
  FORBIDDEN = 403,
}
const app = express();

app.get('/a', (req, res) => {
  if (!req.auth) {
    return res.set('WWW-Authenticate', 'Bearer').status(HttpStatus.UNAUTHORIZED).end();
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      // Member names other than the status tables' spelling are not rewritten.
      name: 'PascalCase enum member',
      code: `import express from 'express';

enum Status {
  Unauthorized = 401,
  Forbidden = 403,
}
const app = express();

app.get('/a', (req, res) => {
  if (!req.auth) {
    return res.status(Status.Forbidden).end();
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 11, column: 23, endLine: 11, endColumn: 39, suggestions: [] }],
    },
    {
      name: 'StatusCodes from http-status-codes',
      code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';

const app = express();

app.get('/a', (req, res) => {
  if (!req.headers.authorization) {
    return res.status(StatusCodes.FORBIDDEN).json({ type: 'about:blank', title: 'Forbidden' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import { StatusCodes } from 'http-status-codes';

const app = express();

app.get('/a', (req, res) => {
  if (!req.headers.authorization) {
    return res.set('WWW-Authenticate', 'Bearer').status(StatusCodes.UNAUTHORIZED).json({ type: 'about:blank', title: 'Unauthorized' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'NextResponse.json without session',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'not signed in' }, { status: 403 });
  }
  return NextResponse.json(session.user);
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 60,
          endLine: 7,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'not signed in' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json(session.user);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'new NextResponse for null session',
      code: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function DELETE(request: Request) {
  const session = await getServerSession();
  if (session === null) {
    return new NextResponse('Forbidden', { status: 403 });
  }
  return new NextResponse(null, { status: 204 });
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 44,
          endLine: 7,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function DELETE(request: Request) {
  const session = await getServerSession();
  if (session === null) {
    return new NextResponse('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return new NextResponse(null, { status: 204 });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'supabase user missing',
      code: `export async function GET(request: Request) {
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    return new Response('Forbidden', { status: 403 });
  }
  return Response.json(user);
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `export async function GET(request: Request) {
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return Response.json(user);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'typed router sendStatus',
      code: `import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';

export const router = Router();

router.use((req: Request, res: Response, next: NextFunction) => {
  if (req.auth === undefined) {
    res.sendStatus(403);
    return;
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';

export const router = Router();

router.use((req: Request, res: Response, next: NextFunction) => {
  if (req.auth === undefined) {
    res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
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
      name: 'jwt.verify error-first callback',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();

app.use((req, res, next) => {
  const token = req.headers.authorization?.replace('Bearer ', '');
  jwt.verify(token ?? '', process.env.SECRET!, (err, decoded) => {
    if (err) {
      res.status(403).json({ message: 'Forbidden' });
      return;
    }
    next();
  });
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 10,
          column: 18,
          endLine: 10,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();

app.use((req, res, next) => {
  const token = req.headers.authorization?.replace('Bearer ', '');
  jwt.verify(token ?? '', process.env.SECRET!, (err, decoded) => {
    if (err) {
      res.set('WWW-Authenticate', 'Bearer').status(401).json({ message: 'Forbidden' });
      return;
    }
    next();
  });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'createError props gain headers',
      code: `import createError from 'http-errors';
import express from 'express';

const app = express();

app.get('/a', (req, res, next) => {
  if (!req.user) {
    next(createError(403, 'login required', { expose: true }));
    return;
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import createError from 'http-errors';
import express from 'express';

const app = express();

app.get('/a', (req, res, next) => {
  if (!req.user) {
    next(createError(401, 'login required', { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } }));
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
      // Outside an Express handler nothing can carry the challenge of an error class, so the fix bails out.
      name: 'new createError.Forbidden thrown',
      code: `import createError from 'http-errors';

export function requireUser(req: { user?: object }) {
  if (!req.user) {
    throw new createError.Forbidden('Please sign in');
  }
}`,
      output: null,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 5, column: 11, endLine: 5, endColumn: 54, suggestions: [] }],
    },
    {
      name: 'node:http API key not string',
      code: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

function handle(req: IncomingMessage, res: ServerResponse) {
  const key = req.headers['x-api-key'];
  if (typeof key !== 'string') {
    res.statusCode = 403;
    res.end();
    return;
  }
  res.end('ok');
}
createServer(handle).listen(3000);`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

function handle(req: IncomingMessage, res: ServerResponse) {
  const key = req.headers['x-api-key'];
  if (typeof key !== 'string') {
    res.setHeader('WWW-Authenticate', 'Bearer');
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
}
createServer(handle).listen(3000);`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed missing user or role',
      code: `import express from 'express';

const app = express();

app.post('/admin', (req, res) => {
  if (!req.user || req.user.role !== 'admin') {
    return res.status(403).end();
  }
  res.end();
});`,
      output: null,
      errors: [{ messageId: 'forbiddenForMixedCondition', line: 7, column: 23, endLine: 7, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'awaited key lookup fails',
      code: `import express from 'express';

const app = express();

app.use(async (req, res, next) => {
  const apiKey = req.get('X-API-Key');
  if (!(await apiKeys.find(apiKey))) {
    return res.status(403).json({ error: 'invalid key' });
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.use(async (req, res, next) => {
  const apiKey = req.get('X-API-Key');
  if (!(await apiKeys.find(apiKey))) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'invalid key' });
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'wrong scheme or empty credentials',
      code: `import express from 'express';

const app = express();

app.use((req, res, next) => {
  const [scheme, credentials] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Basic' || !credentials) {
    return res.status(403).end();
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.use((req, res, next) => {
  const [scheme, credentials] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Basic' || !credentials) {
    return res.set('WWW-Authenticate', 'Basic realm="Restricted"').status(401).end();
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose JWTExpired in catch',
      code: `import express from 'express';
import { jwtVerify, errors } from 'jose';

const app = express();

app.use(async (req, res, next) => {
  try {
    const { payload } = await jwtVerify(req.headers.authorization!.slice(7), key);
    res.locals.user = payload;
    next();
  } catch (err) {
    if (err instanceof errors.JWTExpired) {
      return res.status(403).json({ error: 'expired' });
    }
    next(err);
  }
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 13,
          column: 25,
          endLine: 13,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import { jwtVerify, errors } from 'jose';

const app = express();

app.use(async (req, res, next) => {
  try {
    const { payload } = await jwtVerify(req.headers.authorization!.slice(7), key);
    res.locals.user = payload;
    next();
  } catch (err) {
    if (err instanceof errors.JWTExpired) {
      return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'expired' });
    }
    next(err);
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'catch after other token errors',
      code: `import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();

app.use((req, res, next) => {
  try {
    jwt.verify(req.headers.authorization ?? '', 'secret');
    next();
  } catch (error) {
    if (error instanceof jwt.JsonWebTokenError) {
      res.status(401).json({ error: 'invalid token' });
      return;
    }
    res.status(403).end();
  }
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 15,
          column: 16,
          endLine: 15,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();

app.use((req, res, next) => {
  try {
    jwt.verify(req.headers.authorization ?? '', 'secret');
    next();
  } catch (error) {
    if (error instanceof jwt.JsonWebTokenError) {
      res.status(401).json({ error: 'invalid token' });
      return;
    }
    res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
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
  if (!req.user) {
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Sign in to continue' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.set('WWW-Authenticate', 'Bearer')
      .status(401)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in to continue' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'empty access token length',
      code: `import express from 'express';

const app = express();

app.use((req, res, next) => {
  const token = String(req.headers['x-access-token'] ?? '');
  if (token.length === 0) {
    return res.status(403).end();
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.use((req, res, next) => {
  const token = String(req.headers['x-access-token'] ?? '');
  if (token.length === 0) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'typeof user undefined',
      code: `import type { Request, Response } from 'express';

export function profile(req: Request, res: Response) {
  if (typeof req.user === 'undefined') {
    return res.status(403).end();
  }
  res.json(req.user);
}`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import type { Request, Response } from 'express';

export function profile(req: Request, res: Response) {
  if (typeof req.user === 'undefined') {
    return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
  res.json(req.user);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'res.locals user and session cookie',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!res.locals.user) return res.status(403).end();
  res.end();
});
app.get('/b', (req, res) => {
  if (!req.cookies.sid) return res.status(403).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 43,
          endLine: 6,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!res.locals.user) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  res.end();
});
app.get('/b', (req, res) => {
  if (!req.cookies.sid) return res.status(403).end();
  res.end();
});`,
            },
          ],
        },
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 10,
          column: 43,
          endLine: 10,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!res.locals.user) return res.status(403).end();
  res.end();
});
app.get('/b', (req, res) => {
  if (!req.cookies.sid) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'existing challenge is kept',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer realm="api"').status(403).end();
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 82,
          endLine: 6,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer realm="api"').status(401).end();
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'status after other chain calls',
      code: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.set('Cache-Control', 'no-store').status(403).send({ message: 'x' });
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 56,
          endLine: 7,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';

const app = express();

app.get('/a', (req, res) => {
  if (!req.user) {
    return res.set('WWW-Authenticate', 'Bearer').set('Cache-Control', 'no-store').status(401).send({ message: 'x' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'express-jwt UnauthorizedError',
      code: `import express = require('express');
const app: express.Express = express();

app.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') {
    return res.status(403).json({ error: err.message });
  }
  res.status(500).end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express = require('express');
const app: express.Express = express();

app.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: err.message });
  }
  res.status(500).end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'wrong number of header parts',
      code: `import express from 'express';
const app: express.Express = express();

app.use((req, res, next) => {
  const parts = req.headers.authorization.split(' ');
  if (parts.length !== 2) {
    return res.status(403).end();
  }
  next();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import express from 'express';
const app: express.Express = express();

app.use((req, res, next) => {
  const parts = req.headers.authorization.split(' ');
  if (parts.length !== 2) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'user loosely equal null',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/cart', (req, res) => {
  if (req.user == null) {
    return res.status(403).end();
  }
  res.json(req.user.cart);
});`,
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
              output: `import express from 'express';
const app: express.Express = express();

app.get('/cart', (req, res) => {
  if (req.user == null) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
  res.json(req.user.cart);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'identity hint settles guard',
      code: `import express from 'express';
const app: express.Express = express();

app.get('/a', (req, res) => {
  if (req.user.sessionState !== 'active') {
    return res.status(403).json({ error: 'Please sign in again' });
  }
  res.end();
});`,
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
              output: `import express from 'express';
const app: express.Express = express();

app.get('/a', (req, res) => {
  if (req.user.sessionState !== 'active') {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'Please sign in again' });
  }
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'writeHead reason phrase changes',
      code: `import { createServer } from 'node:http';

createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(403, 'Forbidden').end();
    return;
  }
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { createServer } from 'node:http';

createServer((req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer' }).end();
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

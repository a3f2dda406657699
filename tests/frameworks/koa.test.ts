import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Runs the Koa idioms against each core rule. The middleware comes from
 * @koa/router routes, app.use, Koa's TypeScript types and Koa-only uses of
 * the context. The sites are `ctx.status = n` (with the body, type and
 * headers around it), `ctx.throw()` and `ctx.assert()`. Valid cases show
 * what the adapter deliberately leaves alone.
 */

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-www-authenticate on Koa (JavaScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'ctx.set before the status',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = 401;
    return;
  }
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'ctx.set after the status',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401;
    ctx.body = { type: 'about:blank', title: 'Unauthorized', status: 401 };
    ctx.set('WWW-Authenticate', 'Bearer realm="api"');
    return;
  }
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'headers object and append',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx) => {
  if (!ctx.get('Authorization')) {
    ctx.set({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' });
    ctx.append('WWW-Authenticate', 'Basic realm="api"');
    ctx.status = 401;
  }
});
`,
    },
    {
      name: 'ctx.response.set',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.headers.authorization) {
    ctx.response.set('WWW-Authenticate', 'Bearer');
    ctx.response.status = 401;
    return;
  }
  ctx.body = 'ok';
});
`,
    },
    {
      name: 'ctx.throw with headers',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'ctx.throw with headers and no message',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, { headers: { 'www-authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
    },
    {
      name: 'ctx.assert with headers',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
    },
    {
      name: 'props held in a variable',
      code: `import Router from '@koa/router';
const router = new Router();
const challenge = { headers: { 'WWW-Authenticate': 'Bearer' } };

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login required', challenge);
  ctx.status = 204;
});
`,
    },
    {
      name: 'context passed to a helper first',
      code: `import Router from '@koa/router';
import { challenge } from './challenge.js';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    challenge(ctx);
    ctx.status = 401;
    return;
  }
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'challenge middleware before the routes',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  ctx.set('WWW-Authenticate', 'Bearer realm="api"');
  await next();
});

app.use(async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401;
    return;
  }
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'catching middleware that adds the challenge',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    if (ctx.status === 401) ctx.set('WWW-Authenticate', 'Bearer');
    ctx.body = { type: 'about:blank', title: err.message, status: ctx.status };
    ctx.type = 'application/problem+json';
  }
});

app.use(async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login required');
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'status followed by a plain throw answers 500',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401;
    throw new Error('login required');
  }
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'status replaced before the response',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.status = 401;
  ctx.status = 204;
});
`,
    },
    {
      name: 'code that only reads the status',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  await next();
  if (ctx.status === 401) console.log('unauthorized', ctx.path);
});
`,
    },
    {
      name: 'context of another kind in a file without Koa',
      code: `export function deny(ctx) {
  ctx.status = 401;
}
`,
    },
    {
      name: 'generator throw is not a Koa context',
      code: `export function stop(iterator, status) {
  iterator.throw(new Error('stopped with status ' + status));
}
`,
    },
    {
      name: 'thrown errors ignored by option',
      options: [{ ignoreThrownErrors: true }],
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login required');
  ctx.status = 204;
});
`,
    },
    {
      name: 'a 401 for a permission belongs to no-401-for-forbidden',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  if (!ctx.state.user.isAdmin) ctx.throw(401, 'admin only');
  ctx.status = 204;
});
`,
    },
  ],
  invalid: [
    {
      name: 'error middleware copies only the error headers',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.set(err.headers ?? {});
    ctx.type = 'application/problem+json';
    ctx.body = { type: 'about:blank', title: err.message, status: ctx.status };
  }
});
app.use(async (ctx) => {
  if (!ctx.get('authorization')) ctx.throw(401, 'Sign in');
  ctx.body = { ok: true };
});
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 14, column: 44, suggestions: [] }],
    },
    {
      name: 'bare status assignment',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401;
    return;
  }
  ctx.body = ctx.state.user;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = 401;
    return;
  }
  ctx.body = ctx.state.user;
});
`,
      errors: [{ messageId: 'missingChallenge', data: { challenge: 'Bearer' }, line: 6, column: 5, endLine: 6, endColumn: 21 }],
    },
    {
      name: 'status with a body on ctx.response',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  const token = ctx.get('Authorization');
  if (!token) {
    ctx.response.status = 401;
    ctx.response.body = { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'missing token' };
    ctx.response.type = 'application/problem+json';
    return;
  }
  await next();
});
`,
      output: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  const token = ctx.get('Authorization');
  if (!token) {
    ctx.response.set('WWW-Authenticate', 'Bearer');
    ctx.response.status = 401;
    ctx.response.body = { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'missing token' };
    ctx.response.type = 'application/problem+json';
    return;
  }
  await next();
});
`,
      errors: [{ messageId: 'missingChallenge', line: 7, column: 5 }],
    },
    {
      name: 'ctx.throw with a status only',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401);
  ctx.status = 204;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 34, endLine: 5, endColumn: 37 }],
    },
    {
      name: 'ctx.throw with a message and props',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.get('Authorization')) {
    ctx.throw(401, 'missing token', { expose: true });
  }
  ctx.status = 204;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.get('Authorization')) {
    ctx.throw(401, 'missing token', { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  ctx.status = 204;
});
`,
      errors: [{ messageId: 'missingChallenge', line: 6, column: 15 }],
    },
    {
      name: 'message before the status',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw('login required', 401);
  ctx.status = 204;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw('login required', 401, { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 52 }],
    },
    {
      name: 'ctx.assert with a status only',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401);
  ctx.body = ctx.state.user;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401, { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.body = ctx.state.user;
});
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 30 }],
    },
    {
      name: 'ctx.assert.ok with a message',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert.ok(ctx.headers.authorization, 401, 'missing token');
  ctx.status = 204;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert.ok(ctx.headers.authorization, 401, 'missing token', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 44 }],
    },
    {
      name: 'header set before a throw is dropped',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  if (!ctx.state.user) ctx.throw(401, 'login required');
  ctx.body = ctx.state.user;
});
`,
      output: null,
      errors: [{ messageId: 'droppedChallenge', line: 6, column: 34, endLine: 6, endColumn: 37 }],
    },
    {
      name: 'one dropped header, two throws',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  if (!ctx.get('Authorization')) ctx.throw(401, 'missing token');
  if (!ctx.state.user) ctx.throw(401, 'unknown token');
  ctx.body = ctx.state.user;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  if (!ctx.get('Authorization')) ctx.throw(401, 'missing token');
  if (!ctx.state.user) ctx.throw(401, 'unknown token', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.body = ctx.state.user;
});
`,
      errors: [
        { messageId: 'droppedChallenge', line: 6, column: 44 },
        { messageId: 'missingChallenge', line: 7, column: 34 },
      ],
    },
    {
      name: 'Basic credentials: suggestion only',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  const header = ctx.get('Authorization');
  if (!header.startsWith('Basic ')) {
    ctx.status = 401;
    return;
  }
  ctx.status = 204;
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Basic realm="Restricted"' },
              output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  const header = ctx.get('Authorization');
  if (!header.startsWith('Basic ')) {
    ctx.set('WWW-Authenticate', 'Basic realm="Restricted"');
    ctx.status = 401;
    return;
  }
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'status in an if without braces: no fix',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.status = 401;
  else ctx.body = ctx.state.user;
});
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 24, suggestions: [] }],
    },
    {
      name: 'throw under catching middleware: no fix',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { type: 'about:blank', title: err.message, status: ctx.status };
  }
});

app.use(async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login required');
  ctx.body = ctx.state.user;
});
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 14, column: 34, suggestions: [] }],
    },
    {
      name: 'Koa-only use without an import',
      code: `module.exports = async function requireUser(ctx, next) {
  if (!ctx.state.user) {
    ctx.status = 401;
    ctx.body = { type: 'about:blank', title: 'Unauthorized', status: 401 };
    return;
  }
  await next();
};
`,
      output: `module.exports = async function requireUser(ctx, next) {
  if (!ctx.state.user) {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = 401;
    ctx.body = { type: 'about:blank', title: 'Unauthorized', status: 401 };
    return;
  }
  await next();
};
`,
      errors: [{ messageId: 'missingChallenge', line: 3, column: 5 }],
    },
    {
      name: 'ctx.throw without an import',
      code: `module.exports = async function requireUser(ctx, next) {
  if (!ctx.state.user) ctx.throw(401, 'login required');
  await next();
};
`,
      output: `module.exports = async function requireUser(ctx, next) {
  if (!ctx.state.user) ctx.throw(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  await next();
};
`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 34 }],
    },
    {
      name: 'status on one line with other statements',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) { ctx.status = 401; return; }
  ctx.body = ctx.state.user;
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; return; }
  ctx.body = ctx.state.user;
});
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 26 }],
    },
  ],
});

typescript.run('require-www-authenticate on Koa (TypeScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'typed context with a challenge',
      code: `import type { Context, Next } from 'koa';

export async function requireUser(c: Context, next: Next): Promise<void> {
  if (!c.state.user) {
    c.set('WWW-Authenticate', 'Bearer');
    c.status = 401;
    return;
  }
  await next();
}
`,
    },
    {
      name: 'Hono context type is not Koa',
      code: `import type { Context } from 'hono';

export function deny(c: Context) {
  (c as unknown as { status: number }).status = 401;
}
`,
    },
  ],
  invalid: [
    {
      name: 'typed context named c',
      code: `import type { Context, Next } from 'koa';

export async function requireUser(c: Context, next: Next): Promise<void> {
  if (!c.state.user) {
    c.status = 401;
    return;
  }
  await next();
}
`,
      output: `import type { Context, Next } from 'koa';

export async function requireUser(c: Context, next: Next): Promise<void> {
  if (!c.state.user) {
    c.set('WWW-Authenticate', 'Bearer');
    c.status = 401;
    return;
  }
  await next();
}
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 5 }],
    },
    {
      name: 'middleware typed on its variable',
      code: `import Koa from 'koa';

export const requireToken: Koa.Middleware = async (context, next) => {
  const token = context.get('Authorization');
  context.assert(token, 401, 'missing token');
  await next();
};
`,
      output: `import Koa from 'koa';

export const requireToken: Koa.Middleware = async (context, next) => {
  const token = context.get('Authorization');
  context.assert(token, 401, 'missing token', { headers: { 'WWW-Authenticate': 'Bearer' } });
  await next();
};
`,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 25 }],
    },
    {
      name: 'router context with an enum status',
      code: `import Router, { type RouterContext } from '@koa/router';

enum Status {
  Unauthorized = 401,
}

const router = new Router();

router.get('/me', async (ctx: RouterContext) => {
  if (!ctx.state.user) ctx.throw(Status.Unauthorized, 'login required' as string);
  ctx.body = ctx.state.user;
});
`,
      output: `import Router, { type RouterContext } from '@koa/router';

enum Status {
  Unauthorized = 401,
}

const router = new Router();

router.get('/me', async (ctx: RouterContext) => {
  if (!ctx.state.user) ctx.throw(Status.Unauthorized, 'login required' as string, { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.body = ctx.state.user;
});
`,
      errors: [{ messageId: 'missingChallenge', line: 10, column: 34 }],
    },
  ],
});

javascript.run('no-403-for-unauthenticated on Koa (JavaScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: '403 for a missing role',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (ctx.state.user.role !== 'admin') ctx.throw(403, 'admin only');
  ctx.status = 204;
});
`,
    },
    {
      name: 'assert on a permission',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  ctx.assert(ctx.state.user.isAdmin, 403, 'admin only');
  ctx.status = 204;
});
`,
    },
    {
      name: '403 for a CSRF token',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/transfer', async (ctx) => {
  const csrfToken = ctx.get('X-CSRF-Token');
  if (!csrfToken) {
    ctx.status = 403;
    ctx.body = { type: 'about:blank', title: 'Forbidden', status: 403 };
    return;
  }
  ctx.status = 204;
});
`,
    },
    {
      name: '403 on a path the rule cannot classify',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/files/:name', async (ctx) => {
  if (ctx.params.name.startsWith('.')) ctx.throw(403);
  ctx.status = 204;
});
`,
    },
  ],
  invalid: [
    {
      name: '403 assignment for a missing identity',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 403;
    ctx.body = { type: 'about:blank', title: 'Forbidden', status: 403 };
    return;
  }
  ctx.body = ctx.state.user;
});
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = 401;
    ctx.body = { type: 'about:blank', title: 'Unauthorized', status: 401 };
    return;
  }
  ctx.body = ctx.state.user;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: '403 throw for a missing token',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.headers.authorization) ctx.throw(403, 'missing token');
  ctx.status = 204;
});
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 45,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.headers.authorization) ctx.throw(401, 'missing token', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: '403 assert for a missing identity',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 403);
  ctx.body = ctx.state.user;
});
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 30,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401, { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.body = ctx.state.user;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: '403 in the catch of a token check',
      code: `import Router from '@koa/router';
import jwt from 'jsonwebtoken';
const router = new Router();

router.get('/me', async (ctx) => {
  const token = ctx.get('Authorization').slice(7);
  try {
    ctx.state.user = jwt.verify(token, process.env.JWT_SECRET);
  } catch {
    ctx.throw(403, 'invalid token');
  }
  ctx.body = ctx.state.user;
});
`,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 10,
          column: 15,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import Router from '@koa/router';
import jwt from 'jsonwebtoken';
const router = new Router();

router.get('/me', async (ctx) => {
  const token = ctx.get('Authorization').slice(7);
  try {
    ctx.state.user = jwt.verify(token, process.env.JWT_SECRET);
  } catch {
    ctx.throw(401, 'invalid token', { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  ctx.body = ctx.state.user;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'session cookie missing',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.cookies.get('session')) {
    ctx.status = 403;
    return;
  }
  ctx.status = 204;
});
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: ', then change it to the scheme this endpoint accepts' },
              output: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.cookies.get('session')) {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = 401;
    return;
  }
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'API key header missing',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/reports', async (ctx) => {
  const apiKey = ctx.request.headers['x-api-key'];
  if (!apiKey) ctx.throw(403, 'API key required');
  ctx.status = 204;
});
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: ', then change it to the scheme this endpoint accepts' },
              output: `import Router from '@koa/router';
const router = new Router();

router.get('/reports', async (ctx) => {
  const apiKey = ctx.request.headers['x-api-key'];
  if (!apiKey) ctx.throw(401, 'API key required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed condition',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  if (!ctx.state.user || !ctx.state.user.isAdmin) ctx.throw(403);
  ctx.status = 204;
});
`,
      errors: [{ messageId: 'forbiddenForMixedCondition', line: 5, column: 61, suggestions: [] }],
    },
  ],
});

typescript.run('no-403-for-unauthenticated on Koa (TypeScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: 'typed 403 for a role',
      code: `import type { ParameterizedContext } from 'koa';

export function requireAdmin(ctx: ParameterizedContext<{ user: { isAdmin: boolean } }>): void {
  ctx.assert(ctx.state.user.isAdmin, 403, 'admin only');
}
`,
    },
  ],
  invalid: [
    {
      name: 'typed 403 for a missing identity',
      code: `import type { ParameterizedContext } from 'koa';

export function requireUser(ctx: ParameterizedContext<{ user?: { id: string } }>): void {
  ctx.assert(ctx.state.user, 403, 'not logged in');
}
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 4,
          column: 30,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import type { ParameterizedContext } from 'koa';

export function requireUser(ctx: ParameterizedContext<{ user?: { id: string } }>): void {
  ctx.assert(ctx.state.user, 401, 'not logged in', { headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('no-401-for-forbidden on Koa (JavaScript)', no401ForForbidden, {
  valid: [
    {
      name: '401 for a missing identity',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.status = 204;
});
`,
    },
    {
      name: '401 for a bad scheme',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  const [scheme] = ctx.get('Authorization').split(' ');
  ctx.assert.equal(scheme, 'Bearer', 401, 'bearer token required');
  ctx.status = 204;
});
`,
    },
  ],
  invalid: [
    {
      name: '401 assignment for a role',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  if (ctx.state.user.role !== 'admin') {
    ctx.status = 401;
    ctx.body = { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'admin only' };
    return;
  }
  ctx.status = 204;
});
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  if (ctx.state.user.role !== 'admin') {
    ctx.status = 403;
    ctx.body = { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'admin only' };
    return;
  }
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: '401 throw for a permission call',
      code: `import Router from '@koa/router';
const router = new Router();

router.put('/projects/:id', async (ctx) => {
  if (!ctx.state.user.hasRole('editor')) ctx.throw(401, 'not allowed');
  ctx.status = 204;
});
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 52,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Router from '@koa/router';
const router = new Router();

router.put('/projects/:id', async (ctx) => {
  if (!ctx.state.user.hasRole('editor')) ctx.throw(403, 'not allowed');
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: '401 assert on a permission',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  ctx.assert(ctx.state.user.isAdmin, 401, 'admin only');
  ctx.status = 204;
});
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 38,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  ctx.assert(ctx.state.user.isAdmin, 403, 'admin only');
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: '401 assert.strictEqual on ownership',
      code: `import Router from '@koa/router';
const router = new Router();

router.put('/posts/:id', async (ctx) => {
  const post = await ctx.db.posts.find(ctx.params.id);
  ctx.assert.strictEqual(post.authorId, ctx.state.user.id, 401);
  ctx.status = 204;
});
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 60,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import Router from '@koa/router';
const router = new Router();

router.put('/posts/:id', async (ctx) => {
  const post = await ctx.db.posts.find(ctx.params.id);
  ctx.assert.strictEqual(post.authorId, ctx.state.user.id, 403);
  ctx.status = 204;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed condition',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/projects/:id', async (ctx) => {
  if (!ctx.state.user || !ctx.state.user.isAdmin) {
    ctx.status = 401;
    return;
  }
  ctx.status = 204;
});
`,
      errors: [{ messageId: 'unauthorizedForMixedCondition', line: 6, column: 5, suggestions: [] }],
    },
  ],
});

typescript.run('no-401-for-forbidden on Koa (TypeScript)', no401ForForbidden, {
  valid: [
    {
      name: 'typed 401 for a missing identity',
      code: `import type { Context } from 'koa';

export function requireUser(ctx: Context): void {
  if (!ctx.state.user) ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } });
}
`,
    },
  ],
  invalid: [
    {
      name: 'typed 401 for a role',
      code: `import type { Context } from 'koa';

export function requireAdmin(ctx: Context): void {
  if (!(ctx.state.user as { roles: string[] }).roles.includes('admin')) ctx.throw(401);
}
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 4,
          column: 83,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import type { Context } from 'koa';

export function requireAdmin(ctx: Context): void {
  if (!(ctx.state.user as { roles: string[] }).roles.includes('admin')) ctx.throw(403);
}
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('require-problem-details on Koa (JavaScript)', requireProblemDetails, {
  valid: [
    {
      name: 'thrown error past a conditional rethrow',
      options: [{ checkThrownErrors: true }],
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (!err.status) throw err;
    ctx.status = err.status;
    ctx.type = 'application/problem+json';
    ctx.body = { type: 'about:blank', title: err.message, status: err.status };
  }
});

app.use(async (ctx) => {
  const order = await findOrder(ctx.query.id);
  if (!order) ctx.throw(404, 'order not found');
  ctx.body = order;
});
`,
    },
    {
      name: 'thrown error answered when exposed',
      options: [{ checkThrownErrors: true }],
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (err.expose) {
      ctx.status = err.status;
      ctx.type = 'application/problem+json';
      ctx.body = { type: 'about:blank', title: err.message, status: err.status };
      return;
    }
    throw err;
  }
});

app.use(async (ctx) => {
  const order = await findOrder(ctx.query.id);
  if (!order) ctx.throw(404, 'order not found');
  ctx.body = order;
});
`,
    },
    {
      name: 'thrown error caught by file middleware',
      options: [{ checkThrownErrors: true }],
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.type = 'application/problem+json';
    ctx.body = { type: 'about:blank', title: err.message, status: ctx.status };
  }
});

app.use(async (ctx) => {
  if (!ctx.state.user) {
    ctx.throw(401, 'sign in first');
  }
  ctx.body = await download(ctx.query.file);
});
`,
    },
    {
      name: 'problem body with the type after it',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  if (!ctx.request.body) {
    ctx.status = 400;
    ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'body required' };
    ctx.type = 'application/problem+json';
    return;
  }
  ctx.status = 201;
});
`,
    },
    {
      name: 'problem type before the body',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.type = 'application/problem+json';
  ctx.status = 400;
  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400 };
});
`,
    },
    {
      name: 'Content-Type header after the body',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 422;
  ctx.body = JSON.stringify({ type: 'about:blank', title: 'Unprocessable Content', status: 422 });
  ctx.set('Content-Type', 'application/problem+json; charset=utf-8');
});
`,
    },
    {
      name: 'body the rule cannot see',
      code: `import Router from '@koa/router';
import { problem } from './problem.js';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 400;
  ctx.body = problem(400, 'body required');
});
`,
    },
    {
      name: 'body written in a branch after the status',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 400;
  if (ctx.accepts('html')) ctx.body = '<p>Bad request</p>';
});
`,
    },
    {
      name: 'framework text allowed by option',
      options: [{ allowText: true }],
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401;
    return;
  }
  ctx.body = ctx.state.user;
});
`,
    },
    {
      name: 'JSON:API error document',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/articles/:id', async (ctx) => {
  ctx.status = 404;
  ctx.type = 'application/vnd.api+json';
  ctx.body = { errors: [{ status: '404', title: 'Not Found' }] };
});
`,
    },
    {
      name: 'OAuth token error',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/token', async (ctx) => {
  ctx.status = 400;
  ctx.body = { error: 'invalid_grant', error_description: 'code expired' };
});
`,
    },
    {
      name: 'thrown errors not checked by default',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/orders/:id', async (ctx) => {
  ctx.throw(404, 'no such order');
  ctx.status = 204;
});
`,
    },
    {
      name: 'Koa uses only in a comment',
      code: `// Koa would call ctx.throw(401) or set ctx.status = 401 here.
module.exports = async function requireUser(ctx, next) {
  if (!ctx.state.user) {
    return next(new Error('login required'));
  }
  await next();
};
`,
    },
    {
      name: 'callback with next that is not Koa',
      code: `export function markFailed(job, next) {
  job.status = 500;
  job.body = { error: 'crashed' };
  next();
}
`,
    },
    {
      name: 'empty body set before the status',
      code: `import Router from '@koa/router';
const router = new Router();

router.delete('/orders/:id', async (ctx) => {
  ctx.body = null;
  ctx.status = 409;
});
`,
    },
  ],
  invalid: [
    {
      name: 'ad-hoc error body',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  if (!ctx.request.body) {
    ctx.status = 400;
    ctx.body = { error: 'body required' };
    return;
  }
  ctx.status = 201;
});
`,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  if (!ctx.request.body) {
    ctx.status = 400;
    ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'body required' };
    ctx.type = 'application/problem+json';
    return;
  }
  ctx.status = 201;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem body sent as JSON',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 409;
  ctx.body = { type: 'https://example.com/probs/duplicate', title: 'Duplicate order' };
});
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 409;
  ctx.body = { type: 'https://example.com/probs/duplicate', title: 'Duplicate order' };
  ctx.type = 'application/problem+json';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'content type fix as autofix',
      options: [{ contentTypeFix: 'autofix' }],
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 409;
  ctx.body = { type: 'about:blank', title: 'Conflict', status: 409 }; ctx.set('Cache-Control', 'no-store');
});
`,
      output: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 409;
  ctx.body = { type: 'about:blank', title: 'Conflict', status: 409 }; ctx.type = 'application/problem+json'; ctx.set('Cache-Control', 'no-store');
});
`,
      errors: [{ messageId: 'wrongContentType', line: 6, column: 3 }],
    },
    {
      name: 'JSON type set after the body',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 409;
  ctx.body = { type: 'about:blank', title: 'Conflict', status: 409 };
  ctx.type = 'json';
});
`,
      errors: [
        {
          messageId: 'wrongContentType',
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  ctx.status = 409;
  ctx.body = { type: 'about:blank', title: 'Conflict', status: 409 };
  ctx.type = 'application/problem+json';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'body the framework adds',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/me', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = 401;
    return;
  }
  ctx.body = ctx.state.user;
});
`,
      errors: [{ messageId: 'frameworkTextBody', data: { status: '401' }, line: 6, column: 5, endLine: 6, endColumn: 21 }],
    },
    {
      name: 'body after a switch that sets the status',
      code: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  switch (ctx.state.failure) {
    case 'conflict':
      ctx.status = 409;
      break;
    default:
      ctx.status = 400;
  }
  ctx.body = { message: 'order rejected' };
});
`,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '409' },
          line: 12,
          column: 3,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  switch (ctx.state.failure) {
    case 'conflict':
      ctx.status = 409;
      break;
    default:
      ctx.status = 400;
  }
  ctx.body = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'order rejected' };
  ctx.type = 'application/problem+json';
});
`,
            },
          ],
        },
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 12,
          column: 3,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import Router from '@koa/router';
const router = new Router();

router.post('/orders', async (ctx) => {
  switch (ctx.state.failure) {
    case 'conflict':
      ctx.status = 409;
      break;
    default:
      ctx.status = 400;
  }
  ctx.body = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'order rejected' };
  ctx.type = 'application/problem+json';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'plain text body',
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/orders/:id', async (ctx) => {
  ctx.status = 404;
  ctx.body = 'No such order';
});
`,
      errors: [{ messageId: 'textBody', data: { status: '404' }, line: 6, column: 3 }],
    },
    {
      name: 'thrown error past a logging catch',
      options: [{ checkThrownErrors: true }],
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.app.emit('error', err, ctx);
    throw err;
  }
});

app.use(async (ctx) => {
  const order = await findOrder(ctx.query.id);
  if (!order) ctx.throw(404, 'order not found');
  ctx.body = order;
});
`,
      errors: [{ messageId: 'thrownErrorBody', data: { status: '404' }, line: 16, column: 15, endLine: 16, endColumn: 48 }],
    },
    {
      name: 'thrown error checked by option',
      options: [{ checkThrownErrors: true }],
      code: `import Router from '@koa/router';
const router = new Router();

router.get('/orders/:id', async (ctx) => {
  ctx.throw(404, 'no such order');
  ctx.status = 204;
});
`,
      errors: [{ messageId: 'thrownErrorBody', data: { status: '404' }, line: 5, column: 3, endLine: 5, endColumn: 34 }],
    },
    {
      name: 'error middleware with an ad-hoc body',
      code: `import Koa from 'koa';
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.statusCode || err.status || 500;
    ctx.body = { message: err.expose ? err.message : 'Internal Server Error' };
    ctx.app.emit('error', err, ctx);
  }
});
`,
      errors: [{ messageId: 'notProblemDetails', data: { status: 'error' }, line: 9, column: 5, suggestions: [] }],
    },
  ],
});

typescript.run('require-problem-details on Koa (TypeScript)', requireProblemDetails, {
  valid: [
    {
      name: 'typed problem body with its type',
      code: `import type { Context } from 'koa';

export function notFound(ctx: Context): void {
  ctx.status = 404;
  ctx.body = { type: 'about:blank', title: 'Not Found', status: 404 } satisfies Record<string, unknown>;
  ctx.type = 'application/problem+json';
}
`,
    },
  ],
  invalid: [
    {
      name: 'typed ad-hoc body',
      code: `import type { Context } from 'koa';

export function notFound(ctx: Context): void {
  ctx.status = 404;
  ctx.body = { message: 'not found' } as const;
}
`,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Context } from 'koa';

export function notFound(ctx: Context): void {
  ctx.status = 404;
  ctx.body = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' } as const;
  ctx.type = 'application/problem+json';
}
`,
            },
          ],
        },
      ],
    },
  ],
});

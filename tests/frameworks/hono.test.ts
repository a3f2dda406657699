import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Runs the Hono idioms against each core rule. The handlers come from a Hono
 * app, onError, createMiddleware and TypeScript types. The sites are the
 * response helpers in their status, init and c.status() forms, and
 * HTTPException. Valid cases show what the adapter deliberately leaves alone.
 */

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-www-authenticate on Hono (JavaScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'middleware adds the challenge after next()',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  if (c.res.status === 401 && !c.res.headers.has('WWW-Authenticate')) {
    c.res.headers.set('WWW-Authenticate', 'Bearer realm="api"');
  }
});
app.get('/me', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json(user);
});
export default app;
`,
    },
    {
      name: 'challenge in a const object',
      code: `import { Hono } from 'hono';
const app = new Hono();
const PROBLEM = { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer' };
app.get('/x', (c) => {
  c.status(401);
  return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, undefined, PROBLEM);
});
`,
    },
    {
      name: 'local env function may write the challenge',
      code: `import { Hono } from 'hono';
const app = new Hono();
function env(c) {
  c.header('WWW-Authenticate', 'Bearer realm="api"');
  return process.env;
}
app.get('/me', (c) => {
  const vars = env(c);
  if (c.req.header('x-key') !== vars.KEY) return c.text('Unauthorized', 401);
  return c.text('ok');
});
`,
    },
    {
      name: 'onError writes the challenge with c.header',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.onError((err, c) => {
  const status = err instanceof HTTPException ? err.status : 500;
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="api"');
  return c.json({ type: 'about:blank', title: 'Error', status }, status, { 'Content-Type': 'application/problem+json' });
});
app.get('/x', (c) => {
  if (!c.req.header('Authorization')) throw new HTTPException(401);
  return c.json({});
});
`,
    },
    {
      name: 'onError sends the challenge in its headers',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.onError((err, c) => c.json({ title: err.message }, 401, { 'WWW-Authenticate': 'Bearer' }));
app.get('/x', (c) => {
  if (!c.req.header('Authorization')) throw new HTTPException(401);
  return c.json({});
});
`,
    },
    {
      name: 'third argument challenge',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.req.header('Authorization')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json({ ok: true });
});
`,
    },
    {
      name: 'init form challenge',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'c.header before the helper',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  c.header('WWW-Authenticate', 'Bearer realm="api"');
  if (!c.get('user')) return c.text('Sign in first', 401);
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'c.header before HTTPException',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new HTTPException(401, { message: 'Sign in first' });
  }
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'HTTPException res with challenge',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    throw new HTTPException(401, { res: new Response('Sign in first', { headers: { 'WWW-Authenticate': 'Bearer' } }) });
  }
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'header set on the returned response',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    const response = c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
    response.headers.set('WWW-Authenticate', 'Bearer');
    return response;
  }
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'headers in a variable',
      code: `import { Hono } from 'hono';
const app = new Hono();

const challenge = { 'WWW-Authenticate': 'Bearer' };
app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, challenge);
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'context passed to a helper first',
      code: `import { Hono } from 'hono';
import { addChallenge } from './auth';
const app = new Hono();

app.get('/me', (c) => {
  addChallenge(c);
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'middleware sets the challenge',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.use('/api/*', async (c, next) => {
  c.header('WWW-Authenticate', 'Bearer realm="api"');
  await next();
});

app.get('/api/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json(c.get('user'));
});
`,
    },
    {
      name: '401 for a permission is another rule',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.delete('/posts/:id', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  if (!user.roles.includes('admin')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.body(null, 204);
});
`,
    },
    {
      name: 'status only read',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.use(async (c, next) => {
  await next();
  if (c.res.status === 401) console.warn('unauthenticated request');
});
`,
    },
    {
      name: 'discarded helper result',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json({ ok: true });
});
`,
    },
    {
      name: 'no Hono import',
      code: `import { app } from './app';

app.get('/me', (c) => c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401));
`,
    },
    {
      name: 'c.header deletes nothing it did not set',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  c.header('WWW-Authenticate', 'Bearer');
  if (!c.get('user')) return c.newResponse(null, 401);
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'Headers instance as third argument (not followed)',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, new Headers({ 'WWW-Authenticate': 'Bearer' }));
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'HTTPException with a prebuilt res',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { unauthorizedResponse } from './responses';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) throw new HTTPException(401, { res: unauthorizedResponse });
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'onError status from the error',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.onError((err, c) => {
  if (err instanceof HTTPException) return c.json({ title: err.message }, err.status);
  return c.json({ title: 'Internal Server Error' }, 500);
});
`,
    },
  ],
  invalid: [
    {
      name: 'headers in a const object',
      code: `import { Hono } from 'hono';
const app = new Hono();
const PROBLEM = { 'Content-Type': 'application/problem+json' };
app.get('/x', (c) => {
  c.status(401);
  return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, undefined, PROBLEM);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      name: 'getCookie and env read the context',
      code: `import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { env } from 'hono/adapter';
const app = new Hono();
app.get('/me', (c) => {
  const { SESSION_SECRET } = env(c);
  const sid = getCookie(c, 'sid');
  if (!sid || !SESSION_SECRET) return c.json({ title: 'Unauthorized' }, 401);
  return c.json({});
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 8,
          column: 73,
          endLine: 8,
          endColumn: 76,
          suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Bearer' }, output: `import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { env } from 'hono/adapter';
const app = new Hono();
app.get('/me', (c) => {
  const { SESSION_SECRET } = env(c);
  const sid = getCookie(c, 'sid');
  if (!sid || !SESSION_SECRET) return c.json({ title: 'Unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json({});
});
` }],
        },
      ],
    },
    {
      name: 'getCookie under another name',
      code: `import { Hono } from 'hono';
import { getCookie as readCookie } from 'hono/cookie';
import { env } from 'hono/adapter';
const app = new Hono();
app.get('/me', (c) => {
  const { SESSION_SECRET } = env(c);
  const sid = readCookie(c, 'sid');
  if (!sid || !SESSION_SECRET) return c.json({ title: 'Unauthorized' }, 401);
  return c.json({});
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 8,
          column: 73,
          endLine: 8,
          endColumn: 76,
          suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Bearer' }, output: `import { Hono } from 'hono';
import { getCookie as readCookie } from 'hono/cookie';
import { env } from 'hono/adapter';
const app = new Hono();
app.get('/me', (c) => {
  const { SESSION_SECRET } = env(c);
  const sid = readCookie(c, 'sid');
  if (!sid || !SESSION_SECRET) return c.json({ title: 'Unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json({});
});
` }],
        },
      ],
    },
    {
      name: 'c.json with a status argument',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.req.header('Authorization')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json({ ok: true });
});
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.req.header('Authorization')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json({ ok: true });
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 114,
          endLine: 5,
          endColumn: 117,
          suggestions: [],
        },
      ],
    },
    {
      name: 'c.text',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const token = c.req.header('Authorization');
  if (!token) return c.text('Sign in first', 401);
  return c.text('ok');
});
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const token = c.req.header('Authorization');
  if (!token) return c.text('Sign in first', 401, { 'WWW-Authenticate': 'Bearer' });
  return c.text('ok');
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 46,
          endLine: 6,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      name: 'c.body with a headers argument',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.body(null, 401, { 'Cache-Control': 'no-store' });
  return c.json(c.get('user'));
});
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.body(null, 401, { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' });
  return c.json(c.get('user'));
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      name: 'init form',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.var.user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  return c.json(c.var.user);
});
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.var.user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } });
  return c.json(c.var.user);
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 97,
          endLine: 5,
          endColumn: 108,
          suggestions: [],
        },
      ],
    },
    {
      name: 'c.status then c.json',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    c.status(401);
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return c.json(c.get('user'));
});
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    c.header('WWW-Authenticate', 'Bearer');
    c.status(401);
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return c.json(c.get('user'));
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'HTTPException',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', async (c, next) => {
  if (!c.req.header('Authorization')) {
    throw new HTTPException(401, { message: 'missing token' });
  }
  await next();
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 63,
          suggestions: [{ messageId: 'addChallenge', output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', async (c, next) => {
  if (!c.req.header('Authorization')) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new HTTPException(401, { message: 'missing token' });
  }
  await next();
});
` }],
        },
      ],
    },
    {
      name: 'HTTPException with a res Response that has the status',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    throw new HTTPException(401, { res: new Response('Sign in first', { status: 401 }) });
  }
  return c.json(c.get('user'));
});
`,
      output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    throw new HTTPException(401, { res: new Response('Sign in first', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }) });
  }
  return c.json(c.get('user'));
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 90,
          suggestions: [],
        },
      ],
    },
    {
      name: 'HTTPException in a function without the context',
      code: `import { HTTPException } from 'hono/http-exception';

export function assertSignedIn(user) {
  if (!user) throw new HTTPException(401);
  return user;
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'HTTPException with onError in the file',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    throw new HTTPException(401);
  }
  return c.json(c.get('user'));
});

app.onError((err, c) => c.json({ title: err.message }, err.status, { 'Content-Type': 'application/problem+json' }));
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new HTTPException(401);
  }
  return c.json(c.get('user'));
});

app.onError((err, c) => c.json({ title: err.message }, err.status, { 'Content-Type': 'application/problem+json' }));
`,
            },
          ],
        },
      ],
    },
    {
      name: 'challenge set in an exited branch',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (c.req.query('legacy')) {
    c.header('WWW-Authenticate', 'Bearer realm="legacy"');
    return c.text('Sign in', 401);
  }
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json(c.get('user'));
});
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (c.req.query('legacy')) {
    c.header('WWW-Authenticate', 'Bearer realm="legacy"');
    return c.text('Sign in', 401);
  }
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(c.get('user'));
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 9,
          column: 98,
          endLine: 9,
          endColumn: 101,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Basic credentials: suggestion only',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const header = c.req.header('Authorization');
  if (!header || !header.startsWith('Basic ')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json({ ok: true });
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Basic realm="Restricted"' },
          line: 6,
          column: 123,
          endLine: 6,
          endColumn: 126,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Basic realm="Restricted"' },
              output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const header = c.req.header('Authorization');
  if (!header || !header.startsWith('Basic ')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Basic realm="Restricted"' });
  return c.json({ ok: true });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'createMiddleware',
      code: `import { createMiddleware } from 'hono/factory';

export const requireToken = createMiddleware(async (c, next) => {
  if (!c.req.header('Authorization')) {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  }
  await next();
});
`,
      output: `import { createMiddleware } from 'hono/factory';

export const requireToken = createMiddleware(async (c, next) => {
  if (!c.req.header('Authorization')) {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  }
  await next();
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 80,
          endLine: 5,
          endColumn: 83,
          suggestions: [],
        },
      ],
    },
    {
      name: 'handler declared as a function',
      code: `import { Hono } from 'hono';
const app = new Hono();

function me(c) {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json(c.get('user'));
}

app.get('/me', me);
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

function me(c) {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(c.get('user'));
}

app.get('/me', me);
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 98,
          endLine: 5,
          endColumn: 101,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate on Hono (TypeScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'typed context with challenge',
      code: `import type { Context } from 'hono';

export function requireUser(c: Context) {
  return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
}
`,
    },
  ],
  invalid: [
    {
      name: 'typed context',
      code: `import type { Context } from 'hono';

export function requireUser(c: Context) {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401 as const);
  return null;
}
`,
      output: `import type { Context } from 'hono';

export function requireUser(c: Context) {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401 as const, { 'WWW-Authenticate': 'Bearer' });
  return null;
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 98,
          endLine: 4,
          endColumn: 110,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed middleware variable',
      code: `import type { MiddlewareHandler } from 'hono';

export const auth: MiddlewareHandler = async (c, next) => {
  const token = c.req.header('Authorization')?.replace('Bearer ', '');
  if (!token) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  await next();
};
`,
      output: `import type { MiddlewareHandler } from 'hono';

export const auth: MiddlewareHandler = async (c, next) => {
  const token = c.req.header('Authorization')?.replace('Bearer ', '');
  if (!token) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  await next();
};
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 90,
          endLine: 5,
          endColumn: 93,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Hono app with Variables',
      code: `import { Hono } from 'hono';

type Env = { Variables: { user: { id: string } | undefined } };
const app = new Hono<Env>().basePath('/api');

app.get('/me', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.json(user);
});
`,
      output: `import { Hono } from 'hono';

type Env = { Variables: { user: { id: string } | undefined } };
const app = new Hono<Env>().basePath('/api');

app.get('/me', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(user);
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 8,
          column: 89,
          endLine: 8,
          endColumn: 92,
          suggestions: [],
        },
      ],
    },
  ],
});

javascript.run('no-403-for-unauthenticated on Hono (JavaScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: '403 after a role check',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.delete('/posts/:id', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  if (user.role !== 'admin') return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403);
  return c.body(null, 204);
});
`,
    },
    {
      name: '403 for a CSRF failure',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.post('/transfer', (c) => {
  const csrfToken = c.req.header('X-CSRF-Token');
  if (!csrfToken) return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403);
  return c.json({ ok: true });
});
`,
    },
    {
      name: 'HTTPException 403 after a permission check',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/admin', (c) => {
  const payload = c.get('jwtPayload');
  if (!payload.scopes.includes('admin')) throw new HTTPException(403, { message: 'admin only' });
  return c.json({ ok: true });
});
`,
    },
  ],
  invalid: [
    {
      name: 'missing user: 403 via c.json',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ error: 'not logged in' }, 403);
  return c.json(user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 56,
          endLine: 6,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ error: 'not logged in' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(user);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'missing user: HTTPException 403',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.var.user) {
    throw new HTTPException(403, { message: 'Sign in first' });
  }
  return c.json(c.var.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.var.user) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new HTTPException(401, { message: 'Sign in first' });
  }
  return c.json(c.var.user);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'c.status 403 without a token',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const token = c.req.header('Authorization');
  if (!token) {
    c.status(403);
    return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  return c.json({ ok: true });
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  const token = c.req.header('Authorization');
  if (!token) {
    c.header('WWW-Authenticate', 'Bearer');
    c.status(401);
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return c.json({ ok: true });
});
`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('no-403-for-unauthenticated on Hono (TypeScript)', no403ForUnauthenticated, {
  valid: [
  ],
  invalid: [
    {
      name: 'failed verify: 403',
      code: `import { Hono } from 'hono';
import { verify } from 'hono/jwt';

const app = new Hono();

app.get('/me', async (c) => {
  const token = c.req.header('Authorization')?.slice(7);
  try {
    const payload = await verify(token ?? '', 'secret', 'HS256');
    return c.json(payload);
  } catch {
    return c.json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'invalid token' }, { status: 403 });
  }
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 12,
          column: 104,
          endLine: 12,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Hono } from 'hono';
import { verify } from 'hono/jwt';

const app = new Hono();

app.get('/me', async (c) => {
  const token = c.req.header('Authorization')?.slice(7);
  try {
    const payload = await verify(token ?? '', 'secret', 'HS256');
    return c.json(payload);
  } catch {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'invalid token' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
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

javascript.run('no-401-for-forbidden on Hono (JavaScript)', no401ForForbidden, {
  valid: [
    {
      name: '401 without a user',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(c.get('user'));
});
`,
    },
    {
      name: '401 for a bad token',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { verify } from 'hono/jwt';
const app = new Hono();

app.get('/me', async (c) => {
  const token = c.req.header('Authorization');
  try {
    return c.json(await verify(token, 'secret', 'HS256'));
  } catch {
    throw new HTTPException(401, { message: 'invalid token' });
  }
});
`,
    },
  ],
  invalid: [
    {
      name: 'role check: 401 via c.json',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.delete('/posts/:id', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  if (!user.roles.includes('admin')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
  return c.body(null, 204);
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 113,
          endLine: 7,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Hono } from 'hono';
const app = new Hono();

app.delete('/posts/:id', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer' });
  if (!user.roles.includes('admin')) return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403);
  return c.body(null, 204);
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'scope check: HTTPException 401',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/admin', (c) => {
  const payload = c.get('jwtPayload');
  if (payload.role !== 'admin') {
    throw new HTTPException(401, { message: 'admin only' });
  }
  return c.json({ ok: true });
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/admin', (c) => {
  const payload = c.get('jwtPayload');
  if (payload.role !== 'admin') {
    throw new HTTPException(403, { message: 'admin only' });
  }
  return c.json({ ok: true });
});
`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('no-401-for-forbidden on Hono (TypeScript)', no401ForForbidden, {
  valid: [
  ],
  invalid: [
    {
      name: 'ownership check: init form',
      code: `import { Hono } from 'hono';

const app = new Hono<{ Variables: { user: { id: string } } }>();

app.put('/posts/:id', async (c) => {
  const user = c.get('user');
  const post = await loadPost(c.req.param('id'));
  if (post.authorId !== user.id) {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 });
  }
  return c.json(post);
});

declare function loadPost(id: string): Promise<{ authorId: string }>;
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 9,
          column: 82,
          endLine: 9,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Hono } from 'hono';

const app = new Hono<{ Variables: { user: { id: string } } }>();

app.put('/posts/:id', async (c) => {
  const user = c.get('user');
  const post = await loadPost(c.req.param('id'));
  if (post.authorId !== user.id) {
    return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403 });
  }
  return c.json(post);
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

javascript.run('require-problem-details on Hono (JavaScript)', requireProblemDetails, {
  valid: [
    {
      name: 'html page',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.html('<h1>Forbidden</h1>', 403));
`,
    },
    {
      name: 'problem details with the content type',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, { 'WWW-Authenticate': 'Bearer', 'Content-Type': 'application/problem+json' });
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'c.body with a JSON string and content type',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  c.header('Content-Type', 'application/problem+json');
  return c.body(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 }), 403);
});
`,
    },
    {
      name: 'empty body',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.body(null, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'thrown HTTPException without checkThrownErrors',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) throw new HTTPException(403, { message: 'Forbidden' });
  return c.json(c.get('user'));
});
`,
    },
    {
      name: 'onError sends problem details',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.onError((err, c) =>
  c.json({ type: 'about:blank', title: err.message }, err.status, { 'Content-Type': 'application/problem+json' }),
);
`,
    },
    {
      name: 'OAuth error body',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.post('/token', (c) => c.json({ error: 'invalid_grant' }, 400));
`,
    },
    {
      name: 'content type from a variable',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/x', (c) => c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403, headersFor(c)));
`,
    },
  ],
  invalid: [
    {
      name: 'ad-hoc error body',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ error: 'not logged in' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(c.get('user'));
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '401' },
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'not logged in' }, 401, { 'WWW-Authenticate': 'Bearer', 'Content-Type': 'application/problem+json' });
  return c.json(c.get('user'));
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem object sent as application/json',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403));
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403, { 'Content-Type': 'application/problem+json' }));
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem object sent as application/json, autofix',
      options: [{ contentTypeFix: 'autofix' }],
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403));
`,
      output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403, { 'Content-Type': 'application/problem+json' }));
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 89,
          suggestions: [],
        },
      ],
    },
    {
      name: 'content type overwritten after c.header',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => {
  c.header('Content-Type', 'application/problem+json');
  return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403);
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => {
  c.header('Content-Type', 'application/problem+json');
  return c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403, { 'Content-Type': 'application/problem+json' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'content type overwritten in the init form',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }));
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403 }, { 'Content-Type': 'application/problem+json' }));
`,
            },
          ],
        },
      ],
    },
    {
      name: 'plain text',
      code: `import { Hono } from 'hono';
const app = new Hono();

app.get('/admin', (c) => c.text('Forbidden', 403));
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '403' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'onError with an ad-hoc body',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.onError((err, c) => c.json({ message: err.message }, err instanceof HTTPException ? err.status : 500));
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: 'error' },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      name: 'thrown HTTPException with checkThrownErrors',
      options: [{ checkThrownErrors: true }],
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();

app.get('/me', (c) => {
  if (!c.get('user')) throw new HTTPException(403, { message: 'Forbidden' });
  return c.json(c.get('user'));
});
`,
      output: null,
      errors: [
        {
          messageId: 'thrownErrorBody',
          data: { status: '403' },
          line: 6,
          column: 63,
          endLine: 6,
          endColumn: 74,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('require-problem-details on Hono (TypeScript)', requireProblemDetails, {
  valid: [
  ],
  invalid: [
    {
      name: 'c.status then c.json',
      code: `import { Hono } from 'hono';

const app = new Hono();

app.get('/admin', (c) => {
  c.status(403);
  return c.json({ message: 'admin only' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '403' },
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
  ],
});

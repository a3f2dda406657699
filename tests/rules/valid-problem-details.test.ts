import rule from '../../src/rules/valid-problem-details';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('valid-problem-details (JavaScript)', rule, {
  valid: [
    {
      name: 'well-formed problem details',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/orders/:id', (req, res) => {
  res.status(404).type(PROBLEM).json({ type: 'https://example.com/problems/no-order', title: 'No such order', status: 404, detail: 'Order 7 does not exist.', instance: '/orders/7' });
});
`,
    },
    {
      name: 'a success body with a type member',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/actor', (req, res) => {
  res.status(200).json({ '@context': 'https://www.w3.org/ns/activitystreams', type: 'Application', name: 'api' });
});
`,
    },
    {
      name: 'an error body with only a title',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/admin', (req, res) => {
  res.status(403).json({ title: 'Forbidden page', path: req.path, 'body-class': 'page-403' });
});
`,
    },
    {
      name: 'status held in a variable',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/upstream', async (req, res) => {
  const code = await upstreamStatus();
  res.status(code).type(PROBLEM).json({ type: 'https://example.com/problems/upstream', title: 'Upstream failed', status: 502 });
});
`,
    },
    {
      name: 'about:blank with the reason phrase in another case',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/missing', (req, res) => {
  res.status(404).type(PROBLEM).json({ type: 'about:blank', title: 'Not found', status: 404 });
});
`,
    },
    {
      name: 'former reason phrase of 422',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/forms', (req, res) => {
  res.status(422).type(PROBLEM).json({ title: 'Unprocessable Entity', status: 422, detail: 'name is required' });
});
`,
    },
    {
      name: 'members before a spread may be overridden',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/custom', (req, res) => {
  res.status(404).type(PROBLEM).json({ title: 'Missing', status: 400, ...req.problem });
});
`,
    },
    {
      name: 'relative type and extension members',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/transfers', (req, res) => {
  res.status(403).type(PROBLEM).json({ type: '/problems/out-of-credit', title: 'Not enough credit', status: 403, balance: 30, accounts: ['/account/1'], trace_id: req.id });
});
`,
    },
    {
      name: 'title and detail from expressions',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/i18n', (req, res) => {
  res.status(400).type(PROBLEM).json({ type: 'https://example.com/problems/input', title: req.t('errors.input'), status: 400, detail: String(req.error) });
});
`,
    },
    {
      name: 'localized title of about:blank',
      code: `import express from 'express';
const app = express();

app.get('/fichiers/:id', (req, res) => {
  res.status(404).type('application/problem+json').json({ title: 'Fichier introuvable : vérifiez le nom', status: 404 });
});
`,
    },
    {
      name: 'JSend fail body',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/users', (req, res) => {
  res.status(400).json({ status: 'fail', type: 'validation', data: { email: 'required' } });
});
`,
    },
    {
      name: 'JSend error body with a title',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/db', (req, res) => {
  res.status(500).json({ status: 'error', title: 'Database unavailable', message: 'try later' });
});
`,
    },
    {
      name: 'teapot title',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/coffee', (req, res) => {
  res.status(418).type(PROBLEM).json({ title: 'No coffee here', status: 418 });
});
`,
    },
    {
      name: 'a body sent with two statuses',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/things', (req, res) => {
  res.status(400);
  if (req.query.x) res.status(404);
  res.type(PROBLEM).json({ type: 'https://example.com/problems/thing', title: 'Bad thing', status: 400 });
});
`,
    },
    {
      name: 'title of a body not sent as problem details',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/forms', (req, res) => {
  res.status(400).json({ title: 'Validation failed', detail: 'name is required' });
});
`,
    },
    {
      name: 'HAL link members',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/orders/:id', (req, res) => {
  res.status(404).type(PROBLEM).json({ type: 'https://example.com/problems/no-order', title: 'No such order', status: 404, _links: { orders: { href: '/orders' } } });
});
`,
    },
    {
      name: 'translated titles with the option off',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/dateien/:id', (req, res) => {
  res.status(404).type(PROBLEM).json({ title: 'Datei nicht gefunden', status: 404 });
});
`,
      options: [{ reasonPhraseTitle: false }],
    },
    {
      name: 'reason phrase with punctuation and an old hyphen',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/slow', (req, res) => {
  if (req.query.a) return res.status(404).type(PROBLEM).json({ title: 'Not found.', status: 404 });
  res.status(504).type(PROBLEM).json({ title: 'Gateway Time-out', status: 504 });
});
`,
    },
  ],
  invalid: [
    {
      name: 'status mismatch in a const body',
      code: `import express from 'express';
const app = express();

app.get('/orders/:id', async (req, res) => {
  const problem = { type: 'https://example.com/problems/no-order', title: 'No such order', status: 400 };
  return res.status(404).type('application/problem+json').json(problem);
});
`,
      output: null,
      errors: [{ messageId: 'statusMismatch', line: 5, column: 100, suggestions: [{ messageId: 'setStatus', output: `import express from 'express';
const app = express();

app.get('/orders/:id', async (req, res) => {
  const problem = { type: 'https://example.com/problems/no-order', title: 'No such order', status: 404 };
  return res.status(404).type('application/problem+json').json(problem);
});
` }] }],
    },
    {
      name: 'status member differs from the status sent',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/orders/:id', async (req, res) => {
  const order = await findOrder(req.params.id);
  if (!order) {
    return res.status(404).type(PROBLEM).json({ type: 'https://example.com/problems/no-order', title: 'No such order', status: 400 });
  }
  res.json(order);
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusMismatch',
          line: 8,
          column: 128,
          endLine: 8,
          endColumn: 131,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/orders/:id', async (req, res) => {
  const order = await findOrder(req.params.id);
  if (!order) {
    return res.status(404).type(PROBLEM).json({ type: 'https://example.com/problems/no-order', title: 'No such order', status: 404 });
  }
  res.json(order);
});
` },
          ],
        },
      ],
    },
    {
      name: 'status member as a string',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/orders', (req, res) => {
  res.status(409).type(PROBLEM).json({ type: 'https://example.com/problems/duplicate', title: 'Duplicate order', status: '409' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusNotNumber',
          line: 6,
          column: 122,
          endLine: 6,
          endColumn: 127,
          suggestions: [
            { messageId: 'writeNumber', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/orders', (req, res) => {
  res.status(409).type(PROBLEM).json({ type: 'https://example.com/problems/duplicate', title: 'Duplicate order', status: 409 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'about:blank with a specific title',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/reports', (req, res) => {
  res.status(403).type(PROBLEM).json({ type: 'about:blank', title: 'Reports need the analyst role', status: 403 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'titleNotReasonPhrase',
          line: 6,
          column: 68,
          endLine: 6,
          endColumn: 99,
          suggestions: [
            { messageId: 'useReasonPhrase', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/reports', (req, res) => {
  res.status(403).type(PROBLEM).json({ type: 'about:blank', title: 'Forbidden', detail: 'Reports need the analyst role', status: 403 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'about:blank title beside a detail',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/reports', (req, res) => {
  res.status(403).type(PROBLEM).json({ type: 'about:blank', title: 'No access', status: 403, detail: 'Reports need the analyst role.' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'titleNotReasonPhrase',
          line: 6,
          column: 68,
          endLine: 6,
          endColumn: 79,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'absent type means about:blank',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/credit', (req, res) => {
  res.status(403).type(PROBLEM).json({ title: 'You do not have enough credit.', status: 403 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'titleNotReasonPhrase',
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 79,
          suggestions: [
            { messageId: 'useReasonPhrase', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/credit', (req, res) => {
  res.status(403).type(PROBLEM).json({ title: 'Forbidden', detail: 'You do not have enough credit.', status: 403 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'type with whitespace',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/transfers', (req, res) => {
  res.status(422).type(PROBLEM).json({ type: 'validation error', title: 'Invalid transfer', status: 422 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notUriReference',
          line: 6,
          column: 46,
          endLine: 6,
          endColumn: 64,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'instance with a brace',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.delete('/orders/:id', (req, res) => {
  res.status(409).type(PROBLEM).json({ type: 'https://example.com/problems/shipped', title: 'Already shipped', status: 409, instance: '/orders/{id}' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notUriReference',
          line: 6,
          column: 135,
          endLine: 6,
          endColumn: 149,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'detail as an object',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.post('/users', (req, res) => {
  res.status(400).type(PROBLEM).json({ type: 'https://example.com/problems/invalid', title: 'Invalid user', status: 400, detail: { field: 'email' } });
});
`,
      output: null,
      errors: [
        {
          messageId: 'memberNotString',
          line: 6,
          column: 130,
          endLine: 6,
          endColumn: 148,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'title as a number',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/limits', (req, res) => {
  res.status(429).type(PROBLEM).json({ type: 'https://example.com/problems/limit', title: 429, status: 429 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'memberNotString',
          line: 6,
          column: 91,
          endLine: 6,
          endColumn: 94,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'extension name with a hyphen',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/quota', (req, res) => {
  res.status(429).type(PROBLEM).json({ type: 'https://example.com/problems/quota', title: 'Quota used up', status: 429, 'retry-after': 60 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'extensionName',
          line: 6,
          column: 121,
          endLine: 6,
          endColumn: 134,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'members after a spread are checked',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

const BASE = { type: 'https://example.com/problems/base' };
app.get('/base', (req, res) => {
  res.status(404).type(PROBLEM).json({ ...BASE, title: 'Missing', status: 400 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusMismatch',
          line: 7,
          column: 75,
          endLine: 7,
          endColumn: 78,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

const BASE = { type: 'https://example.com/problems/base' };
app.get('/base', (req, res) => {
  res.status(404).type(PROBLEM).json({ ...BASE, title: 'Missing', status: 404 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'Koa context body',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 404;
  ctx.type = 'application/problem+json';
  ctx.body = { type: 'https://example.com/problems/missing', title: 'Missing page', status: 400 };
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusMismatch',
          line: 6,
          column: 93,
          endLine: 6,
          endColumn: 96,
          suggestions: [
            { messageId: 'setStatus', output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 404;
  ctx.type = 'application/problem+json';
  ctx.body = { type: 'https://example.com/problems/missing', title: 'Missing page', status: 404 };
});
` },
          ],
        },
      ],
    },
    {
      name: 'Fastify reply',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  return reply.code(404).type('application/problem+json').send({ type: 'https://example.com/problems/no-item', title: 'No such item', status: 400 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusMismatch',
          line: 4,
          column: 143,
          endLine: 4,
          endColumn: 146,
          suggestions: [
            { messageId: 'setStatus', output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  return reply.code(404).type('application/problem+json').send({ type: 'https://example.com/problems/no-item', title: 'No such item', status: 404 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'string status that differs from the status sent',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/things', (req, res) => {
  res.status(400).type(PROBLEM).json({ type: '/problems/bad-thing', title: 'Bad thing', status: '404' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusNotNumber',
          line: 6,
          column: 97,
          endLine: 6,
          endColumn: 102,
          suggestions: [
            { messageId: 'writeNumber', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/things', (req, res) => {
  res.status(400).type(PROBLEM).json({ type: '/problems/bad-thing', title: 'Bad thing', status: 400 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'empty title of about:blank',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/things', (req, res) => {
  res.status(400).type(PROBLEM).json({ title: '', status: 400, detail: 'name is required' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'titleNotReasonPhrase',
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 49,
          suggestions: [
            { messageId: 'setReasonPhrase', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/things', (req, res) => {
  res.status(400).type(PROBLEM).json({ title: 'Bad Request', status: 400, detail: 'name is required' });
});
` },
          ],
        },
      ],
    },
    {
      name: 'problem+json body built from a spread',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

const NOT_FOUND = { type: 'about:blank', title: 'Not Found' };
app.get('/pages/:id', (req, res) => {
  res.status(404).type(PROBLEM).json({ ...NOT_FOUND, status: 410, 'trace-id': req.id });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusMismatch',
          line: 7,
          column: 62,
          endLine: 7,
          endColumn: 65,
          suggestions: [
            { messageId: 'setStatus', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

const NOT_FOUND = { type: 'about:blank', title: 'Not Found' };
app.get('/pages/:id', (req, res) => {
  res.status(404).type(PROBLEM).json({ ...NOT_FOUND, status: 404, 'trace-id': req.id });
});
` },
          ],
        },
        {
          messageId: 'extensionName',
          line: 7,
          column: 67,
          endLine: 7,
          endColumn: 77,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'null status',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/things', (req, res) => {
  res.status(503).type(PROBLEM).json({ type: '/problems/down', title: 'Down for maintenance', status: null });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusNotNumber',
          line: 6,
          column: 103,
          endLine: 6,
          endColumn: 107,
          suggestions: [
            { messageId: 'writeNumber', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/things', (req, res) => {
  res.status(503).type(PROBLEM).json({ type: '/problems/down', title: 'Down for maintenance', status: 503 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'JSON-style keys get a quoted detail',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/reports', (req, res) => {
  res.status(403).type(PROBLEM).json({ "title": "Reports need the analyst role", "status": 403 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'titleNotReasonPhrase',
          line: 6,
          column: 49,
          endLine: 6,
          endColumn: 80,
          suggestions: [
            { messageId: 'useReasonPhrase', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/reports', (req, res) => {
  res.status(403).type(PROBLEM).json({ "title": "Forbidden", "detail": "Reports need the analyst role", "status": 403 });
});
` },
          ],
        },
      ],
    },
    {
      name: 'title with interpolations',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/widgets/:id', (req, res) => {
  res.status(404).type(PROBLEM).json({ title: \`Widget \${req.params.id} not found\`, status: 404 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'titleNotReasonPhrase',
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 82,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'British spelling of the reason phrase',
      code: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/me', (req, res) => {
  res.status(401).type(PROBLEM).json({ title: 'Unauthorised', status: 401, detail: 'Sign in first.' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'titleNotReasonPhrase',
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 61,
          suggestions: [
            { messageId: 'setReasonPhrase', output: `import express from 'express';
const app = express();
const PROBLEM = 'application/problem+json';

app.get('/me', (req, res) => {
  res.status(401).type(PROBLEM).json({ title: 'Unauthorized', status: 401, detail: 'Sign in first.' });
});
` },
          ],
        },
      ],
    },
  ],
});

typescript.run('valid-problem-details (TypeScript)', rule, {
  valid: [
    {
      name: 'body states the 403 that is due',
      code: `export const handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/admin')) {
    if (event.locals.user.role !== 'admin') {
      return new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 }), {
        status: 401,
        headers: { 'content-type': 'application/problem+json' },
      });
    }
  }
  return resolve(event);
};
`,
    },
    {
      name: 'NestJS exception body',
      code: `import { Controller, Get, HttpException } from '@nestjs/common';

@Controller('x')
export class X {
  @Get()
  get() {
    throw new HttpException({ type: 'https://example.com/problems/x', title: 'X failed', status: 500 }, 503);
  }
}
`,
    },
    {
      name: 'Hono problem with matching status',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/projects/:id', (c) => {
  return c.json({ type: 'https://example.com/problems/no-project', title: 'No such project', status: 404 }, 404, { 'Content-Type': 'application/problem+json' });
});
`,
    },
  ],
  invalid: [
    {
      name: 'Hono c.json with another status',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/projects/:id', (c) => {
  return c.json({ type: 'https://example.com/problems/no-project', title: 'No such project', status: 400 }, 404, { 'Content-Type': 'application/problem+json' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'statusMismatch',
          line: 4,
          column: 102,
          endLine: 4,
          endColumn: 105,
          suggestions: [
            { messageId: 'setStatus', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/projects/:id', (c) => {
  return c.json({ type: 'https://example.com/problems/no-project', title: 'No such project', status: 404 }, 404, { 'Content-Type': 'application/problem+json' });
});
` },
          ],
        },
      ],
    },
    {
      name: 'web Response with a stringified problem',
      code: `export async function GET(request: Request) {
  return new Response(JSON.stringify({ type: 'https://example.com/problems/gone', title: 'Gone for good', status: 404 }), {
    status: 410,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'statusMismatch',
          line: 2,
          column: 115,
          endLine: 2,
          endColumn: 118,
          suggestions: [
            { messageId: 'setStatus', output: `export async function GET(request: Request) {
  return new Response(JSON.stringify({ type: 'https://example.com/problems/gone', title: 'Gone for good', status: 410 }), {
    status: 410,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
` },
          ],
        },
      ],
    },
  ],
});

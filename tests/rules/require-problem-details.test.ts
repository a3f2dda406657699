import rule from '../../src/rules/require-problem-details';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-problem-details (JavaScript)', rule, {
  valid: [
    { name: 'const body read twice', code: `import express from 'express';
const app = express();

app.get('/orders/:id', async (req, res) => {
  const body = { error: 'Order not found' };
  logger.warn(body);
  return res.status(404).json(body);
});
` },
    { name: 'const body with a member written', code: `import express from 'express';
const app = express();

app.get('/orders/:id', async (req, res) => {
  const body = { error: 'Order not found' };
  body.detail = await explain(req);
  return res.status(404).json(body);
});
` },
    { name: 'body in a let', code: `import express from 'express';
const app = express();

app.get('/orders/:id', async (req, res) => {
  let body = { error: 'Order not found' };
  return res.status(404).json(body);
});
` },
    {
      name: 'Remix action data of a UI route',
      code: `import { json } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
export async function action({ request }) {
  const form = await request.formData();
  if (!form.get('title')) return json({ errors: { title: 'Title is required' } }, { status: 400 });
  return json({ ok: true });
}
export default function NewNote() {
  const data = useActionData();
  return data?.errors?.title ?? null;
}
`,
    },
    {
      name: 'html error page',
      code: `import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  res.status(500).send('<!doctype html><title>Error</title><h1>Something broke</h1>');
});
`,
    },
    {
      name: 'html template literal page',
      code: `import express from 'express';
const app = express();
app.get('/page', (req, res) => {
  res.status(404).send(\`
    <html><body>\${req.path} was not found</body></html>\`);
});
`,
    },
    {
      name: 'text sent as html',
      code: `import express from 'express';
const app = express();
app.get('/page', (req, res) => {
  res.status(404).type('html').send('Not found');
});
`,
    },
    {
      name: 'content type appended to a Headers variable',
      code: `export async function GET() {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  headers.append('Content-Type', 'application/problem+json');
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }), { status: 404, headers });
}
`,
    },
    {
      name: 'empty body from end',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) return res.status(401).end();
  res.json(req.user);
});
`,
    },
    {
      name: 'Response with null body',
      code: `export function GET() {
  return new Response(null, { status: 401 });
}
`,
    },
    {
      name: 'body in a variable',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  const body = validate(req.body);
  res.status(400).json(body);
});
`,
    },
    {
      name: 'JSON:API media type',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(422).type('application/vnd.api+json').json({ errors: [{ status: '422', title: 'Invalid name' }] });
});
`,
    },
    {
      name: 'OAuth token error',
      code: `import express from 'express';
const app = express();
app.post('/oauth/token', (req, res) => {
  res.status(400).json({ error: 'invalid_grant', error_description: 'code expired' });
});
`,
    },
    {
      name: 'GraphQL errors response',
      code: `import express from 'express';
const app = express();
app.post('/graphql', (req, res) => {
  res.status(400).json({ data: null, errors: [{ message: 'Must provide a query string.' }] });
});
`,
    },
    {
      name: 'JSON-RPC error response',
      code: `import express from 'express';
const app = express();
app.post('/rpc', (req, res) => {
  if (req.body?.jsonrpc !== '2.0') {
    return res.status(400).json({ jsonrpc: '2.0', error: { code: -32600, message: 'Invalid Request' }, id: null });
  }
  res.json({ jsonrpc: '2.0', result: handle(req.body), id: req.body.id });
});
`,
    },
    {
      name: 'GraphQL errors in GraphQL route',
      filename: 'app/api/graphql/route.js',
      code: `export async function POST(request) {
  return Response.json({ errors: [{ message: 'Request body must contain a query.' }] }, { status: 400 });
}
`,
    },
    {
      name: 'thrown createError by default',
      code: `import createError from 'http-errors';
export function load(id) {
  if (!id) throw createError(404, 'item not found');
}
`,
    },
    {
      name: 'allowText permits send text',
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  res.status(503).send('down for maintenance');
});
`,
      options: [{ allowText: true }],
    },
    {
      name: 'allowText permits sendStatus',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.sendStatus(401);
});
`,
      options: [{ allowText: true }],
    },
    {
      name: 'problem type before json',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
    },
    {
      name: 'problem type with charset',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.set('Content-Type', 'application/problem+json; charset=utf-8');
  res.status(404).json({ title: 'Not Found', detail: 'no such item' });
});
`,
    },
    {
      name: '2xx with error member',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(201).json({ id: 1, error: null });
});
`,
    },
    {
      name: 'Response.json with problem type',
      code: `export function POST() {
  return Response.json({ title: 'Bad Request', status: 400 }, { status: 400, headers: { 'content-type': 'application/problem+json' } });
}
`,
    },
    {
      name: 'writeHead with problem type',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(400, { 'Content-Type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400 }));
});
`,
    },
    {
      name: 'call result body',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).json(JSON.parse(cached));
});
`,
    },
    {
      name: 'spread hides members',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).json({ ...notFound, detail: \`no item \${req.params.id}\` });
});
`,
    },
    {
      name: 'res.send with a number',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.send(404);
});
`,
    },
    {
      name: 'json without a status',
      code: `import express from 'express';
const app = express();
app.get('/items', (req, res) => {
  res.json({ error: 'none', items: [] });
});
`,
    },
    {
      name: 'Express health check route',
      code: `import express from 'express';
const app = express();
app.get('/healthz', async (req, res) => {
  if (!(await db.ping())) return res.status(503).json({ status: 'down' });
  res.json({ status: 'up' });
});
`,
    },
    {
      name: 'Koa health check, status only',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/_health', async (ctx) => {
  try {
    await db.query('SELECT 1');
  } catch (err) {
    ctx.status = 500;
    return;
  }
  ctx.body = 'OK';
});
`,
    },
    {
      name: 'Fastify readiness handler by name',
      code: `export async function readiness(request, reply) {
  if (isShuttingDown()) {
    return reply.status(503).send({ ready: false, reason: 'shutting down' });
  }
  return reply.status(200).send({ ready: true });
}
`,
    },
    {
      name: 'Fastify route options health check',
      code: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.route({
  method: 'GET',
  url: '/health',
  handler: async (request, reply) => {
    if (!(await fastify.db.ping())) return reply.code(503).send({ db: 'down' });
    return { db: 'up' };
  },
});
`,
    },
    {
      name: 'Hono ping route',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/api/ping', (c) => (queue.connected ? c.text('pong') : c.json({ ok: false }, 503)));
`,
    },
    {
      name: 'Next.js health route folder',
      filename: 'app/api/health/route.js',
      code: `export async function GET() {
  if (!(await checkDatabase())) return Response.json({ ok: false }, { status: 503 });
  return Response.json({ ok: true });
}
`,
    },
    {
      name: 'Express webhook route',
      code: `import express from 'express';
const app = express();
app.post('/api/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), secret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  res.json({ received: true });
});
`,
    },
    {
      name: 'webhook verified by middleware',
      code: `import express from 'express';
const app = express();
app.post('/webhooks/stripe', verifyStripeSignature, (req, res) => {
  if (!handled(req.body)) return res.status(400).json({ error: 'unknown event' });
  res.json({ received: true });
});
`,
    },
    {
      name: 'webhook handler inside a wrapper',
      filename: 'app/api/webhooks/stripe/route.js',
      code: `export const POST = withLogging(async (request) => {
  const signature = request.headers.get('stripe-signature');
  try {
    stripe.webhooks.constructEvent(await request.text(), signature, secret);
  } catch {
    return new Response('bad signature', { status: 400 });
  }
  return new Response(null, { status: 204 });
});
`,
    },
    {
      name: 'webhook routes named by their registrar',
      code: `import express from 'express';
export function registerWebhooks(router) {
  router.post('/stripe', (req, res) => {
    try {
      stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);
    } catch (err) {
      return res.status(400).send(\`Webhook Error: \${err.message}\`);
    }
    res.json({ received: true });
  });
}
`,
    },
    {
      name: 'health status and versioned ping',
      code: `import express from 'express';
const app = express();
app.get('/health/status', (req, res) => res.status(503).json({ db: 'down' }));
app.get('/v1/ping', (req, res) => res.status(503).json({ ok: false }));
`,
    },
    {
      name: 'bare readiness probe',
      code: `import express from 'express';
const app = express();
app.get('/ready', (req, res) => (db.connected ? res.json({ ready: true }) : res.status(503).json({ ready: false })));
`,
    },
    {
      name: 'Next.js webhook route folder',
      filename: 'app/api/webhooks/github/route.js',
      code: `export async function POST(request) {
  if (!(await verifySignature(request))) return Response.json({ error: 'bad signature' }, { status: 401 });
  return new Response(null, { status: 204 });
}
`,
    },
    {
      name: 'rendered error page',
      code: `import express from 'express';
const app = express();
app.use((req, res) => {
  res.status(404).render('not-found');
});
`,
    },
    {
      name: 'status outside statuses option',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) return res.status(400).json({ error: 'name is required' });
  res.status(201).json({ id: 1 });
});
`,
      options: [{ statuses: [ 500 ] }],
    },
    {
      name: 'Response.json 200 with error',
      code: `export function GET() {
  return Response.json({ error: 'x' }, { status: 200 });
}
`,
    },
    {
      name: 'redirect status with JSON',
      code: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.status(302).json({ error: 'moved' });
});
`,
    },
    {
      name: 'test file under __tests__',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(400).json({ error: 'name is required' });
});
`,
      filename: '__tests__/items.js',
    },
    {
      // An empty string sends no body.
      name: 'empty string Response',
      code: `export function GET() {
  return new Response('', { status: 500 });
}
`,
    },
  ],
  invalid: [
    {
      name: 'error code stays a member',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
  return res.status(401).json({ error: 'token_expired', msg: 'The access token expired' });
});
`,
      errors: [{ messageId: 'notProblemDetails', line: 5, column: 31, suggestions: [{ messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
  return res.status(401).type('application/problem+json').json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'The access token expired', error: 'token_expired' });
});
` }] }],
    },
    {
      name: 'ad-hoc body in a const',
      code: `import express from 'express';
const app = express();

app.get('/orders/:id', async (req, res) => {
  const order = await findOrder(req.params.id);
  if (!order) {
    const body = { error: 'Order not found' };
    return res.status(404).json(body);
  }
  res.json(order);
});
`,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 8,
          column: 33,
          suggestions: [{ messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
const app = express();

app.get('/orders/:id', async (req, res) => {
  const order = await findOrder(req.params.id);
  if (!order) {
    const body = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Order not found' };
    return res.status(404).type('application/problem+json').json(body);
  }
  res.json(order);
});
` }],
        },
      ],
    },
    {
      name: 'resources named like probes still checked',
      code: `import express from 'express';
const app = express();
app.get('/patients/:id/health-records', (req, res) => {
  res.status(400).json({ error: 'bad range' });
});
app.get('/api/users/:id/health', (req, res) => {
  res.status(404).json({ error: 'no such user' });
});
app.post('/devices/:id/ping', (req, res) => {
  res.status(409).json({ error: 'device busy' });
});
function registerHealthAndApiRoutes(router) {
  router.get('/orders/:id', (req, res) => res.status(404).json({ error: 'order not found' }));
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/patients/:id/health-records', (req, res) => {
  res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad range' });
});
app.get('/api/users/:id/health', (req, res) => {
  res.status(404).json({ error: 'no such user' });
});
app.post('/devices/:id/ping', (req, res) => {
  res.status(409).json({ error: 'device busy' });
});
function registerHealthAndApiRoutes(router) {
  router.get('/orders/:id', (req, res) => res.status(404).json({ error: 'order not found' }));
}
`,
            },
          ],
        },
        {
          messageId: 'notProblemDetails',
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/patients/:id/health-records', (req, res) => {
  res.status(400).json({ error: 'bad range' });
});
app.get('/api/users/:id/health', (req, res) => {
  res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'no such user' });
});
app.post('/devices/:id/ping', (req, res) => {
  res.status(409).json({ error: 'device busy' });
});
function registerHealthAndApiRoutes(router) {
  router.get('/orders/:id', (req, res) => res.status(404).json({ error: 'order not found' }));
}
`,
            },
          ],
        },
        {
          messageId: 'notProblemDetails',
          line: 10,
          column: 24,
          endLine: 10,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/patients/:id/health-records', (req, res) => {
  res.status(400).json({ error: 'bad range' });
});
app.get('/api/users/:id/health', (req, res) => {
  res.status(404).json({ error: 'no such user' });
});
app.post('/devices/:id/ping', (req, res) => {
  res.status(409).type('application/problem+json').json({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'device busy' });
});
function registerHealthAndApiRoutes(router) {
  router.get('/orders/:id', (req, res) => res.status(404).json({ error: 'order not found' }));
}
`,
            },
          ],
        },
        {
          messageId: 'notProblemDetails',
          line: 13,
          column: 64,
          endLine: 13,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/patients/:id/health-records', (req, res) => {
  res.status(400).json({ error: 'bad range' });
});
app.get('/api/users/:id/health', (req, res) => {
  res.status(404).json({ error: 'no such user' });
});
app.post('/devices/:id/ping', (req, res) => {
  res.status(409).json({ error: 'device busy' });
});
function registerHealthAndApiRoutes(router) {
  router.get('/orders/:id', (req, res) => res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'order not found' }));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'webhook management API still checked',
      filename: 'app/api/webhooks/[webhookId]/route.js',
      code: `export async function GET() {
  return Response.json({ error: 'Webhook not found' }, { status: 404 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `export async function GET() {
  return Response.json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Webhook not found' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'webhook management beside a receiver',
      code: `import express from 'express';
export function webhookRoutes(app) {
  app.get('/api/webhooks/:id', async (req, res) => {
    res.status(404).json({ error: 'webhook not found' });
  });
  app.post('/incoming/stripe', (req, res) => {
    if (!req.headers['stripe-signature']) return res.status(400).json({ error: 'no signature' });
    res.end();
  });
}
export function removeWebhook(app) {
  app.delete('/api/webhooks/:id', async (req, res) => {
    // TODO: rotate the signing secret (signature) when a webhook is deleted
    res.status(404).json({ error: 'webhook not found' });
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            { messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
export function webhookRoutes(app) {
  app.get('/api/webhooks/:id', async (req, res) => {
    res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'webhook not found' });
  });
  app.post('/incoming/stripe', (req, res) => {
    if (!req.headers['stripe-signature']) return res.status(400).json({ error: 'no signature' });
    res.end();
  });
}
export function removeWebhook(app) {
  app.delete('/api/webhooks/:id', async (req, res) => {
    // TODO: rotate the signing secret (signature) when a webhook is deleted
    res.status(404).json({ error: 'webhook not found' });
  });
}
` },
          ],
        },
        {
          messageId: 'notProblemDetails',
          line: 14,
          column: 26,
          endLine: 14,
          endColumn: 56,
          suggestions: [
            { messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
export function webhookRoutes(app) {
  app.get('/api/webhooks/:id', async (req, res) => {
    res.status(404).json({ error: 'webhook not found' });
  });
  app.post('/incoming/stripe', (req, res) => {
    if (!req.headers['stripe-signature']) return res.status(400).json({ error: 'no signature' });
    res.end();
  });
}
export function removeWebhook(app) {
  app.delete('/api/webhooks/:id', async (req, res) => {
    // TODO: rotate the signing secret (signature) when a webhook is deleted
    res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'webhook not found' });
  });
}
` },
          ],
        },
      ],
    },
    {
      name: 'routes inside health-named code',
      filename: 'src/health/index.js',
      code: `import express from 'express';
const router = express.Router();
function healthRoutes(app) {
  app.post('/orders', (req, res) => res.status(400).json({ error: 'bad order' }));
}
router.delete('/admin/health/alerts', (req, res) => res.status(409).json({ error: 'busy' }));
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 4,
          column: 58,
          endLine: 4,
          endColumn: 80,
          suggestions: [
            { messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
const router = express.Router();
function healthRoutes(app) {
  app.post('/orders', (req, res) => res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad order' }));
}
router.delete('/admin/health/alerts', (req, res) => res.status(409).json({ error: 'busy' }));
` },
          ],
        },
        {
          messageId: 'notProblemDetails',
          line: 6,
          column: 74,
          endLine: 6,
          endColumn: 91,
          suggestions: [
            { messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
const router = express.Router();
function healthRoutes(app) {
  app.post('/orders', (req, res) => res.status(400).json({ error: 'bad order' }));
}
router.delete('/admin/health/alerts', (req, res) => res.status(409).type('application/problem+json').json({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'busy' }));
` },
          ],
        },
      ],
    },
    {
      name: 'webhook settings mentioning signatures',
      code: `import express from 'express';
const app = express();
app.post('/api/webhooks', (req, res) => {
  if (!req.body.url) return res.status(400).json({ error: 'url and signature algorithm are required' });
  res.status(201).json({ id: 1, signatureVersion: 'v1' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 4,
          column: 50,
          endLine: 4,
          endColumn: 103,
          suggestions: [
            { messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
const app = express();
app.post('/api/webhooks', (req, res) => {
  if (!req.body.url) return res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'url and signature algorithm are required' });
  res.status(201).json({ id: 1, signatureVersion: 'v1' });
});
` },
          ],
        },
      ],
    },
    {
      name: 'webhook test delivery still checked',
      code: `import express from 'express';
import crypto from 'node:crypto';
const app = express();
app.post('/api/webhooks/:id/test', async (req, res) => {
  const hook = await hooks.find(req.params.id);
  if (!hook) return res.status(404).json({ error: 'Webhook not found' });
  const signature = crypto.createHmac('sha256', hook.secret).update('{}').digest('hex');
  await deliver(hook.url, { headers: { 'x-acme-signature': signature } });
  res.status(202).end();
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 72,
          suggestions: [
            { messageId: 'rewriteAsProblemDetails', output: `import express from 'express';
import crypto from 'node:crypto';
const app = express();
app.post('/api/webhooks/:id/test', async (req, res) => {
  const hook = await hooks.find(req.params.id);
  if (!hook) return res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Webhook not found' });
  const signature = crypto.createHmac('sha256', hook.secret).update('{}').digest('hex');
  await deliver(hook.url, { headers: { 'x-acme-signature': signature } });
  res.status(202).end();
});
` },
          ],
        },
      ],
    },
    {
      name: 'healthcare route still checked',
      code: `import express from 'express';
const app = express();
app.get('/healthcare/records', (req, res) => {
  res.status(503).json({ error: 'records offline' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '503' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/healthcare/records', (req, res) => {
  res.status(503).type('application/problem+json').json({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'records offline' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'shipping route still checked',
      code: `import express from 'express';
const app = express();
app.post('/shipping', (req, res) => {
  res.status(400).json({ error: 'address is required' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.post('/shipping', (req, res) => {
  res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'address is required' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'SvelteKit json under another name',
      code: `import { json as kitJson } from '@sveltejs/kit';
export async function GET({ request }) {
  if (!request.headers.get('x-admin')) return kitJson({ error: 'admins only' }, { status: 403 });
  return kitJson({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '403' },
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { json as kitJson } from '@sveltejs/kit';
export async function GET({ request }) {
  if (!request.headers.get('x-admin')) return kitJson({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'admins only' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });
  return kitJson({ ok: true });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Workers entry exported by name',
      code: `import { createRequestHandler } from '@remix-run/cloudflare';
const handleRemix = createRequestHandler(build);
const worker = {
  async fetch(request, env) {
    if (!env.ENABLED) {
      return new Response('Service disabled', { status: 503 });
    }
    return handleRemix(request, { env });
  },
};
export default worker;
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '503' },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Workers entry that serves Remix',
      code: `import { createRequestHandler } from '@remix-run/cloudflare';
const handleRemix = createRequestHandler(build);
export default {
  async fetch(request, env) {
    if (new URL(request.url).pathname.startsWith('/api/') && !env.ENABLED) {
      return new Response('Service disabled', { status: 503 });
    }
    return handleRemix(request, { env });
  },
};
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '503' },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'header write in a callback of an exited branch',
      code: `import { createServer } from 'node:http';
createServer((req, res) => {
  if (req.url === '/later') {
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('x');
    }, 10);
    return;
  }
  res.statusCode = 404;
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingContentType',
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { createServer } from 'node:http';
createServer((req, res) => {
  if (req.url === '/later') {
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('x');
    }, 10);
    return;
  }
  res.setHeader('Content-Type', 'application/problem+json');
  res.statusCode = 404;
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Remix resource route without a component',
      code: `import { json } from '@remix-run/node';
export async function action({ request }) {
  const form = await request.formData();
  if (!form.get('title')) return json({ error: 'Title is required' }, { status: 400 });
  return json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { json } from '@remix-run/node';
export async function action({ request }) {
  const form = await request.formData();
  if (!form.get('title')) return json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Title is required' }, { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
  return json({ ok: true });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'status from a constant ternary',
      code: `app.use((err, req, res, next) => {
  const status = err.code === 'LIMIT_FILE_SIZE' ? 413 : 400;
  return res.status(status).json({ error: err.message });
});`,
      output: null,
      errors: [{ messageId: 'notProblemDetails', data: { status: 'error' }, line: 3, suggestions: [] }],
    },
    {
      // JSON:API error objects have no message, so they are not GraphQL's.
      name: 'JSON:API errors sent as JSON',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(422).json({ errors: [{ status: '422', title: 'Invalid name' }] });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(422).type('application/problem+json').json({ type: 'about:blank', title: 'Unprocessable Content', status: 422, errors: [{ status: '422', title: 'Invalid name' }] });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'error member body',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) return res.status(400).json({ error: 'name is required' });
  res.status(201).json({ id: 1 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) return res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'name is required' });
  res.status(201).json({ id: 1 });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'shorthand message member',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  const message = \`item \${req.params.id} not found\`;
  res.status(404).json({ message });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '404' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  const message = \`item \${req.params.id} not found\`;
  res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: message });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'array body',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(422).json([{ field: 'name', problem: 'required' }]);
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '422' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      name: 'string sent as JSON',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(400).json('name is required');
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'problem object as application/json',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).json({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'text body from send',
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  res.status(500).send('oops');
});
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '500' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sendStatus adds a text body',
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  if (!req.user) return res.sendStatus(401);
  res.json(req.user);
});
`,
      output: null,
      errors: [
        {
          messageId: 'frameworkTextBody',
          data: { status: '401' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'stringified problem in Response',
      code: `export function POST() {
  return new Response(JSON.stringify({ title: 'Bad Request', status: 400 }), { status: 400 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'text/plain' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `export function POST() {
  return new Response(JSON.stringify({ title: 'Bad Request', status: 400 }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'stringified problem from res.end',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.statusCode = 400;
  res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request' }));
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingContentType',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('Content-Type', 'application/problem+json');
  res.statusCode = 400;
  res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request' }));
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'error middleware message body',
      code: `import express from 'express';
const app = express();
app.use((err, req, res, next) => res.status(err.status || 500).json({ message: err.message }));
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: 'error' },
          line: 3,
          column: 69,
          endLine: 3,
          endColumn: 93,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Response.json error body',
      code: `export function GET() {
  return Response.json({ error: 'not found' }, { status: 404 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '404' },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `export function GET() {
  return Response.json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'writeHead JSON content type',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(400, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error: 'bad input' }));
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(400, { 'Content-Type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' }));
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'rewrite keeps other members',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).json({ error: 'not found', code: 'E_NOT_FOUND' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '404' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found', code: 'E_NOT_FOUND' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'number sent as JSON',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(400).json(42);
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'object sent with send',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(500).send({ error: 'database unavailable' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '500' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(500).type('application/problem+json').send({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'database unavailable' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'explicit application/json set earlier',
      code: `import express from 'express';
const app = express();
app.put('/items/:id', (req, res) => {
  res.set('Content-Type', 'application/json');
  res.status(409).send(JSON.stringify({ type: 'https://example.com/conflict', title: 'Conflict' }));
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import express from 'express';
const app = express();
app.put('/items/:id', (req, res) => {
  res.set('Content-Type', 'application/json');
  res.status(409).type('application/problem+json').send(JSON.stringify({ type: 'https://example.com/conflict', title: 'Conflict' }));
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'text from res.end',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.statusCode = 500;
  res.end('oops');
});
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '500' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'stringified problem from send',
      code: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.status(400).send(JSON.stringify({ title: 'Bad Request', status: 400 }));
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'text/html' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.status(400).type('application/problem+json').send(JSON.stringify({ title: 'Bad Request', status: 400 }));
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'type json short name',
      code: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.status(400).type('json').json({ title: 'Bad Request' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.status(400).type('application/problem+json').json({ title: 'Bad Request' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'text Response with text/plain',
      code: `export function GET() {
  return new Response('Unauthorized', { status: 401, headers: { 'Content-Type': 'text/plain' } });
}
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '401' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'stringified error with JSON type',
      code: `export function POST() {
  return new Response(JSON.stringify({ error: 'bad input' }), { status: 400, headers: { 'Content-Type': 'application/json' } });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `export function POST() {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jsonp error body',
      code: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.status(400).jsonp({ error: 'bad input' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.status(400).type('application/problem+json').jsonp({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'error middleware in statements',
      code: `import express from 'express';
const app = express();
app.use(function (err, req, res, next) {
  res.status(err.statusCode || 500);
  res.json({ error: err.message });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: 'error' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      name: 'contentTypeFix autofix on chain',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).json({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
      options: [{ contentTypeFix: 'autofix' }],
      output: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 80,
          suggestions: [],
        },
      ],
    },
    {
      name: 'contentTypeFix autofix on node:http',
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.statusCode = 400;
  res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request' }));
});
`,
      options: [{ contentTypeFix: 'autofix' }],
      output: `import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('Content-Type', 'application/problem+json');
  res.statusCode = 400;
  res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Request' }));
});
`,
      errors: [
        {
          messageId: 'missingContentType',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 72,
          suggestions: [],
        },
      ],
    },
    {
      name: 'status inside statuses option',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(500).send({ error: 'database unavailable' });
});
`,
      options: [{ statuses: [ 500, 503 ] }],
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '500' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  res.status(500).type('application/problem+json').send({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'database unavailable' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'checkThrownErrors reports createError',
      code: `import createError from 'http-errors';
export function load(id) {
  if (!id) throw createError(404, 'item not found');
}
`,
      options: [{ checkThrownErrors: true }],
      output: null,
      errors: [
        {
          messageId: 'thrownErrorBody',
          data: { status: '404' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      name: 'contentTypeFix autofix leaves rewrite',
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) return res.status(400).json({ error: 'name is required' });
  res.status(201).json({ id: 1 });
});
`,
      options: [{ contentTypeFix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) return res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'name is required' });
  res.status(201).json({ id: 1 });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'statusCode assignment then json',
      code: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.statusCode = 404;
  res.json({ error: 'not found' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '404' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import express from 'express';
const app = express();
app.get('/items/:id', (req, res) => {
  res.setHeader('Content-Type', 'application/problem+json');
  res.statusCode = 404;
  res.json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' });
});
`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('require-problem-details (TypeScript)', rule, {
  valid: [
    {
      name: 'Bearer token error',
      code: `import type { Request, Response } from 'express';
export function token(req: Request, res: Response) {
  res.status(401).json({ error: 'invalid_token', error_description: 'token expired' });
}
`,
    },
    {
      name: 'FHIR media type',
      code: `import type { Request, Response } from 'express';
export function observation(req: Request, res: Response) {
  res.status(400).set('Content-Type', 'application/fhir+json').json({ resourceType: 'OperationOutcome', issue: [] });
}
`,
    },
    {
      name: 'error middleware sending problem',
      code: `import type { NextFunction, Request, Response } from 'express';
export function onError(err: { status?: number; message: string }, req: Request, res: Response, next: NextFunction) {
  res
    .status(err.status ?? 500)
    .type('application/problem+json')
    .json({ type: 'about:blank', title: 'Error', status: err.status ?? 500, detail: err.message });
}
`,
    },
    {
      name: 'stringified problem with type',
      code: `export function POST(): Response {
  return new Response(JSON.stringify({ title: 'Bad Request', status: 400 }), {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
`,
    },
    {
      name: 'NextResponse with Headers instance',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found' }, { status: 404, headers: new Headers({ 'Content-Type': 'application/problem+json' }) });
}
`,
    },
    {
      name: 'contentType before send',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).contentType('application/problem+json').send(JSON.stringify({ title: 'Bad Request' }));
}
`,
    },
    {
      name: 'spec file',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).json({ error: 'bad input' });
}
`,
      filename: 'items.spec.ts',
    },
    {
      name: 'next(createError) by default',
      code: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';
export function load(req: Request, res: Response, next: NextFunction) {
  next(createError(404, 'item not found'));
}
`,
    },
    {
      name: 'not modified without body',
      code: `import type { Request, Response } from 'express';
export function legacy(req: Request, res: Response) {
  res.status(304).end();
}
`,
    },
    {
      name: 'file sent as error page',
      code: `import type { Request, Response } from 'express';
export function download(req: Request, res: Response) {
  res.status(404).sendFile('/srv/static/404.html');
}
`,
    },
    {
      name: 'allowText permits text Response',
      code: `export function GET(): Response {
  return new Response('Unauthorized', { status: 401 });
}
`,
      options: [{ allowText: true }],
    },
    {
      name: 'statuses option skips 404',
      code: `import type { Request, Response } from 'express';
export function find(req: Request, res: Response) {
  res.status(404).json({ error: 'not found', code: 'E_NOT_FOUND' });
}
`,
      options: [{ statuses: [ 401 ] }],
    },
    {
      name: 'message read from caught error',
      code: `import type { NextFunction, Request, Response } from 'express';
export function onError(err: { statusCode?: number; message: string }, req: Request, res: Response, next: NextFunction) {
  res.status(err.statusCode ?? 500).send(err.message);
}
`,
    },
    {
      name: 'thrown error class by default',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw new createError.Unauthorized();
}
`,
    },
    {
      name: 'OAuth access_denied on 403',
      code: `import type { Request, Response } from 'express';
export function forbid(req: Request, res: Response) {
  res.status(403).json({ error: 'access_denied' });
}
`,
    },
    {
      name: 'problem type set on alias',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  const reply = res.status(422);
  reply.type('application/problem+json');
  reply.json({ type: 'https://example.com/validation', title: 'Invalid input', status: 422 });
}
`,
    },
    {
      name: 'NextResponse 201 body',
      code: `import { NextResponse } from 'next/server';
export function POST() {
  return NextResponse.json({ id: 1, message: 'created' }, { status: 201 });
}
`,
    },
    {
      name: 'setHeader problem type in node:http',
      code: `import type { ServerResponse, IncomingMessage } from 'node:http';
export function fail(req: IncomingMessage, res: ServerResponse) {
  res.statusCode = 500;
  res.setHeader('Content-Type', 'application/problem+json');
  res.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }));
}
`,
    },
    {
      name: 'type in a variable',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response, mediaType: string) {
  res.status(400).type(mediaType).json({ error: 'bad input' });
}
`,
    },
    {
      // An empty string sends no body.
      name: 'empty string from send',
      code: `import type { Request, Response } from 'express';
export function fail(req: Request, res: Response) {
  res.status(500).send('');
}
`,
    },
    {
      name: 'send without a body',
      code: `import type { Request, Response } from 'express';
export function missing(req: Request, res: Response) {
  res.status(404).send();
}
`,
    },
    {
      name: 'problem type before status',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.type('application/problem+json').status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
}
`,
    },
    {
      name: 'NestJS health controller',
      code: `import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
@Controller('health')
export class StatusController {
  @Get()
  check() {
    if (!this.db.isConnected()) {
      throw new ServiceUnavailableException({ database: 'down' });
    }
    return { database: 'up' };
  }
}
`,
      options: [{ checkThrownErrors: true }],
    },
    {
      name: 'lower-case setHeader problem type',
      code: `import type { Request, Response } from 'express';
export function find(req: Request, res: Response) {
  res.setHeader('content-type', 'application/problem+json');
  res.status(404).json({ title: 'Not Found' });
}
`,
    },
  ],
  invalid: [
    {
      name: 'stringified problem in a const',
      code: `export function POST(): Response {
  const problem = { title: 'Bad Request', status: 400 };
  return new Response(JSON.stringify(problem), { status: 400 });
}
`,
      errors: [{ messageId: 'wrongContentType', line: 3, column: 23, suggestions: [{ messageId: 'setProblemContentType', output: `export function POST(): Response {
  const problem = { title: 'Bad Request', status: 400 };
  return new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
}
` }] }],
    },
    {
      name: 'body with as const',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).json({ error: 'name is required' } as const);
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'name is required' } as const);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'NextResponse problem as JSON',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'text Response without type',
      code: `export function GET(): Response {
  return new Response('Unauthorized', { status: 401 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '401' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'template literal text',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(503).send(\`service unavailable, retry in \${30} s\`);
}
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '503' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'JSON type with charset',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(409).set('Content-Type', 'application/json; charset=utf-8').json({ title: 'Conflict', detail: 'name taken' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 122,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(409).set('Content-Type', 'application/problem+json').json({ title: 'Conflict', detail: 'name taken' });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'status statement then json',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400);
  res.json({ msg: 'bad input', status: 400 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400);
  res.type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'writeHead reason without type',
      code: `import { createServer } from 'node:http';
createServer((req, res) => {
  res.writeHead(404, 'Not Found').end(JSON.stringify({ title: 'Not Found' }));
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingContentType',
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { createServer } from 'node:http';
createServer((req, res) => {
  res.writeHead(404, 'Not Found', { 'Content-Type': 'application/problem+json' }).end(JSON.stringify({ title: 'Not Found' }));
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'StatusCodes constant status',
      code: `import { StatusCodes } from 'http-status-codes';
import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(StatusCodes.UNPROCESSABLE_ENTITY).json({ error: 'invalid email', field: 'email' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '422' },
          line: 4,
          column: 53,
          endLine: 4,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { StatusCodes } from 'http-status-codes';
import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(StatusCodes.UNPROCESSABLE_ENTITY).type('application/problem+json').json({ type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'invalid email', field: 'email' });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Response.json headers merged',
      code: `export function GET(): Response {
  return Response.json({ title: 'Too Many Requests', status: 429 }, { status: 429, headers: { 'Retry-After': '30' } });
}
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `export function GET(): Response {
  return Response.json({ title: 'Too Many Requests', status: 429 }, { status: 429, headers: { 'Retry-After': '30', 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'alias of status call',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  const reply = res.status(400);
  reply.json({ error: 'name is required' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  const reply = res.status(400);
  reply.type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'name is required' });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'member expression detail',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).json({ reason: req.query.reason, code: 400 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: req.query.reason });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'array of strings',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).json(['name is required']);
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'problem type with error body',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).type('application/problem+json').json({ error: 'bad input' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 3,
          column: 57,
          endLine: 3,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'NextResponse message body',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ message: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '404' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'setHeader JSON in node:http',
      code: `import type { ServerResponse, IncomingMessage } from 'node:http';
export function fail(req: IncomingMessage, res: ServerResponse) {
  res.statusCode = 500;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ error: 'database unavailable' }));
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '500' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { ServerResponse, IncomingMessage } from 'node:http';
export function fail(req: IncomingMessage, res: ServerResponse) {
  res.statusCode = 500;
  res.setHeader('Content-Type', 'application/problem+json');
  res.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'database unavailable' }));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'contentTypeFix autofix on NextResponse',
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
}
`,
      options: [{ contentTypeFix: 'autofix' }],
      output: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 84,
          suggestions: [],
        },
      ],
    },
    {
      name: 'checkThrownErrors reports next(createError)',
      code: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';
export function load(req: Request, res: Response, next: NextFunction) {
  next(createError(404, 'item not found'));
}
`,
      options: [{ checkThrownErrors: true }],
      output: null,
      errors: [
        {
          messageId: 'thrownErrorBody',
          data: { status: '404' },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'checkThrownErrors reports error class',
      code: `import createError from 'http-errors';
export function requireUser(req: { user?: unknown }) {
  if (!req.user) throw new createError.Unauthorized();
}
`,
      options: [{ checkThrownErrors: true }],
      output: null,
      errors: [
        {
          messageId: 'thrownErrorBody',
          data: { status: '401' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      name: 'explicit text/plain type',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(500).type('text/plain').send('database unavailable');
}
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '500' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sendStatus in typed handler',
      code: `import type { Request, Response } from 'express';
export function remove(req: Request, res: Response) {
  res.sendStatus(404);
}
`,
      output: null,
      errors: [
        {
          messageId: 'frameworkTextBody',
          data: { status: '404' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed error middleware body',
      code: `import type { NextFunction, Request, Response } from 'express';
export function onError(err: { status?: number; message: string }, req: Request, res: Response, next: NextFunction) {
  res.status(err.status ?? 500).json({ error: err.message });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: 'error' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      name: 'existing detail stays detail',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).json({ error: 'validation_failed', detail: 'name is required' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 3,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).type('application/problem+json').json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'name is required', error: 'validation_failed' });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'message member by priority becomes detail',
      code: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(401).json({ error: 'unauthorized', message: 'login required' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '401' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import type { Request, Response } from 'express';
export function me(req: Request, res: Response) {
  res.status(401).type('application/problem+json').json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'login required', error: 'unauthorized' });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'writeHead then text end',
      code: `import { createServer } from 'node:http';
createServer((req, res) => {
  res.writeHead(500).end('oops');
});
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '500' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Response.json array body',
      code: `export function POST(): Response {
  return Response.json([{ field: 'email' }], { status: 400 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'stringified error without type',
      code: `export function POST(): Response {
  return new Response(JSON.stringify({ error: 'bad input' }), { status: 400 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '400' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `export function POST(): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'bad input' }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem object sent with send',
      code: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).send({ title: 'Bad Request', detail: 'name is required' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import type { Request, Response } from 'express';
export function create(req: Request, res: Response) {
  res.status(400).type('application/problem+json').send({ title: 'Bad Request', detail: 'name is required' });
}
`,
            },
          ],
        },
      ],
    },
  ],
});

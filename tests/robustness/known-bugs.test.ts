import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { createSourceChecker } from '../../scripts/fuzz-check.mjs';
import { createLintHarness } from '../../scripts/lint-harness.mjs';

/**
 * Faults that the fuzz found, each reduced to the smallest source and kept
 * so that it cannot come back. A fault found later and not fixed yet gets
 * `it.fails` here, so the suite passes while the fault remains.
 */

const checkSource = createSourceChecker(createLintHarness(plugin));

function failuresOf(code: string, filename: string): string[] {
  const outcome = checkSource(code, filename, 'module', filename) as { failures: { kind: string; detail: string }[] };
  return outcome.failures.map((failure) => `${failure.kind}: ${failure.detail}`);
}

describe('faults the fuzz found', () => {
  // The suggestion inserts `.type(...)` after `as any`, inside the parentheses.
  it('problem details suggestion on an `as any` receiver parses', () => {
    const code = `import express from 'express';
const app = express();
app.get('/a', (req, res) => {
  (res.status(403) as any).json({ error: 'quota exceeded' });
});
`;
    expect(failuresOf(code, 'server.ts')).toEqual([]);
  });

  // The content-type autofix writes `as any.type(...)`, so `eslint --fix` leaves a syntax error.
  it('content-type autofix on an `as any` receiver parses', () => {
    const code = `import express from 'express';
const app = express();
app.get('/a', (req, res) => {
  if (!req.user) return (res.status(401) as any).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
});
`;
    expect(failuresOf(code, 'server.ts')).toEqual([]);
  });

  // Besides the autofix that does not parse, require-www-authenticate reports this 401 twice.
  it('`satisfies` receiver reported once with fixes that parse', () => {
    const code = `import express from 'express';
const app = express();
app.get('/a', (req, res) => {
  if (!req.user) return (res.status(401) satisfies unknown).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
});
`;
    expect(failuresOf(code, 'server.ts')).toEqual([]);
  });

  // The challenge autofix inserts `, { headers }` inside the parentheses: the
  // message becomes a comma expression, the 401 stays without a challenge and
  // every pass adds another headers object.
  it('challenge autofix after a parenthesized createError message settles', () => {
    const code = `import createError from 'http-errors';
export function requireUser(req) {
  if (!req.user) throw createError(401, ('login required'));
}
`;
    expect(failuresOf(code, 'server.js')).toEqual([]);
  });

  // `createError((401, { headers }))` is createError({ headers }): a 500 instead of a 401.
  it('challenge autofix after a parenthesized createError status keeps the status', () => {
    const code = `import createError from 'http-errors';
export function requireUser(req) {
  if (!req.user) throw createError((401));
}
`;
    expect(failuresOf(code, 'server.js')).toEqual([]);
  });

  // `c.json(body, (401, { 'Content-Type': ... }))` passes only the headers object, so Hono sends a 200.
  it('Hono content-type autofix after a parenthesized status keeps the status', () => {
    const code = `import { Hono } from 'hono';
const app = new Hono();
app.get('/me', (c) => {
  if (!c.get('user')) return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, (401));
  return c.json({});
});
`;
    expect(failuresOf(code, 'server.js')).toEqual([]);
  });

  // `ctx.throw((401, { headers }))` throws a 500.
  it('Koa challenge autofix after a parenthesized ctx.throw status keeps the status', () => {
    const code = `import Router from '@koa/router';
const router = new Router();
router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw((401));
  ctx.status = 204;
});
`;
    expect(failuresOf(code, 'server.js')).toEqual([]);
  });

  // `res.writeHead((401, { headers }))` passes an object as the status, which Node rejects.
  it('node:http challenge autofix after a parenthesized writeHead status keeps the status', () => {
    const code = `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead((401));
  res.end();
});
`;
    expect(failuresOf(code, 'server.js')).toEqual([]);
  });

  // A TypeScript wrapper on the callee, `(end as any)()` or `end!()`, makes the site count twice.
  it('send callee in a TypeScript wrapper reported once', () => {
    const code = `import express from 'express';
const app = express();
app.get('/a', (req, res) => {
  if (!req.auth) return (res.status(403).end as any)();
  res.end();
});
`;
    expect(failuresOf(code, 'server.ts')).toEqual([]);
  });

  // With HTTPException imported under another name, the Response inside it
  // becomes a site of its own and require-problem-details reports its body twice.
  it('Hono HTTPException under an import alias reported once', () => {
    const code = `import { Hono } from 'hono';
import { HTTPException as R } from 'hono/http-exception';
const app = new Hono();
app.get('/me', (c) => {
  if (!c.get('user')) {
    throw new R(401, { res: new Response('Sign in first', { status: 401 }) });
  }
  return c.json(c.get('user'));
});
`;
    expect(failuresOf(code, 'server.js')).toEqual([]);
  });
});

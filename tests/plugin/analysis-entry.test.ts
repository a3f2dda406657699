import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules';
import { createRule } from '../../src/util/create-rule';

type AnyRule = { create: (context: never) => Record<string, unknown> };

const RULES = Object.values(rules) as unknown as AnyRule[];

/** Builds one context per rule, with only what the analysis entry reads and one source code shared as in ESLint. */
function contextsFor(text: string, filename = '/project/src/server.js') {
  const sourceCode = { ast: { type: 'Program', body: [] }, text };
  return RULES.map((rule, index) => ({
    rule,
    context: { id: `rule-${index}`, options: [], settings: {}, cwd: '/project', filename, sourceCode, report() {} },
  }));
}

function listenerKeys(text: string, filename?: string): string[][] {
  return contextsFor(text, filename).map(({ rule, context }) => Object.keys(rule.create(context as never)).sort());
}

describe('analysis entry', () => {
  it('gives a file without markers no listener', () => {
    const keys = listenerKeys("import { readFile } from 'node:fs';\nexport const load = (path) => readFile(path, 'utf8');\n");

    expect(keys).toEqual(RULES.map(() => []));
  });

  it('lets the first rule alone gather nodes', () => {
    const [first, ...others] = listenerKeys("app.get('/me', (req, res) => res.status(401).end());\n");

    expect(first).toContain('CallExpression');
    expect(first).toContain('ArrowFunctionExpression');
    expect(first).toContain('Program:exit');
    for (const keys of others) {
      expect(keys).toEqual(['Program:exit']);
    }
  });

  it('skips test files that contain markers', () => {
    const keys = listenerKeys("app.get('/me', (req, res) => res.status(401).end());\n", '/project/tests/server.test.js');

    expect(keys).toEqual(RULES.map(() => []));
  });

  it('lints a project under a test folder', () => {
    const [first] = contextsFor("app.get('/me', (req, res) => res.status(401).end());\n", '/home/ci/test/api/src/server.js');
    const keys = Object.keys(first.rule.create({ ...first.context, cwd: '/home/ci/test/api' } as never));

    expect(keys).toContain('Program:exit');
  });

  it('lints a file outside cwd', () => {
    const [first] = contextsFor("app.get('/me', (req, res) => res.status(401).end());\n", '/home/test/lib/server.js');
    const keys = Object.keys(first.rule.create({ ...first.context, cwd: '/home/test/api' } as never));

    expect(keys).toContain('Program:exit');
  });

  it('lints a sibling folder of cwd', () => {
    // The project path is `../api-test/server.js`. Slicing cwd off the name would give the test path `test/server.js`.
    const [first] = contextsFor("app.get('/me', (req, res) => res.status(401).end());\n", '/test/api-test/server.js');
    const keys = Object.keys(first.rule.create({ ...first.context, cwd: '/test/api' } as never));

    expect(keys).toContain('Program:exit');
  });

  it.each([
    ['Express status', 'res.status(401).json({})'],
    ['computed status member', "res['status'](401).json({})"],
    ['node:http status code', 'res.statusCode = 401'],
    ['Fastify reply code', 'reply.code(403).send()'],
    ['legacy Express send', 'res.send(401)'],
    ['web Response', "return new Response(null, { status: 401 })"],
    ['Koa throw', "ctx.throw(403, 'no')"],
    ['Koa status assignment', 'ctx.status = 401'],
    ['NestJS exception', 'throw new ForbiddenException()'],
    ['http-errors', 'next(createError(401))'],
    ['Boom', 'throw Boom.unauthorized()'],
    ['next/navigation', 'unauthorized()'],
    ['status in an object', 'throw Object.assign(new Error(), { status: 401 })'],
    ['status from a table', 'const init = { status: StatusCodes.UNAUTHORIZED }'],
    ['Elysia import', "import { Elysia } from 'elysia'"],
    ['Hono import', "import { Hono } from 'hono'"],
    ['h3 import', "import { defineEventHandler } from 'h3'"],
  ])('passes %s', (_name, code) => {
    const [first] = listenerKeys(`${code}\n`);

    expect(first).toContain('Program:exit');
  });

  it.each([
    ['a status read', 'if (response.status === 401) retry()'],
    ['an order status', "const order = { status: 'shipped' }"],
    ['an Error subclass', 'class ParseError extends Error {}'],
  ])('rejects %s', (_name, code) => {
    const [first] = listenerKeys(`${code}\n`);

    expect(first).toEqual([]);
  });
});

describe('createRule', () => {
  it('merges each distinct options array once', () => {
    const received: unknown[] = [];
    const rule = createRule<[{ flag?: boolean }], 'message'>({
      name: 'probe',
      meta: {
        type: 'problem',
        docs: { description: 'Probe', recommended: false },
        messages: { message: 'Probe' },
        schema: [{ type: 'object', properties: { flag: { type: 'boolean' } }, additionalProperties: false }],
        defaultOptions: [{ flag: false }],
      },
      defaultOptions: [{ flag: false }],
      create(_context, [options]) {
        received.push(options);
        return {};
      },
    });
    const create = (options: unknown[]) => rule.create({ options } as never);

    create([{ flag: true }]);
    create([{ flag: true }]);
    create([]);

    expect(received[0]).toEqual({ flag: true });
    expect(received[1]).toBe(received[0]);
    expect(received[2]).toEqual({ flag: false });
  });
});

import 'reflect-metadata';

import { createRequire } from 'node:module';
import { join } from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules';
import { expectWire, loadModule, WITH_TOKEN } from './harness';
import type { RuleName, Wire, WireExpectation, WireRequest } from './harness';

/**
 * NestJS fixes on the real framework (Nest 11 on platform-express and
 * platform-fastify): each fixed TypeScript module is transpiled with
 * decorator metadata, its `AppModule` started with `NestFactory.create`,
 * listening on 127.0.0.1 on a free port, and sent one request with `fetch`.
 * A hook that the test adds reads `x-user` and `x-roles` request headers into
 * `req.user`, the way an authentication middleware would.
 */

const repositoryRequire = createRequire(join(__dirname, '..', '..', 'package.json'));
const NEST_VERSION = (repositoryRequire('@nestjs/core/package.json') as { version: string }).version;
const PLATFORMS = ['express', 'fastify'] as const;

type Platform = (typeof PLATFORMS)[number];
const FILENAME = 'app.controller.ts';
const REQUEST_TIMEOUT_MS = 5_000;

type Hook = (req: TestRequest, res: unknown, next: () => void) => void;

interface NestApp {
  use(middleware: Hook): void;
  getHttpAdapter(): { getInstance(): { addHook(name: string, hook: Hook): void } };
  listen(port: number, host: string): Promise<unknown>;
  getUrl(): Promise<string>;
  close(): Promise<void>;
}

interface TestRequest {
  headers: Record<string, string | undefined>;
  user?: { id: string; roles: string[] };
}

function configFor(rule: RuleName, options: unknown[] = []): Linter.Config[] {
  return [
    {
      files: ['**/*.ts'],
      plugins: { 'api-errors': { rules } as never },
      languageOptions: { parser: tsParser as never },
      rules: { [`api-errors/${rule}`]: ['error', ...options] } as Linter.RulesRecord,
    },
  ];
}

interface NestFixRequest {
  rule: RuleName;
  options?: unknown[];
  code: string;
  /** The messageId of the suggestion to apply; without it, the autofix is applied. */
  suggestion?: string;
}

interface NestFixResult {
  output: string;
  hasAutofix: boolean;
  suggestions: string[];
}

/** Lints TypeScript with one rule that must report exactly once, and applies its autofix or the named suggestion. */
function applyNestFix({ rule, options, code, suggestion }: NestFixRequest): NestFixResult {
  const linter = new Linter({ configType: 'flat' });
  const config = configFor(rule, options);
  const messages = linter.verify(code, config, { filename: FILENAME });
  const fatal = messages.filter((message) => message.fatal);
  if (fatal.length > 0) {
    throw new Error(`The input does not parse: ${fatal.map((message) => message.message).join('; ')}`);
  }
  const reports = messages.filter((message) => message.ruleId === `api-errors/${rule}`);
  const [report] = reports;
  if (reports.length !== 1 || !report) {
    throw new Error(`Expected exactly one ${rule} report, got ${reports.length}`);
  }
  const suggestions = (report.suggestions ?? []).map((entry) => entry.messageId ?? entry.desc);

  if (suggestion === undefined) {
    if (!report.fix) {
      throw new Error(`The ${rule} report at ${report.line}:${report.column} has no autofix (suggestions: ${suggestions.join(', ') || 'none'})`);
    }
    return { output: linter.verifyAndFix(code, config, { filename: FILENAME }).output, hasAutofix: true, suggestions };
  }
  const chosen = report.suggestions?.find((entry) => entry.messageId === suggestion);
  if (!chosen) {
    throw new Error(`The ${rule} report has no suggestion ${suggestion} (suggestions: ${suggestions.join(', ') || 'none'})`);
  }
  const [start, end] = chosen.fix.range;
  return { output: code.slice(0, start) + chosen.fix.text + code.slice(end), hasAutofix: report.fix !== undefined, suggestions };
}

/** Lints fixed code again with the same rule, returning parse errors and the rule's reports. */
function relint(rule: RuleName, options: unknown[] | undefined, code: string): { parseErrors: string[]; reports: string[] } {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, configFor(rule, options), { filename: FILENAME });
  return {
    parseErrors: messages.filter((message) => message.fatal).map((message) => `${message.line}:${message.column} ${message.message}`),
    reports: messages.filter((message) => !message.fatal).map((message) => `${message.line}:${message.column} ${message.messageId ?? message.message}`),
  };
}

/** Transpiles a TypeScript module the way `tsc` does for a Nest project, with legacy decorators and their metadata. */
function transpile(code: string): string {
  const result = ts.transpileModule(code, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
    },
    reportDiagnostics: true,
  });
  const errors = result.diagnostics ?? [];
  if (errors.length > 0) {
    throw new Error(`The module does not transpile: ${errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, '\n')).join('; ')}`);
  }
  return result.outputText;
}

/** Reads the test's identity headers into `req.user`, then passes the request on. */
const setTestUser: Hook = (req, _res, next) => {
  const id = req.headers['x-user'];
  if (id !== undefined) {
    req.user = { id, roles: (req.headers['x-roles'] ?? '').split(',').filter(Boolean) };
  }
  next();
};

interface NestFactoryStatic {
  create(module: unknown, options: object): Promise<NestApp>;
  create(module: unknown, adapter: unknown, options: object): Promise<NestApp>;
}

async function createApp(module: unknown, platform: Platform): Promise<NestApp> {
  const { NestFactory } = repositoryRequire('@nestjs/core') as { NestFactory: NestFactoryStatic };
  if (platform === 'express') {
    const app = await NestFactory.create(module, { logger: false });
    app.use(setTestUser);
    return app;
  }
  const { FastifyAdapter } = repositoryRequire('@nestjs/platform-fastify') as { FastifyAdapter: new () => unknown };
  const app = await NestFactory.create(module, new FastifyAdapter(), { logger: false });
  app.getHttpAdapter().getInstance().addHook('onRequest', setTestUser);
  return app;
}

/** Starts the module's `AppModule` on 127.0.0.1 on one platform, sends one request to it, and closes it. */
async function requestNest(code: string, request: WireRequest, platform: Platform): Promise<Wire> {
  const exported = loadModule(transpile(code)) as { AppModule?: unknown };
  if (!exported.AppModule) {
    throw new Error('The Nest module must export AppModule');
  }

  const app = await createApp(exported.AppModule, platform);
  try {
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    const response = await fetch(`${url}${request.path ?? '/x'}`, { headers: request.headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const contentType = response.headers.get('content-type');
    return {
      status: response.status,
      statusText: response.statusText,
      wwwAuthenticate: response.headers.get('www-authenticate'),
      contentType,
      mediaType: contentType === null ? null : (contentType.split(';')[0] ?? '').trim().toLowerCase(),
      text: await response.text(),
      headers: response.headers,
    };
  } finally {
    await app.close();
  }
}

interface NestFixCase extends NestFixRequest {
  name: string;
  autofix: boolean;
  output: string;
  request?: WireRequest;
  before?: WireExpectation;
  after: WireExpectation;
  otherPaths?: { request: WireRequest; expected: WireExpectation }[];
  /** The platforms the wire tests run on; both unless the fixed form is one platform's own. */
  platforms?: readonly Platform[];
}

function defineNestFixCases(cases: readonly NestFixCase[]): void {
  for (const fixCase of cases) {
    describe(fixCase.name, () => {
      let result: NestFixResult | undefined;
      const fixed = (): NestFixResult => {
        result ??= applyNestFix(fixCase);
        return result;
      };

      it(fixCase.autofix ? 'offers an autofix' : 'offers a suggestion only', () => {
        expect(fixed().hasAutofix).toBe(fixCase.autofix);
        if (fixCase.suggestion !== undefined) {
          expect(fixed().suggestions).toContain(fixCase.suggestion);
        }
      });

      it('produces the expected source', () => {
        expect(fixed().output).toBe(fixCase.output);
      });

      for (const platform of fixCase.platforms ?? PLATFORMS) {
        if (fixCase.before) {
          const before = fixCase.before;
          it(`original code on ${platform}`, async () => {
            expectWire(await requestNest(fixCase.code, fixCase.request ?? {}, platform), before);
          });
        }

        it(`fixed code on ${platform}`, async () => {
          expectWire(await requestNest(fixed().output, fixCase.request ?? {}, platform), fixCase.after);
        });

        for (const [index, other] of (fixCase.otherPaths ?? []).entries()) {
          it(`fixed code on ${platform}, other path ${index + 1}`, async () => {
            expectWire(await requestNest(fixed().output, other.request, platform), other.expected);
          });
        }
      }

      it('fixed code relints clean', () => {
        const { parseErrors, reports } = relint(fixCase.rule, fixCase.options, fixed().output);
        expect(parseErrors, 'parse errors').toEqual([]);
        expect(reports, `${fixCase.rule} reports`).toEqual([]);
      });
    });
  }
}

const SIGNED_IN: WireRequest = { headers: { 'x-user': 'u1' } };
const ADMIN: WireRequest = { headers: { 'x-user': 'u1', 'x-roles': 'admin' } };
const UNAUTHORIZED_BODY = { message: 'Unauthorized', statusCode: 401 };
const FORBIDDEN_RESOURCE_BODY = { message: 'Forbidden resource', error: 'Forbidden', statusCode: 403 };

/**
 * A passport strategy that authenticates the `x-user` request header, for
 * the guard that extends @nestjs/passport's `AuthGuard('header')`.
 */
const PASSPORT_STRATEGY = `import { Controller, ExecutionContext, Get, Injectable, Module, Req, UnauthorizedException, UseGuards } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport';

class HeaderStrategy extends Strategy {
  constructor(private readonly verify: (request: unknown, done: (error: unknown, user?: unknown) => void) => void) {
    super();
  }

  authenticate(request: { headers: Record<string, string | undefined> }) {
    if (request.headers['x-user'] === undefined) {
      this.fail();
      return;
    }
    this.verify(request, (error, user) => (error ? this.error(error) : this.success(user)));
  }
}

@Injectable()
export class HeaderAuth extends PassportStrategy(HeaderStrategy, 'header') {
  validate(request: { headers: Record<string, string | undefined> }) {
    return { id: request.headers['x-user'] };
  }
}
`;

const PASSPORT_APP = `
@Controller()
export class MeController {
  @Get('x')
  @UseGuards(HeaderAuthGuard)
  me(@Req() req) {
    return { id: req.user.id };
  }
}

@Module({ controllers: [MeController], providers: [HeaderAuth] })
export class AppModule {}
`;

const CASES: NestFixCase[] = [
  {
    name: 'route handler throws UnauthorizedException',
    rule: 'require-www-authenticate',
    autofix: true,
    code: `import { Controller, Get, Module, Req, UnauthorizedException } from '@nestjs/common';

@Controller()
export class MeController {
  @Get('x')
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return { id: req.user.id };
  }
}

@Module({ controllers: [MeController] })
export class AppModule {}
`,
    output: `import { Controller, Get, Module, Req, UnauthorizedException, Header } from '@nestjs/common';

@Controller()
export class MeController {
  @Get('x')
  @Header('WWW-Authenticate', 'Bearer')
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return { id: req.user.id };
  }
}

@Module({ controllers: [MeController] })
export class AppModule {}
`,
    before: { status: 401, wwwAuthenticate: null, json: UNAUTHORIZED_BODY },
    after: { status: 401, wwwAuthenticate: 'Bearer', mediaType: 'application/json', json: UNAUTHORIZED_BODY },
    // @Header() applies to every response of the handler, the successful one too.
    otherPaths: [{ request: SIGNED_IN, expected: { status: 200, wwwAuthenticate: 'Bearer', json: { id: 'u1' } } }],
  },
  {
    name: 'route handler returns rxjs throwError',
    rule: 'require-www-authenticate',
    autofix: true,
    code: `import { Controller, Get, Module, Req, UnauthorizedException } from '@nestjs/common';
import { of, throwError } from 'rxjs';

@Controller()
export class FeedController {
  @Get('x')
  feed(@Req() req) {
    if (!req.user) {
      return throwError(() => new UnauthorizedException());
    }
    return of({ items: [] });
  }
}

@Module({ controllers: [FeedController] })
export class AppModule {}
`,
    output: `import { Controller, Get, Module, Req, UnauthorizedException, Header } from '@nestjs/common';
import { of, throwError } from 'rxjs';

@Controller()
export class FeedController {
  @Get('x')
  @Header('WWW-Authenticate', 'Bearer')
  feed(@Req() req) {
    if (!req.user) {
      return throwError(() => new UnauthorizedException());
    }
    return of({ items: [] });
  }
}

@Module({ controllers: [FeedController] })
export class AppModule {}
`,
    before: { status: 401, wwwAuthenticate: null, json: UNAUTHORIZED_BODY },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: UNAUTHORIZED_BODY },
    otherPaths: [{ request: SIGNED_IN, expected: { status: 200, json: { items: [] } } }],
  },
  {
    name: 'HttpCode(401) on a handler that returns a body',
    rule: 'require-www-authenticate',
    autofix: true,
    code: `import { Controller, Get, HttpCode, HttpStatus, Module } from '@nestjs/common';

@Controller()
export class SessionController {
  @Get('x')
  @HttpCode(HttpStatus.UNAUTHORIZED)
  expired() {
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
}

@Module({ controllers: [SessionController] })
export class AppModule {}
`,
    output: `import { Controller, Get, HttpCode, HttpStatus, Module, Header } from '@nestjs/common';

@Controller()
export class SessionController {
  @Get('x')
  @HttpCode(HttpStatus.UNAUTHORIZED)
  @Header('WWW-Authenticate', 'Bearer')
  expired() {
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
}

@Module({ controllers: [SessionController] })
export class AppModule {}
`,
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { type: 'about:blank', title: 'Unauthorized', status: 401 } },
  },
  {
    name: 'guard throws UnauthorizedException',
    rule: 'require-www-authenticate',
    autofix: true,
    code: `import { CanActivate, Controller, ExecutionContext, Get, Injectable, Module, UnauthorizedException, UseGuards } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.headers.authorization) {
      throw new UnauthorizedException();
    }
    return true;
  }
}

@Controller()
export class ReportsController {
  @Get('x')
  @UseGuards(TokenGuard)
  list() {
    return [];
  }
}

@Module({ controllers: [ReportsController], providers: [TokenGuard] })
export class AppModule {}
`,
    output: `import { CanActivate, Controller, ExecutionContext, Get, Injectable, Module, UnauthorizedException, UseGuards } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.headers.authorization) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return true;
  }
}

@Controller()
export class ReportsController {
  @Get('x')
  @UseGuards(TokenGuard)
  list() {
    return [];
  }
}

@Module({ controllers: [ReportsController], providers: [TokenGuard] })
export class AppModule {}
`,
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: UNAUTHORIZED_BODY },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, wwwAuthenticate: null, json: [] } }],
  },
  {
    name: 'passport AuthGuard handleRequest throws UnauthorizedException',
    rule: 'require-www-authenticate',
    autofix: true,
    code: `${PASSPORT_STRATEGY}
@Injectable()
export class HeaderAuthGuard extends AuthGuard('header') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      throw err || new UnauthorizedException();
    }
    return user;
  }
}
${PASSPORT_APP}`,
    output: `${PASSPORT_STRATEGY}
@Injectable()
export class HeaderAuthGuard extends AuthGuard('header') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw err || new UnauthorizedException();
    }
    return user;
  }
}
${PASSPORT_APP}`,
    before: { status: 401, wwwAuthenticate: null, json: UNAUTHORIZED_BODY },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: UNAUTHORIZED_BODY },
    otherPaths: [{ request: SIGNED_IN, expected: { status: 200, wwwAuthenticate: null, json: { id: 'u1' } } }],
  },
  {
    name: 'passport AuthGuard handleRequest throws ForbiddenException',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: `${PASSPORT_STRATEGY}
import { ForbiddenException } from '@nestjs/common';

@Injectable()
export class HeaderAuthGuard extends AuthGuard('header') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      throw new ForbiddenException();
    }
    return user;
  }
}
${PASSPORT_APP}`,
    output: `${PASSPORT_STRATEGY}
import { ForbiddenException } from '@nestjs/common';

@Injectable()
export class HeaderAuthGuard extends AuthGuard('header') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return user;
  }
}
${PASSPORT_APP}`,
    before: { status: 403 },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: UNAUTHORIZED_BODY },
    otherPaths: [{ request: SIGNED_IN, expected: { status: 200, wwwAuthenticate: null, json: { id: 'u1' } } }],
  },
  {
    name: 'guard returns false without a user',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: `import { CanActivate, Controller, ExecutionContext, Get, Injectable, Module, UseGuards } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) {
      return false;
    }
    return true;
  }
}

@Controller()
export class ReportsController {
  @Get('x')
  @UseGuards(SessionGuard)
  list() {
    return [];
  }
}

@Module({ controllers: [ReportsController], providers: [SessionGuard] })
export class AppModule {}
`,
    output: `import { CanActivate, Controller, ExecutionContext, Get, Injectable, Module, UseGuards, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return true;
  }
}

@Controller()
export class ReportsController {
  @Get('x')
  @UseGuards(SessionGuard)
  list() {
    return [];
  }
}

@Module({ controllers: [ReportsController], providers: [SessionGuard] })
export class AppModule {}
`,
    before: { status: 403, wwwAuthenticate: null, json: FORBIDDEN_RESOURCE_BODY },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: UNAUTHORIZED_BODY },
    otherPaths: [{ request: SIGNED_IN, expected: { status: 200, wwwAuthenticate: null, json: [] } }],
  },
  {
    name: 'route handler throws ForbiddenException without a user',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: `import { Controller, ForbiddenException, Get, Module, Req } from '@nestjs/common';

@Controller()
export class ReportsController {
  @Get('x')
  list(@Req() req) {
    if (!req.user) {
      throw new ForbiddenException('Please sign in');
    }
    return [];
  }
}

@Module({ controllers: [ReportsController] })
export class AppModule {}
`,
    output: `import { Controller, ForbiddenException, Get, Module, Req, UnauthorizedException, Header } from '@nestjs/common';

@Controller()
export class ReportsController {
  @Get('x')
  @Header('WWW-Authenticate', 'Bearer')
  list(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException('Please sign in');
    }
    return [];
  }
}

@Module({ controllers: [ReportsController] })
export class AppModule {}
`,
    before: { status: 403, wwwAuthenticate: null },
    after: {
      status: 401,
      wwwAuthenticate: 'Bearer',
      json: { message: 'Please sign in', error: 'Unauthorized', statusCode: 401 },
    },
  },
  {
    name: 'HttpException with HttpStatus.FORBIDDEN for a missing token',
    rule: 'no-403-for-unauthenticated',
    suggestion: 'sendUnauthorizedInstead',
    autofix: false,
    code: `import { Controller, Get, Headers, HttpException, HttpStatus, Module } from '@nestjs/common';

@Controller()
export class InvoicesController {
  @Get('x')
  list(@Headers('authorization') authorization: string) {
    if (!authorization) {
      throw new HttpException({ title: 'Forbidden', status: 403 }, HttpStatus.FORBIDDEN);
    }
    return [];
  }
}

@Module({ controllers: [InvoicesController] })
export class AppModule {}
`,
    output: `import { Controller, Get, Headers, HttpException, HttpStatus, Module, Header } from '@nestjs/common';

@Controller()
export class InvoicesController {
  @Get('x')
  @Header('WWW-Authenticate', 'Bearer')
  list(@Headers('authorization') authorization: string) {
    if (!authorization) {
      throw new HttpException({ title: 'Unauthorized', status: 401 }, HttpStatus.UNAUTHORIZED);
    }
    return [];
  }
}

@Module({ controllers: [InvoicesController] })
export class AppModule {}
`,
    before: { status: 403, json: { title: 'Forbidden', status: 403 } },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { title: 'Unauthorized', status: 401 } },
    otherPaths: [{ request: WITH_TOKEN, expected: { status: 200, json: [] } }],
  },
  {
    name: 'UnauthorizedException after a role check',
    rule: 'no-401-for-forbidden',
    suggestion: 'sendForbiddenInstead',
    autofix: false,
    code: `import { Controller, Get, Header, Module, Req, UnauthorizedException } from '@nestjs/common';

@Controller()
export class AdminController {
  @Get('x')
  @Header('WWW-Authenticate', 'Bearer')
  dashboard(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    if (!req.user.roles.includes('admin')) {
      throw new UnauthorizedException('Admins only');
    }
    return { admin: true };
  }
}

@Module({ controllers: [AdminController] })
export class AppModule {}
`,
    output: `import { Controller, Get, Header, Module, Req, UnauthorizedException, ForbiddenException } from '@nestjs/common';

@Controller()
export class AdminController {
  @Get('x')
  @Header('WWW-Authenticate', 'Bearer')
  dashboard(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    if (!req.user.roles.includes('admin')) {
      throw new ForbiddenException('Admins only');
    }
    return { admin: true };
  }
}

@Module({ controllers: [AdminController] })
export class AppModule {}
`,
    request: SIGNED_IN,
    before: { status: 401 },
    after: { status: 403, json: { message: 'Admins only', error: 'Forbidden', statusCode: 403 } },
    otherPaths: [
      { request: {}, expected: { status: 401, wwwAuthenticate: 'Bearer' } },
      { request: ADMIN, expected: { status: 200, json: { admin: true } } },
    ],
  },
  {
    name: 'HttpCode with a problem object sent as JSON',
    rule: 'require-problem-details',
    suggestion: 'setProblemContentType',
    autofix: false,
    code: `import { Controller, Get, HttpCode, Module } from '@nestjs/common';

@Controller()
export class OrdersController {
  @Get('x')
  @HttpCode(409)
  create() {
    return { type: 'https://example.com/probs/duplicate', title: 'Conflict', status: 409 };
  }
}

@Module({ controllers: [OrdersController] })
export class AppModule {}
`,
    output: `import { Controller, Get, HttpCode, Module, Header } from '@nestjs/common';

@Controller()
export class OrdersController {
  @Get('x')
  @HttpCode(409)
  @Header('Content-Type', 'application/problem+json')
  create() {
    return { type: 'https://example.com/probs/duplicate', title: 'Conflict', status: 409 };
  }
}

@Module({ controllers: [OrdersController] })
export class AppModule {}
`,
    after: { status: 409, mediaType: 'application/problem+json', json: { type: 'https://example.com/probs/duplicate', title: 'Conflict', status: 409 } },
  },
  {
    name: 'HttpCode with an ad-hoc error body',
    rule: 'require-problem-details',
    suggestion: 'rewriteAsProblemDetails',
    autofix: false,
    code: `import { Controller, Get, HttpCode, Module } from '@nestjs/common';

@Controller()
export class OrdersController {
  @Get('x')
  @HttpCode(409)
  create() {
    return { error: 'Order already exists' };
  }
}

@Module({ controllers: [OrdersController] })
export class AppModule {}
`,
    output: `import { Controller, Get, HttpCode, Module, Header } from '@nestjs/common';

@Controller()
export class OrdersController {
  @Get('x')
  @HttpCode(409)
  @Header('Content-Type', 'application/problem+json')
  create() {
    return { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order already exists' };
  }
}

@Module({ controllers: [OrdersController] })
export class AppModule {}
`,
    before: { status: 409, mediaType: 'application/json', json: { error: 'Order already exists' } },
    after: {
      status: 409,
      mediaType: 'application/problem+json',
      json: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order already exists' },
    },
  },
  {
    name: 'typed @Res() as the only parameter',
    rule: 'require-www-authenticate',
    autofix: true,
    code: `import { Controller, Get, HttpStatus, Module, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller()
export class MeController {
  @Get('x')
  me(@Res() res: Response) {
    return res.status(HttpStatus.UNAUTHORIZED).json({ message: 'Sign in' });
  }
}

@Module({ controllers: [MeController] })
export class AppModule {}
`,
    output: `import { Controller, Get, HttpStatus, Module, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller()
export class MeController {
  @Get('x')
  me(@Res() res: Response) {
    return res.set('WWW-Authenticate', 'Bearer').status(HttpStatus.UNAUTHORIZED).json({ message: 'Sign in' });
  }
}

@Module({ controllers: [MeController] })
export class AppModule {}
`,
    before: { status: 401, wwwAuthenticate: null },
    after: { status: 401, wwwAuthenticate: 'Bearer', json: { message: 'Sign in' } },
    // Express's response API: Fastify's reply has no `json()`.
    platforms: ['express'],
  },
];

describe(`NestJS ${NEST_VERSION}`, () => {
  it('runs Nest 11', () => {
    expect(NEST_VERSION.split('.')[0]).toBe('11');
  });

  defineNestFixCases(CASES);

  // no-ineffective-status reports a thrown Error given a `status`, and leaves one given a `statusCode`.
  describe('errors that are not HttpExceptions', () => {
    const thrower = (property: string) => `import { Controller, Get, Module } from '@nestjs/common';

@Controller()
export class MeController {
  @Get('x')
  me() {
    const error = new Error('sign in') as Error & { ${property}?: number };
    error.${property} = 401;
    throw error;
  }
}

@Module({ controllers: [MeController] })
export class AppModule {}
`;

    for (const platform of ['express', 'fastify'] as const) {
      it(`sends 500 for an Error with a status on ${platform}`, async () => {
        expect(relint('no-ineffective-status', undefined, thrower('status')).reports).toHaveLength(1);
        expectWire(await requestNest(thrower('status'), {}, platform), { status: 500 });
      });

      it(`sends the statusCode of an Error on ${platform}`, async () => {
        expect(relint('no-ineffective-status', undefined, thrower('statusCode')).reports).toEqual([]);
        expectWire(await requestNest(thrower('statusCode'), {}, platform), { status: 401 });
      });

      it(`sends the status of an http-errors error on ${platform}`, async () => {
        // The transpiler emits no default-import interop, so the module is required.
        const code = `import { Controller, Get, Module } from '@nestjs/common';
const createError = require('http-errors');

@Controller()
export class MeController {
  @Get('x')
  me() {
    throw createError(403, 'not yours');
  }
}

@Module({ controllers: [MeController] })
export class AppModule {}
`;
        expect(relint('no-ineffective-status', undefined, code).reports).toEqual([]);
        expectWire(await requestNest(code, {}, platform), { status: 403 });
      });
    }
  });
});

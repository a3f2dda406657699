import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules';

/**
 * The fix harness: lint a CommonJS handler module with one rule, apply its
 * autofix or one of its suggestions, then load the fixed module and run it on
 * the real framework to see what goes out on the wire.
 */

export type RuleName = keyof typeof rules;

const REPOSITORY_ROOT = join(__dirname, '..', '..');
const FILENAME = 'server.js';
const REQUEST_TIMEOUT_MS = 5_000;

/** Resolves packages from the repository's node_modules, whatever the temp or test directory. */
const repositoryRequire = createRequire(join(REPOSITORY_ROOT, 'package.json'));

export interface FixRequest {
  rule: RuleName;
  options?: unknown[];
  code: string;
  /** The messageId of the suggestion to apply. Without it, the autofix is applied. */
  suggestion?: string;
  /** The name the code is linted under, `server.js` by default. A Next.js pages API route needs one under `pages/api/`. */
  filename?: string;
}

/** The fixes a report offers, and the source after the requested one. */
export interface FixResult extends OfferedFixes {
  output: string;
}

/** Rule names with their options, for a lint run with several rules. */
export type RuleOptions = Partial<Record<RuleName, unknown[]>>;

function configWith(ruleOptions: RuleOptions): Linter.Config[] {
  const entries = Object.entries(ruleOptions).map(([rule, options]) => [`api-errors/${rule}`, ['error', ...(options ?? [])]]);
  return [
    {
      files: ['**/*.js'],
      plugins: { 'api-errors': { rules } as never },
      languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' },
      rules: Object.fromEntries(entries) as Linter.RulesRecord,
    },
  ];
}

function configFor(rule: RuleName, options: unknown[] = []): Linter.Config[] {
  return configWith({ [rule]: options });
}

function describeMessages(messages: Linter.LintMessage[]): string {
  return messages.map((message) => `${message.line}:${message.column} ${message.messageId ?? message.message}`).join('; ');
}

/** The fixes one report offers. */
export interface OfferedFixes {
  /** Whether the report carries an autofix, as opposed to suggestions only. */
  hasAutofix: boolean;
  /** The messageIds of the suggestions. */
  suggestions: string[];
}

/**
 * Lints `code` with one rule and returns the fixes of its only report.
 * Throws when the code does not parse or the rule reports it more or less
 * than once, so that a test never applies an ambiguous fix.
 */
export function offeredFixes(rule: RuleName, code: string, options?: unknown[]): OfferedFixes {
  const report = onlyReport(rule, code, options, FILENAME);
  return { hasAutofix: report.fix !== undefined, suggestions: suggestionIds(report) };
}

function suggestionIds(report: Linter.LintMessage): string[] {
  return (report.suggestions ?? []).map((entry) => entry.messageId ?? entry.desc);
}

function onlyReport(rule: RuleName, code: string, options: unknown[] | undefined, filename: string): Linter.LintMessage {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, configFor(rule, options), { filename });

  const fatal = messages.filter((message) => message.fatal);
  if (fatal.length > 0) {
    throw new Error(`The input does not parse: ${describeMessages(fatal)}`);
  }
  const reports = messages.filter((message) => message.ruleId === `api-errors/${rule}`);
  if (reports.length !== 1) {
    throw new Error(`Expected exactly one ${rule} report, got ${reports.length}: ${describeMessages(reports)}`);
  }
  return reports[0] as Linter.LintMessage;
}

/**
 * Lints `code` with one rule and applies its fix: the autofix through
 * `verifyAndFix`, or the suggestion named by `suggestion`. The code must
 * produce exactly one report of that rule. Throws when the requested fix is
 * missing.
 */
export function applyFix({ rule, options, code, suggestion, filename = FILENAME }: FixRequest): FixResult {
  const report = onlyReport(rule, code, options, filename);
  const result = { hasAutofix: report.fix !== undefined, suggestions: suggestionIds(report) };

  if (suggestion === undefined) {
    if (!report.fix) {
      throw new Error(`The ${rule} report at ${report.line}:${report.column} has no autofix (suggestions: ${result.suggestions.join(', ') || 'none'})`);
    }
    const linter = new Linter({ configType: 'flat' });
    return { ...result, output: linter.verifyAndFix(code, configFor(rule, options), { filename }).output };
  }

  const chosen = report.suggestions?.find((entry) => entry.messageId === suggestion);
  if (!chosen) {
    throw new Error(`The ${rule} report has no suggestion ${suggestion} (suggestions: ${result.suggestions.join(', ') || 'none'})`);
  }
  const [start, end] = chosen.fix.range;
  return { ...result, output: code.slice(0, start) + chosen.fix.text + code.slice(end) };
}

/**
 * Applies the fix that `applyFix` would apply, or returns the code unchanged
 * when the rule does not report it or offers no such fix. Tests of what a fix
 * must leave alone use it, so that bailing out passes them.
 */
export function applyFixIfOffered(request: FixRequest): string {
  const linter = new Linter({ configType: 'flat' });
  const reports = linter
    .verify(request.code, configFor(request.rule, request.options), { filename: request.filename ?? FILENAME })
    .filter((message) => message.ruleId === `api-errors/${request.rule}`);
  const offered = reports.some((report) =>
    request.suggestion === undefined ? report.fix !== undefined : report.suggestions?.some((entry) => entry.messageId === request.suggestion),
  );
  return offered ? applyFix(request).output : request.code;
}

/** Applies the autofixes of several rules together, the way `eslint --fix` does. */
export function applyAutofixes(ruleOptions: RuleOptions, code: string): string {
  const linter = new Linter({ configType: 'flat' });
  return linter.verifyAndFix(code, configWith(ruleOptions), { filename: FILENAME }).output;
}

export interface RelintResult {
  /** Parse errors of the fixed code. */
  parseErrors: string[];
  /** Reports of the rules on the fixed code. */
  reports: string[];
}

/** Lints fixed code again with the same rules and options, to check that it parses and that the fix settled the reports. */
export function relint(ruleOptions: RuleOptions, code: string, filename = FILENAME): RelintResult {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, configWith(ruleOptions), { filename });
  return {
    parseErrors: messages.filter((message) => message.fatal).map((message) => `${message.line}:${message.column} ${message.message}`),
    reports: messages
      .filter((message) => !message.fatal)
      .map((message) => `${message.line}:${message.column} ${message.ruleId ?? ''} ${message.messageId ?? message.message}`),
  };
}

/** Problem details source text for a 401 and a 403, for handler bodies, and the 401 body as it arrives. */
export const PROBLEM_401 = "{ type: 'about:blank', title: 'Unauthorized', status: 401 }";
export const PROBLEM_403 = "{ type: 'about:blank', title: 'Forbidden', status: 403 }";
export const PROBLEM_401_JSON = { type: 'about:blank', title: 'Unauthorized', status: 401 };

/** A request with a bearer token, for the path a fix must leave alone. */
export const WITH_TOKEN: WireRequest = { headers: { authorization: 'Bearer abc' } };

/** Indents each non-empty line of `text` by `spaces` spaces, to place a handler body inside generated module code. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/**
 * Evaluates a CommonJS module from source and returns its `module.exports`.
 * Its `require` resolves from the repository's node_modules, and `aliases`
 * map a name the module requires to the package to load instead (`express`
 * to `express4`). `loaded` gives packages that only ship ES modules, imported
 * by the test beforehand (`@sveltejs/kit`).
 */
export function loadModule(code: string, aliases: Record<string, string> = {}, loaded: Record<string, unknown> = {}): unknown {
  const module = { exports: {} as unknown };
  const moduleRequire = (name: string): unknown => (name in loaded ? loaded[name] : repositoryRequire(aliases[name] ?? name));
  const factory = compileFunction(code, ['module', 'exports', 'require'], { filename: `fixed-${FILENAME}` });
  factory(module, module.exports, moduleRequire);
  return module.exports;
}

/** What a response put on the wire. */
export interface Wire {
  status: number;
  statusText: string;
  wwwAuthenticate: string | null;
  contentType: string | null;
  /** The media type of Content-Type, lower-cased and without parameters, or null when no Content-Type was sent. */
  mediaType: string | null;
  text: string;
  headers: Headers;
}

export interface WireRequest {
  path?: string;
  headers?: Record<string, string>;
}

async function wireOf(response: Response): Promise<Wire> {
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
}

/** A response from an in-process `inject()`, which hapi and Fastify (light-my-request) both return. */
export interface InjectedResponse {
  statusCode: number;
  statusMessage: string;
  headers: Record<string, string | string[] | number | undefined>;
  payload: string;
}

/** Converts an injected response into the Wire it describes. */
export function wireOfInjected(response: InjectedResponse): Wire {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
  }
  const contentType = headers.get('content-type');
  return {
    status: response.statusCode,
    statusText: response.statusMessage,
    wwwAuthenticate: headers.get('www-authenticate'),
    contentType,
    mediaType: contentType === null ? null : (contentType.split(';')[0] ?? '').trim().toLowerCase(),
    text: response.payload,
    headers,
  };
}

/** Parses the body of a response as JSON, with the body in the error when it is not JSON. */
export function jsonOf(wire: Wire): unknown {
  try {
    return JSON.parse(wire.text) as unknown;
  } catch {
    throw new Error(`The ${wire.status} body is not JSON: ${JSON.stringify(wire.text.slice(0, 200))}`);
  }
}

async function requestServer(server: Server, request: WireRequest): Promise<Wire> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    // A redirect is part of what the handler sent, so it is returned as is rather than followed.
    const response = await fetch(`http://127.0.0.1:${port}${request.path ?? '/x'}`, {
      headers: request.headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return await wireOf(response);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Serves one request with a request listener on 127.0.0.1. */
export async function requestListener(listener: RequestListener, request: WireRequest = {}): Promise<Wire> {
  return requestServer(createServer(listener), request);
}

/**
 * Mounts an Express module on a fresh app of the given package (`express` or
 * `express4`) and sends one request over 127.0.0.1. The module exports
 * `(app) => void`, and its own `require('express')` loads the same package.
 */
export async function requestExpress(packageName: string, code: string, request: WireRequest = {}): Promise<Wire> {
  const express = repositoryRequire(packageName) as () => RequestListener;
  const mount = loadModule(code, { express: packageName });
  if (typeof mount !== 'function') {
    throw new Error('The Express module must export a function that takes the app');
  }
  const app = express();
  mount(app);
  return requestServer(createServer(app), request);
}

/**
 * Starts a `node:http` module's server on 127.0.0.1 and sends one request.
 * The module exports `() => http.Server`.
 */
export async function requestNodeHttp(code: string, request: WireRequest = {}): Promise<Wire> {
  const buildServer = loadModule(code);
  if (typeof buildServer !== 'function') {
    throw new Error('The node:http module must export a function that returns a server');
  }
  return requestServer(buildServer() as Server, request);
}

/**
 * Calls a web `Response` handler in-process with a `Request` for
 * http://127.0.0.1/x. The module exports `(request) => Response` (sync or async).
 */
export async function callFetchHandler(code: string, request: WireRequest = {}, loaded: Record<string, unknown> = {}): Promise<Wire> {
  const handler = loadModule(code, {}, loaded);
  if (typeof handler !== 'function') {
    throw new Error('The web Response module must export a function that takes a Request');
  }
  const response = (await handler(new Request(`http://127.0.0.1${request.path ?? '/x'}`, { headers: request.headers }))) as unknown;
  if (!(response instanceof Response)) {
    throw new Error(`The handler returned ${String(response)}, not a Response`);
  }
  return wireOf(response);
}

/** What a test expects on the wire. Fields left out are not checked. */
export interface WireExpectation {
  status?: number;
  statusText?: string;
  /** The WWW-Authenticate value, or null for none. */
  wwwAuthenticate?: string | null;
  /** The media type of Content-Type without parameters, or null for no Content-Type. */
  mediaType?: string | null;
  /** The body parsed as JSON, compared deeply. */
  json?: unknown;
  text?: string;
  /** Other headers by lower-case name, null for absent. */
  headers?: Record<string, string | null>;
}

/** Checks a response against an expectation, one assertion per field. */
export function expectWire(wire: Wire, expected: WireExpectation): void {
  if (expected.status !== undefined) {
    expect(wire.status, 'status').toBe(expected.status);
  }
  if (expected.statusText !== undefined) {
    expect(wire.statusText, 'status text').toBe(expected.statusText);
  }
  if (expected.wwwAuthenticate !== undefined) {
    expect(wire.wwwAuthenticate, 'WWW-Authenticate').toBe(expected.wwwAuthenticate);
  }
  if (expected.mediaType !== undefined) {
    expect(wire.mediaType, `media type of Content-Type ${String(wire.contentType)}`).toBe(expected.mediaType);
  }
  if (expected.text !== undefined) {
    expect(wire.text, 'body').toBe(expected.text);
  }
  if (expected.json !== undefined) {
    expect(jsonOf(wire), 'JSON body').toEqual(expected.json);
  }
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    expect(wire.headers.get(name), `header ${name}`).toBe(value);
  }
}

/** Sends one request to a module on a framework and returns what came out. */
export type Send = (code: string, request: WireRequest) => Promise<Wire>;

/** One fix, proven on a framework: the source it produces and what that source sends. */
export interface FixCase extends FixRequest {
  name: string;
  /** Whether the report carries the fix as an autofix; false means suggestions only. */
  autofix: boolean;
  output: string;
  request?: WireRequest;
  /** What the original code sends, to show that the fix makes the difference. */
  before?: WireExpectation;
  after: WireExpectation;
  /** Requests on other paths of the fixed code, which the fix must leave alone. */
  otherPaths?: { request: WireRequest; expected: WireExpectation }[];
}

/**
 * Defines the tests of each case: the fix kind, the fixed source, the
 * original and the fixed code on the wire, and a second lint run over the
 * fixed code. The wire test runs the fix the rule actually produced, so it
 * fails when that code does not send the expected response.
 */
export function defineFixCases(cases: readonly FixCase[], send: Send): void {
  for (const fixCase of cases) {
    describe(fixCase.name, () => {
      let result: FixResult | undefined;
      const fixed = (): FixResult => {
        result ??= applyFix(fixCase);
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

      if (fixCase.before) {
        const before = fixCase.before;
        it('original code on the wire', async () => {
          expectWire(await send(fixCase.code, fixCase.request ?? {}), before);
        });
      }

      it('fixed code on the wire', async () => {
        expectWire(await send(fixed().output, fixCase.request ?? {}), fixCase.after);
      });

      for (const [index, other] of (fixCase.otherPaths ?? []).entries()) {
        it(`fixed code, other path ${index + 1}`, async () => {
          expectWire(await send(fixed().output, other.request), other.expected);
        });
      }

      it('fixed code relints clean', () => {
        const { parseErrors, reports } = relint({ [fixCase.rule]: fixCase.options ?? [] }, fixed().output, fixCase.filename);
        expect(parseErrors, 'parse errors').toEqual([]);
        expect(reports, `${fixCase.rule} reports`).toEqual([]);
      });
    });
  }
}

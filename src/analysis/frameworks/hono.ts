import { insertAfterExpression } from '../../fixes/edits';
import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, Scope } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from '../node-types';
import { calleeName, enclosingFunction, enclosingStatement, findProperty, memberName, parameterIdentifier, rootIdentifier, stringValue, unwrap } from '../ast';
import { collectHints, shapeOf } from '../body';
import { branchRelation } from '../conditions';
import type { FileContext } from '../file-context';
import { PROBLEM_JSON, findHeader, headerWriteOf, isReadOnlyCall, laterHeaderWrites, mediaType, readHeaders } from '../headers';
import type { HeaderSet, HeaderWrite } from '../headers';
import { constInitializer, importOrigin, resolveVariable } from '../imports';
import type { AdapterFixes, Body, HeaderState, ResponseSite, Status } from '../model';
import { resolveStatus } from '../status';
import { addProperty, quote } from '../../fixes/edits';
import type { ResponseWrapper } from './fetch';

/** Text that a Hono file contains: its import. */
export const MARKERS = ['hono'];

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

// ---------------------------------------------------------------------------
// Framework knowledge (Hono 4; the wire behaviour was observed on hono 4.13)
// ---------------------------------------------------------------------------

/** Classes whose instances are Hono apps or sub-apps. */
const APP_CLASSES = new Set(['Hono', 'OpenAPIHono']);

/** App methods that register handlers `(c, next) => ...` after a path or a method list. */
const REGISTRATION_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'all', 'use', 'on', 'openapi']);

/** App methods that return the app or a sub-app, so that a chain of them is still an app. */
const APP_CHAIN_METHODS = new Set([...REGISTRATION_METHODS, 'basePath', 'route', 'onError', 'notFound', 'mount']);

/** The positions of the context and the caught error among a handler's parameters. */
interface HandlerRole {
  context: number;
  error?: number;
}

/** Calls whose callbacks receive the context somewhere other than first, or that are not route registrations. */
const CALLBACK_ROLES = new Map<string, HandlerRole & { onApp: boolean }>([
  ['onError', { context: 1, error: 0, onApp: true }],
  ['notFound', { context: 0, onApp: true }],
  ['createMiddleware', { context: 0, onApp: false }],
  ['createHandlers', { context: 0, onApp: false }],
  ['validator', { context: 1, onApp: false }],
  ['zValidator', { context: 1, onApp: false }],
]);

/** Type names exported by hono that type a handler variable (`const auth: MiddlewareHandler = ...`). */
const HANDLER_TYPES = new Map<string, HandlerRole>([
  ['Handler', { context: 0 }],
  ['MiddlewareHandler', { context: 0 }],
  ['ErrorHandler', { context: 1, error: 0 }],
  ['NotFoundHandler', { context: 0 }],
]);

/** The type of the context parameter (`(c: Context) => ...`). */
const CONTEXT_TYPE = 'Context';

/** A context method that builds a response: `c.json(body, status | init, headers)`. */
interface Helper {
  /** The media type the helper sets, or undefined when the body decides (`c.body`). */
  defaultType: string | undefined;
  encoding: 'json' | 'text' | 'raw';
  /**
   * Whether the helper's default content type replaces one written through
   * `c.header()` or `init.headers`. Only the third argument overrides it.
   */
  replacesContentType: boolean;
}

const RESPONSE_HELPERS = new Map<string, Helper>([
  ['json', { defaultType: 'application/json', encoding: 'json', replacesContentType: true }],
  ['text', { defaultType: 'text/plain', encoding: 'text', replacesContentType: true }],
  ['html', { defaultType: 'text/html', encoding: 'text', replacesContentType: true }],
  ['body', { defaultType: undefined, encoding: 'raw', replacesContentType: false }],
  ['newResponse', { defaultType: undefined, encoding: 'raw', replacesContentType: false }],
]);

const STATUS_METHOD = 'status';
const HEADER_METHOD = 'header';

const EXCEPTION_CLASS = 'HTTPException';
const EXCEPTION_MODULES = new Set(['hono/http-exception']);
/** The status of `new HTTPException()` without arguments. */
const EXCEPTION_DEFAULT_STATUS = 500;

const WWW_AUTHENTICATE = 'www-authenticate';
const CONTENT_TYPE = 'content-type';

/** Whether a module belongs to Hono or its official middleware. */
function isHonoModule(source: string): boolean {
  return source === 'hono' || source.startsWith('hono/') || source.startsWith('@hono/');
}

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

/** The context parameter of one Hono handler. */
interface HonoContext {
  variable: Scope.Variable;
  name: string;
  handler: FunctionNode;
  /** The caught error of an `app.onError((err, c) => ...)` handler. */
  errorParameter: Scope.Variable | undefined;
  /** Whether the handler takes `next`, so that it can run before other handlers. */
  isMiddleware: boolean;
  records: ContextRecord[];
}

/** One use of a context, in source order. */
type ContextRecord =
  | { kind: 'header'; call: TSESTree.CallExpression }
  | { kind: 'status'; call: TSESTree.CallExpression }
  | { kind: 'helper'; call: TSESTree.CallExpression; helper: Helper }
  /** The context passed to a function, which may write headers the analysis cannot see. */
  | { kind: 'opaque'; node: Node };

/** Headers written on the context before a site. */
interface ContextHeaders {
  challenge: HeaderWrite | undefined;
  contentType: HeaderWrite | undefined;
  /** Whether some writes are hidden or may not apply. */
  opaque: boolean;
  /** Whether a content type write may or may not apply. */
  uncertainType: boolean;
}

/**
 * Collects the response sites of Hono code: handlers registered on a `Hono`
 * app, `app.onError`, `createMiddleware`, validator hooks and functions typed
 * with hono's `Context`. Sites are the response helpers (`c.json(body, 401, headers)`,
 * the init form `c.json(body, { status, headers })`, `c.status(401)`
 * followed by a helper) and `throw new HTTPException(status, options)`.
 * A web `Response` returned from a handler is a site of the fetch adapter.
 */
export function collectHonoSites(file: FileContext): ResponseSite[] {
  if (![...file.modules].some(isHonoModule)) {
    return [];
  }
  const contexts = contextsOf(file);

  const errorHandlers = [...contexts.values()].filter((context) => context.errorParameter !== undefined);
  const sites: ResponseSite[] = [];
  for (const context of contexts.values()) {
    for (const record of context.records) {
      if (record.kind === 'helper') {
        const site = helperSite(file, context, record.call, record.helper);
        if (site) {
          sites.push(site);
        }
      }
    }
  }

  const errorHandlerWritesChallenge = errorHandlers.some(
    (context) =>
      context.records.some((record) => record.kind === 'header' && headerWriteOf(record.call, file).name === WWW_AUTHENTICATE) ||
      sites.some((site) => site.scope === context.handler && site.wwwAuthenticate.kind === 'set'),
  );
  for (const node of file.news) {
    const site = exceptionSite(file, contexts, node, errorHandlers);
    if (site) {
      // An `app.onError` handler that writes the challenge may add it to this error.
      const challenge: HeaderState = site.wwwAuthenticate.kind === 'absent' && site.thrown && errorHandlerWritesChallenge ? { kind: 'unknown' } : site.wwwAuthenticate;
      sites.push({ ...site, wwwAuthenticate: challenge });
    }
  }

  coverChallengeMiddleware(file, contexts, sites);
  return sites;
}

/** Hono's helpers that take the context to read it or to set a cookie, which write no challenge. */
const HONO_READERS = new Set(['getCookie', 'getSignedCookie', 'setCookie', 'setSignedCookie', 'deleteCookie', 'env', 'getConnInfo', 'getRuntimeKey']);

/** Tells whether a call is one of Hono's reading helpers, imported from a `hono/...` or `@hono/...` module. */
function isHonoReader(call: TSESTree.CallExpression | TSESTree.NewExpression, file: FileContext): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  // The imported name counts: `import { getCookie as readCookie } from 'hono/cookie'`.
  const origin = importOrigin(callee, file.scopeOf(callee));
  return origin !== undefined && HONO_READERS.has(origin.imported) && (origin.source.startsWith('hono/') || origin.source.startsWith('@hono/'));
}

/** Modules whose import makes the file a Hono file for the web Response adapter. */
const RESPONSE_MODULES = ['hono', 'hono/http-exception'];

/** Reports a challenge set with `c.header()` before a returned Response as dropped: Hono does not copy it. */
export const honoResponseWrapper: ResponseWrapper = (file, response) => {
  if (!file.importsAny(RESPONSE_MODULES)) {
    return undefined;
  }
  const lost = honoContextHeaderBefore(file, response, 'WWW-Authenticate');
  if (!lost) {
    return undefined;
  }
  return {
    kind: 'dropped',
    node: lost.node,
    reason: 'Hono does not copy c.header() onto a Response the handler returns',
    where: 'in the headers of the Response init',
  };
};

/**
 * Returns the `c.header(name, value)` write that a Hono handler makes before
 * `node` on its path, such as a challenge set before `return new Response()`,
 * which Hono does not copy onto a Response the handler builds itself.
 * Returns undefined outside Hono handlers, or when no such write is certain.
 */
export function honoContextHeaderBefore(file: FileContext, node: Node, name: string): HeaderWrite | undefined {
  const context = contextAround(node, file, contextsOf(file));
  if (!context) {
    return undefined;
  }
  const headers = contextHeadersBefore(context, node.range[0], node, file);
  const lower = name.toLowerCase();
  if (lower === WWW_AUTHENTICATE) {
    return headers.challenge;
  }
  return lower === CONTENT_TYPE ? headers.contentType : undefined;
}

const contextCache = new WeakMap<FileContext, Map<Scope.Variable, HonoContext>>();

/** The names of the calls that take a handler: route registrations and the callbacks of `CALLBACK_ROLES`. */
const HANDLER_TAKING_NAMES = [...new Set([...REGISTRATION_METHODS, ...CALLBACK_ROLES.keys()])];

/** Returns the Hono contexts of a file with their uses, found once per file. */
function contextsOf(file: FileContext): Map<Scope.Variable, HonoContext> {
  let contexts = contextCache.get(file);
  if (!contexts) {
    contexts = [...file.modules].some(isHonoModule) ? findContexts(file) : new Map();
    collectRecords(file, contexts);
    contextCache.set(file, contexts);
  }
  return contexts;
}

// ---------------------------------------------------------------------------
// Finding the contexts
// ---------------------------------------------------------------------------

function findContexts(file: FileContext): Map<Scope.Variable, HonoContext> {
  const roles = new Map<FunctionNode, HandlerRole>();
  const assign = (fn: FunctionNode | undefined, role: HandlerRole): void => {
    if (fn && !roles.has(fn)) {
      roles.set(fn, role);
    }
  };

  for (const call of file.callsNamed(HANDLER_TAKING_NAMES)) {
    const name = calleeName(call);
    if (name === undefined) {
      continue;
    }
    const callee = unwrap(call.callee);
    const onApp = callee.type === AST_NODE_TYPES.MemberExpression && isAppReceiver(callee.object, file, 0);
    // `app.on(method, path, ...handlers)` takes at least three arguments, unlike an event emitter's `on(event, listener)`.
    if (REGISTRATION_METHODS.has(name) && onApp && (name !== 'on' || call.arguments.length >= 3)) {
      for (const argument of call.arguments) {
        assign(file.functionOf(argument), { context: 0 });
      }
      continue;
    }
    const role = CALLBACK_ROLES.get(name);
    if (role && (role.onApp ? onApp : isHonoCallee(callee, file))) {
      for (const argument of call.arguments) {
        assign(file.functionOf(argument), role);
      }
    }
  }

  for (const fn of file.functions) {
    const typed = typedRole(fn, file);
    if (typed) {
      assign(fn, typed);
    }
  }

  const contexts = new Map<Scope.Variable, HonoContext>();
  for (const [fn, role] of roles) {
    const parameter = parameterIdentifier(fn.params[role.context]);
    const variable = parameter ? resolveVariable(parameter, file.scopeOf(fn)) : undefined;
    if (!parameter || !variable || contexts.has(variable)) {
      continue;
    }
    const errorParameter = role.error === undefined ? undefined : parameterIdentifier(fn.params[role.error]);
    contexts.set(variable, {
      variable,
      name: parameter.name,
      handler: fn,
      errorParameter: errorParameter ? resolveVariable(errorParameter, file.scopeOf(fn)) : undefined,
      isMiddleware: role.error === undefined && fn.params.length > role.context + 1,
      records: [],
    });
  }
  return contexts;
}

/**
 * Whether an expression is a Hono app: `new Hono()`, a variable or chain
 * built from one (`new Hono().basePath('/v1')`), a parameter typed `Hono` or
 * left untyped, or an import from a file of the project (`import { app }
 * from './app'`).
 */
function isAppReceiver(node: Node, file: FileContext, depth: number): boolean {
  if (depth > 4) {
    return false;
  }
  let expression = unwrap(node);
  while (expression.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(expression.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || name === undefined || !APP_CHAIN_METHODS.has(name)) {
      return false;
    }
    expression = unwrap(callee.object);
  }

  if (expression.type === AST_NODE_TYPES.NewExpression) {
    const callee = unwrap(expression.callee);
    return callee.type === AST_NODE_TYPES.Identifier && APP_CLASSES.has(callee.name);
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const variable = resolveVariable(expression, file.scopeOf(expression));
  const definition = variable?.defs[0];
  if (!definition) {
    return false;
  }
  if (definition.type === 'ImportBinding') {
    const source = importOrigin(expression, file.scopeOf(expression))?.source;
    return source !== undefined && (isHonoModule(source) || isProjectModule(source));
  }
  if (definition.type === 'Parameter') {
    const typeName = typeNameOf(definition.name as TSESTree.Identifier);
    return typeName === undefined || APP_CLASSES.has(typeName);
  }
  if (definition.type === 'Variable' && definition.node.id.type === AST_NODE_TYPES.Identifier && definition.node.init) {
    return isAppReceiver(definition.node.init, file, depth + 1);
  }
  return false;
}

/** Whether a module specifier names a file of the project rather than a package (`./app`, `@/server/app`, `~/app`). */
function isProjectModule(source: string): boolean {
  return source.startsWith('.') || source.startsWith('/') || source.startsWith('@/') || source.startsWith('~/');
}

/** Whether a callee comes from a Hono module (`createMiddleware`), or is a member call in a Hono file (`factory.createHandlers`). */
function isHonoCallee(callee: Node, file: FileContext): boolean {
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    return true;
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const source = file.moduleOf(callee);
  return source !== undefined && isHonoModule(source);
}

/** The role of a function typed through hono: a `Context` parameter, or a declarator typed `MiddlewareHandler`. */
function typedRole(fn: FunctionNode, file: FileContext): HandlerRole | undefined {
  for (const [index, param] of fn.params.entries()) {
    const identifier = parameterIdentifier(param);
    if (identifier && typeNameOf(identifier) === CONTEXT_TYPE && isHonoType(identifier, file)) {
      return { context: index };
    }
  }
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const typeName = typeNameOf(declarator.id);
  return typeName === undefined || !isHonoType(declarator.id, file) ? undefined : HANDLER_TYPES.get(typeName);
}

function typeReferenceOf(identifier: TSESTree.Identifier): TSESTree.Identifier | undefined {
  const annotation = identifier.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) {
    return undefined;
  }
  const typeName = annotation.typeName;
  if (typeName.type === AST_NODE_TYPES.Identifier) {
    return typeName;
  }
  return typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right : undefined;
}

function typeNameOf(identifier: TSESTree.Identifier): string | undefined {
  return typeReferenceOf(identifier)?.name;
}

/** Whether the type annotation of an identifier names a type imported from a Hono module. */
function isHonoType(identifier: TSESTree.Identifier, file: FileContext): boolean {
  const annotation = identifier.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) {
    return false;
  }
  const root = rootOfTypeName(annotation.typeName);
  if (!root) {
    return false;
  }
  const origin = importOrigin(root, file.scopeOf(identifier));
  return origin !== undefined && isHonoModule(origin.source);
}

function rootOfTypeName(typeName: TSESTree.EntityName): TSESTree.Identifier | undefined {
  let current: TSESTree.EntityName = typeName;
  while (current.type === AST_NODE_TYPES.TSQualifiedName) {
    current = current.left;
  }
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

// ---------------------------------------------------------------------------
// Uses of the contexts
// ---------------------------------------------------------------------------

function collectRecords(file: FileContext, contexts: Map<Scope.Variable, HonoContext>): void {
  if (contexts.size === 0) {
    return;
  }
  for (const call of file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      continue;
    }
    const context = contextOf(callee.object, file, contexts);
    const name = memberName(callee);
    if (!context || name === undefined) {
      continue;
    }
    const helper = RESPONSE_HELPERS.get(name);
    if (helper) {
      context.records.push({ kind: 'helper', call, helper });
    } else if (name === HEADER_METHOD) {
      context.records.push({ kind: 'header', call });
    } else if (name === STATUS_METHOD) {
      context.records.push({ kind: 'status', call });
    }
  }

  for (const context of contexts.values()) {
    for (const reference of context.variable.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      const parent = identifier.parent;
      if (
        (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
        parent.arguments.includes(identifier) &&
        !isReadOnlyCall(parent) &&
        !isHonoReader(parent, file)
      ) {
        context.records.push({ kind: 'opaque', node: identifier });
      }
    }
    context.records.sort((a, b) => startOf(a) - startOf(b));
  }
}

function startOf(record: ContextRecord): number {
  return record.kind === 'opaque' ? record.node.range[0] : record.call.range[0];
}

function contextOf(node: Node, file: FileContext, contexts: Map<Scope.Variable, HonoContext>): HonoContext | undefined {
  const expression = unwrap(node);
  if (expression.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const variable = resolveVariable(expression, file.scopeOf(expression));
  return variable ? contexts.get(variable) : undefined;
}

/**
 * Reads the headers written with `c.header(name, value)` before `position`
 * on the path to `site`. A write in a branch that always leaves the function
 * before the site does not apply. A write in a branch that may or may not
 * run makes the header uncertain.
 */
function contextHeadersBefore(context: HonoContext, position: number, site: Node, file: FileContext): ContextHeaders {
  const result: ContextHeaders = { challenge: undefined, contentType: undefined, opaque: false, uncertainType: false };
  for (const record of context.records) {
    if (startOf(record) >= position) {
      break;
    }
    if (record.kind !== 'header' && record.kind !== 'opaque') {
      continue;
    }
    const relation = branchRelation(record.kind === 'opaque' ? record.node : record.call, site);
    if (relation === 'exited') {
      continue;
    }
    if (record.kind === 'opaque') {
      result.opaque = true;
      continue;
    }
    const write = headerWriteOf(record.call, file);
    if (write.name === undefined) {
      result.opaque = true;
    } else if (relation === 'uncertain') {
      result.opaque ||= write.name === WWW_AUTHENTICATE;
      result.uncertainType ||= write.name === CONTENT_TYPE;
    } else if (write.name === WWW_AUTHENTICATE) {
      // `c.header(name, undefined)` deletes the header.
      result.challenge = isUndefined(record.call.arguments[1]) ? undefined : write;
    } else if (write.name === CONTENT_TYPE) {
      result.contentType = isUndefined(record.call.arguments[1]) ? undefined : write;
    }
  }
  return result;
}

function isUndefined(node: Node | undefined): boolean {
  if (!node) {
    return true;
  }
  const expression = unwrap(node);
  return expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined';
}

/**
 * Marks a missing challenge as unknown when a middleware of the file writes
 * the challenge and sends nothing itself, because it covers handlers after
 * it that this analysis cannot follow. The middleware writes it with
 * `c.header()` before `next()`, or on the response after it
 * (`if (c.res.status === 401) c.res.headers.set('WWW-Authenticate', ...)`).
 */
function coverChallengeMiddleware(file: FileContext, contexts: Map<Scope.Variable, HonoContext>, sites: ResponseSite[]): void {
  const responseWrites = responseChallengeWrites(file);
  const covering = [...contexts.values()].filter(
    (context) =>
      context.isMiddleware &&
      context.records.every((record) => record.kind !== 'helper' && record.kind !== 'status') &&
      (context.records.some((record) => record.kind === 'header' && headerWriteOf(record.call, file).name === WWW_AUTHENTICATE) ||
        responseWrites.some((call) => call.range[0] >= context.handler.range[0] && call.range[1] <= context.handler.range[1])),
  );
  if (covering.length === 0) {
    return;
  }
  for (const site of sites) {
    if (site.wwwAuthenticate.kind === 'absent' && !covering.some((context) => context.handler === site.scope)) {
      site.wwwAuthenticate = { kind: 'unknown' };
    }
  }
}

/** Finds `c.res.headers.set('WWW-Authenticate', ...)` and `append`: a challenge written on the response after `next()`. */
function responseChallengeWrites(file: FileContext): TSESTree.CallExpression[] {
  return file.callsNamed(['set', 'append']).filter((call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) === undefined) {
      return false;
    }
    const headers = unwrap(callee.object);
    const response = headers.type === AST_NODE_TYPES.MemberExpression && memberName(headers) === 'headers' ? unwrap(headers.object) : undefined;
    const name = call.arguments[0] ? stringValue(call.arguments[0]) : undefined;
    return response?.type === AST_NODE_TYPES.MemberExpression && memberName(response) === 'res' && name?.toLowerCase() === 'www-authenticate';
  });
}

// ---------------------------------------------------------------------------
// Response helpers: c.json / c.text / c.html / c.body / c.newResponse
// ---------------------------------------------------------------------------

/** The source of a helper's status. */
type StatusSource =
  | { form: 'argument'; node: Node }
  | { form: 'init'; init: TSESTree.ObjectExpression; property: TSESTree.Property }
  /** `c.status(401)` earlier in the block, with `init` when the helper also has an init object without a status. */
  | { form: 'context'; call: TSESTree.CallExpression; init: TSESTree.ObjectExpression | undefined };

function helperSite(file: FileContext, context: HonoContext, call: TSESTree.CallExpression, helper: Helper): ResponseSite | undefined {
  if (isDiscarded(call) || isExceptionResponse(call) || call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return undefined;
  }
  const [bodyArgument, second, third] = call.arguments;
  const source = statusSourceOf(context, call, second);
  if (!source) {
    return undefined;
  }

  let statusNode: Node | undefined;
  let statusExpression: Node | undefined;
  if (source.form === 'argument') {
    statusNode = source.node;
    statusExpression = source.node;
  } else if (source.form === 'init') {
    statusNode = source.property;
    statusExpression = source.property.value;
  } else {
    statusNode = source.call.arguments[0];
    statusExpression = statusNode;
  }
  if (!statusNode || !statusExpression) {
    return undefined;
  }
  const status = resolveContextStatus(statusExpression, context, file);
  const init = source.form === 'argument' ? undefined : source.init;

  const explicit = third ? unwrap(third) : undefined;
  // NOTE: json(), text() and html() spread their third argument into a plain object, so a `Headers`
  // instance there is ignored on the wire. The analysis reads it as unknown and reports nothing.
  const thirdHeaders: HeaderSet | undefined = explicit ? readHeaders(explicit, file) : undefined;
  const thirdOpaque = explicit !== undefined && !isObjectLiteralValue(explicit, file);
  const initHeadersProperty = init ? findProperty(init, 'headers') : undefined;
  const initHeaders: HeaderSet = initHeadersProperty
    ? readHeaders(initHeadersProperty.value, file)
    : { writes: [], opaque: init !== undefined && init.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement) };
  const later = laterHeaderWrites(call, file);
  const onContext = contextHeadersBefore(context, call.range[0], statusNode, file);

  const challengeWrite =
    findHeader(later, WWW_AUTHENTICATE) ??
    (thirdHeaders ? findHeader(thirdHeaders, WWW_AUTHENTICATE) : undefined) ??
    findHeader(initHeaders, WWW_AUTHENTICATE) ??
    onContext.challenge;
  const challengeHidden = later.opaque || thirdOpaque || (thirdHeaders?.opaque ?? false) || initHeaders.opaque || onContext.opaque;
  const challenge: HeaderState = challengeWrite
    ? { kind: 'set', value: challengeWrite.value }
    : challengeHidden
      ? { kind: 'unknown' }
      : { kind: 'absent' };

  const { shape, stringified } = shapeOf(bodyArgument, file);
  const body: Body = {
    shape,
    encoding: helper.encoding === 'json' ? 'json' : stringEncoding(shape, stringified),
    reportNode: bodyArgument ?? call,
  };
  const defaultContentType = helper.defaultType ?? (shape.kind === 'text' || stringified ? 'text/plain' : undefined);

  return {
    framework: 'hono',
    kind: 'return',
    statusNode,
    status,
    scope: context.handler,
    body,
    contentType: helperContentType(helper, { later, thirdHeaders, thirdOpaque, initHeaders, onContext }),
    defaultContentType,
    wwwAuthenticate: challenge,
    thrown: false,
    inErrorHandler: status.kind === 'caught-error',
    fixTarget: { form: 'adapter', fixes: helperFixes(file, context, call, source) },
    anchor: statusNode,
    hints: collectHints([bodyArgument]),
  };
}

/**
 * Finds the status of a helper call: its second argument (a status or an
 * init object with `status`), else the nearest `c.status(n)` before it in a
 * block that contains it. A helper with neither sends 200.
 */
function statusSourceOf(context: HonoContext, call: TSESTree.CallExpression, second: Node | undefined): StatusSource | undefined {
  const argument = second && !isUndefined(second) ? unwrap(second) : undefined;
  let init: TSESTree.ObjectExpression | undefined;
  if (argument?.type === AST_NODE_TYPES.ObjectExpression) {
    const property = findProperty(argument, 'status');
    if (property) {
      return { form: 'init', init: argument, property };
    }
    if (argument.properties.some((member) => member.type === AST_NODE_TYPES.SpreadElement)) {
      return undefined;
    }
    init = argument;
  } else if (argument && second) {
    return { form: 'argument', node: second };
  }

  const statusCall = statusCallBefore(context, call);
  return statusCall ? { form: 'context', call: statusCall, init } : undefined;
}

/**
 * The `c.status(n)` that gives its status to a later helper: the nearest one
 * before the helper whose statement sits in a block that also contains the
 * helper. `if (x) { c.status(503); } return c.json(y)` is left alone,
 * because the status applies only on one path.
 */
function statusCallBefore(context: HonoContext, call: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  let nearest: TSESTree.CallExpression | undefined;
  for (const record of context.records) {
    if (startOf(record) >= call.range[0]) {
      break;
    }
    if (record.kind === 'status') {
      nearest = record.call;
    }
  }
  if (!nearest || enclosingFunction(nearest) !== enclosingFunction(call)) {
    return undefined;
  }
  const block = enclosingStatement(nearest)?.parent;
  return block && block.range[0] <= call.range[0] && call.range[1] <= block.range[1] ? nearest : undefined;
}

/** Resolves a status, reading `err.status` in an `onError` handler as the caught error's status. */
function resolveContextStatus(node: Node, context: HonoContext, file: FileContext): Status {
  const status = resolveStatus(node, file);
  if (status.kind !== 'unknown' || !context.errorParameter) {
    return status;
  }
  return readsCaughtStatus(node, context.errorParameter, file) ? { kind: 'caught-error' } : status;
}

/** Whether a status expression reads `err.status` (also through `?:`, `||`, `??` and `err.getResponse().status`). */
function readsCaughtStatus(node: Node, errorParameter: Scope.Variable, file: FileContext): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    return readsCaughtStatus(expression.consequent, errorParameter, file) || readsCaughtStatus(expression.alternate, errorParameter, file);
  }
  if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    return readsCaughtStatus(expression.left, errorParameter, file) || readsCaughtStatus(expression.right, errorParameter, file);
  }
  if (expression.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const name = memberName(expression);
  const root = rootIdentifier(expression);
  return (
    (name === 'status' || name === 'statusCode') &&
    root !== undefined &&
    resolveVariable(root, file.scopeOf(root)) === errorParameter
  );
}

/** Returns how a body that is not serialised by a JSON helper goes out: a JSON string, text, or bytes. */
function stringEncoding(shape: Body['shape'], stringified: boolean): Body['encoding'] {
  if (stringified) {
    return 'json-string';
  }
  return shape.kind === 'text' ? 'text' : 'none';
}

/** Whether a helper's response is thrown away (`c.json(x, 401);` as a statement sends nothing). */
function isDiscarded(call: TSESTree.CallExpression): boolean {
  let current: Node = call;
  while (current.parent && (current.parent.type === AST_NODE_TYPES.ChainExpression || current.parent.type === AST_NODE_TYPES.TSAsExpression)) {
    current = current.parent;
  }
  return current.parent?.type === AST_NODE_TYPES.ExpressionStatement;
}

/** Whether a helper builds the `res` of an `HTTPException`, which the exception's site covers. */
function isExceptionResponse(call: TSESTree.CallExpression): boolean {
  const property = call.parent;
  return (
    property?.type === AST_NODE_TYPES.Property &&
    property.value === call &&
    property.parent.type === AST_NODE_TYPES.ObjectExpression &&
    property.parent.parent?.type === AST_NODE_TYPES.NewExpression &&
    calleeName(property.parent.parent) === EXCEPTION_CLASS
  );
}

/**
 * Reads the content type that goes out with a helper. `response.headers.set()`
 * on the returned response and the third argument win. Without them, json(),
 * text() and html() send their own type, which replaces one written through
 * `c.header()` or `init.headers`, while body() and newResponse() keep those.
 */
function helperContentType(
  helper: Helper,
  headers: { later: HeaderSet; thirdHeaders: HeaderSet | undefined; thirdOpaque: boolean; initHeaders: HeaderSet; onContext: ContextHeaders },
): ResponseSite['contentType'] {
  const { later, thirdHeaders, thirdOpaque, initHeaders, onContext } = headers;
  const laterWrite = findHeader(later, CONTENT_TYPE);
  const thirdWrite = thirdHeaders ? findHeader(thirdHeaders, CONTENT_TYPE) : undefined;
  const winning = laterWrite ?? thirdWrite;
  if (winning) {
    return { value: mediaType(winning.value.value, false), node: winning.value.node };
  }
  if (later.opaque || thirdOpaque || thirdHeaders?.opaque) {
    return { value: undefined, node: undefined };
  }

  const initWrite = findHeader(initHeaders, CONTENT_TYPE);
  if (helper.replacesContentType) {
    const replaced = initWrite ?? onContext.contentType;
    return replaced ? { value: helper.defaultType, node: replaced.value.node, overwritten: true } : undefined;
  }
  const sent = initWrite ?? onContext.contentType;
  if (initHeaders.opaque || (!initWrite && onContext.uncertainType) || (!initWrite && onContext.opaque)) {
    return { value: undefined, node: undefined };
  }
  return sent ? { value: mediaType(sent.value.value, false), node: sent.value.node } : undefined;
}

/**
 * Builds the fixes of a helper site. Headers go into the third argument, which
 * every helper applies last, or into `init.headers` for the init form. A
 * content type must go into the third argument, because json(), text() and
 * html() replace one in `init.headers`. For `c.status(401)` followed by a
 * helper, the header goes in a `c.header()` statement before `c.status()`.
 */
function helperFixes(file: FileContext, context: HonoContext, call: TSESTree.CallExpression, source: StatusSource): AdapterFixes {
  const sourceCode = file.sourceCode;
  const third = call.arguments[2] ? unwrap(call.arguments[2]) : undefined;
  const second = call.arguments[1];

  const intoThirdArgument = (fixer: RuleFixer, name: string, value: string): RuleFix[] | undefined => {
    const entry = `${quote(name)}: ${quote(value)}`;
    if (third) {
      if (third.type !== AST_NODE_TYPES.ObjectExpression || findProperty(third, name, true)) {
        return undefined;
      }
      return [addProperty(fixer, sourceCode, third, entry)];
    }
    return second && source.form !== 'context' ? [insertAfterExpression(fixer, file.sourceCode, second, `, { ${entry} }`)] : undefined;
  };

  return {
    headerFixProven: true,
    addHeader(fixer, name, value) {
      if (third) {
        return intoThirdArgument(fixer, name, value);
      }
      if (source.form === 'argument') {
        return intoThirdArgument(fixer, name, value);
      }
      if (source.form === 'init') {
        return intoInitHeaders(fixer, file, source.init, name, value);
      }
      return headerStatementBefore(fixer, file, context, source.call, name, value);
    },
    setProblemContentType(fixer) {
      if (source.form === 'context') {
        return undefined;
      }
      const existing = third?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(third, CONTENT_TYPE, true) : undefined;
      if (existing) {
        return isStringLiteral(existing.value) ? [fixer.replaceText(existing.value, quote(PROBLEM_JSON))] : undefined;
      }
      const added = intoThirdArgument(fixer, 'Content-Type', PROBLEM_JSON);
      if (!added || source.form !== 'init') {
        return added;
      }
      // A content type left in `init.headers` would read as if it were sent.
      const stale = staleInitContentType(source.init);
      return stale ? [...added, removeProperty(fixer, file, stale)] : added;
    },
  };
}

function intoInitHeaders(fixer: RuleFixer, file: FileContext, init: TSESTree.ObjectExpression, name: string, value: string): RuleFix[] | undefined {
  const entry = `${quote(name)}: ${quote(value)}`;
  const headers = findProperty(init, 'headers');
  if (!headers) {
    return [addProperty(fixer, file.sourceCode, init, `headers: { ${entry} }`)];
  }
  const object = unwrap(headers.value);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || findProperty(object, name, true)) {
    return undefined;
  }
  return [addProperty(fixer, file.sourceCode, object, entry)];
}

/** Inserts `c.header(name, value);` before the statement of `call`, when that statement sits in a block. */
function headerStatementBefore(
  fixer: RuleFixer,
  file: FileContext,
  context: HonoContext,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  name: string,
  value: string,
): RuleFix[] | undefined {
  // The statement that holds the call itself: in `if (x) throw e;` that is the throw, which has no block.
  const statement = innermostStatement(call);
  const container = statement?.parent;
  if (
    !statement ||
    (container?.type !== AST_NODE_TYPES.BlockStatement && container?.type !== AST_NODE_TYPES.SwitchCase) ||
    !contextVisibleAt(context, call, file)
  ) {
    return undefined;
  }
  const line = file.sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  return [fixer.insertTextBefore(statement, `${context.name}.${HEADER_METHOD}(${quote(name)}, ${quote(value)});\n${indent}`)];
}

/** Whether the context's name at `node` still refers to the context (not shadowed). */
function contextVisibleAt(context: HonoContext, node: Node, file: FileContext): boolean {
  const found = findVariable(file.scopeOf(node) as never, context.name) as Scope.Variable | null;
  return found === context.variable;
}

/**
 * Returns the property to remove for a content type in `init.headers`: the
 * entry itself, or the whole `headers` member when it contains nothing else.
 */
function staleInitContentType(init: TSESTree.ObjectExpression): TSESTree.Property | undefined {
  const headers = findProperty(init, 'headers');
  const object = headers ? unwrap(headers.value) : undefined;
  const entry = object?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(object, CONTENT_TYPE, true) : undefined;
  if (!entry || object?.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  return object.properties.length === 1 ? headers : entry;
}

/** Removes an object literal's property with the comma that separates it from a neighbour. */
function removeProperty(fixer: RuleFixer, file: FileContext, property: TSESTree.Property): RuleFix {
  const sourceCode = file.sourceCode;
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    return fixer.removeRange([property.range[0], next && next.value !== '}' ? next.range[0] : after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  return before?.value === ',' ? fixer.removeRange([before.range[0], property.range[1]]) : fixer.remove(property);
}

function isStringLiteral(node: Node): boolean {
  const expression = unwrap(node);
  return (
    (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string') ||
    (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0)
  );
}

// ---------------------------------------------------------------------------
// throw new HTTPException(status, { message, res })
// ---------------------------------------------------------------------------

function exceptionSite(
  file: FileContext,
  contexts: Map<Scope.Variable, HonoContext>,
  node: TSESTree.NewExpression,
  errorHandlers: readonly HonoContext[],
): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || !isThrown(node)) {
    return undefined;
  }
  const origin = importOrigin(callee, file.scopeOf(callee));
  if (!origin || !EXCEPTION_MODULES.has(origin.source) || origin.imported !== EXCEPTION_CLASS) {
    return undefined;
  }
  if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return undefined;
  }

  const [statusArgument, optionsArgument] = node.arguments;
  const status: Status = statusArgument ? resolveStatus(statusArgument, file) : { kind: 'number', value: EXCEPTION_DEFAULT_STATUS };
  const context = contextAround(node, file, contexts);
  const options = readExceptionOptions(node, optionsArgument, file);

  const onContext = context ? contextHeadersBefore(context, node.range[0], node, file) : undefined;
  const ownChallenge = options.headers ? findHeader(options.headers, WWW_AUTHENTICATE) : undefined;
  const challengeWrite = ownChallenge ?? onContext?.challenge;
  // `app.onError` returning `err.getResponse()` builds a new Response from the exception, without the context's headers.
  const dropsContextHeaders = errorHandlers.some((handler) => file.text(handler.handler).includes('getResponse()'));
  let challenge: HeaderState = challengeWrite
    ? { kind: 'set', value: challengeWrite.value }
    : options.opaque || options.headers?.opaque || onContext?.opaque
      ? { kind: 'unknown' }
      : { kind: 'absent' };
  if (challengeWrite && !ownChallenge && dropsContextHeaders) {
    challenge = { kind: 'dropped', node: challengeWrite.value.node ?? node, reason: DROPPED_BY_GET_RESPONSE, where: 'in the `res` option of the HTTPException' };
  }
  const typeWrite = options.headers ? findHeader(options.headers, CONTENT_TYPE) : undefined;

  return {
    framework: 'hono',
    kind: 'throw',
    statusNode: node,
    status,
    scope: context?.handler ?? enclosingFunction(node) ?? file.program,
    body: options.body,
    contentType: typeWrite ? { value: mediaType(typeWrite.value.value, false), node: typeWrite.value.node } : undefined,
    defaultContentType: options.body.encoding === 'none' && options.body.shape.kind !== 'empty' ? undefined : 'text/plain',
    wwwAuthenticate: challenge,
    // With a `res` Response the body is written here; otherwise the error handler writes it.
    thrown: options.response === undefined,
    inErrorHandler: false,
    fixTarget: { form: 'adapter', fixes: exceptionFixes(file, context, node, options, errorHandlers.length > 0, dropsContextHeaders) },
    anchor: node,
    hints: collectHints([options.message]),
  };
}

/** The parts of the response that the options of an `HTTPException` set. */
interface ExceptionOptions {
  body: Body;
  message: Node | undefined;
  /** An inline `res: new Response(body, init)`. */
  response: { node: TSESTree.NewExpression; init: TSESTree.ObjectExpression | undefined; statusProperty: TSESTree.Property | undefined } | undefined;
  headers: HeaderSet | undefined;
  /** Whether the options hide the response (a variable, a spread, a prebuilt `res`). */
  opaque: boolean;
}

function readExceptionOptions(exception: TSESTree.NewExpression, argument: Node | undefined, file: FileContext): ExceptionOptions {
  const options = argument ? unwrap(argument) : undefined;
  const emptyBody = (reportNode: Node): Body => ({ shape: { kind: 'empty' }, encoding: 'none', reportNode });
  const unknownBody = (reportNode: Node): Body => ({ shape: { kind: 'unknown' }, encoding: 'none', reportNode });
  if (!options || !argument) {
    return { body: emptyBody(exception), message: undefined, response: undefined, headers: undefined, opaque: false };
  }
  if (options.type !== AST_NODE_TYPES.ObjectExpression) {
    return { body: unknownBody(options), message: undefined, response: undefined, headers: undefined, opaque: true };
  }
  const opaque = options.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
  const message = findProperty(options, 'message')?.value;
  const resProperty = findProperty(options, 'res');

  if (!resProperty) {
    if (!message) {
      return { body: opaque ? unknownBody(options) : emptyBody(exception), message, response: undefined, headers: undefined, opaque };
    }
    const { shape } = shapeOf(message, file);
    return { body: { shape, encoding: shape.kind === 'text' ? 'text' : 'none', reportNode: message }, message, response: undefined, headers: undefined, opaque };
  }

  const res = unwrap(resProperty.value);
  if (res.type !== AST_NODE_TYPES.NewExpression || calleeName(res) !== 'Response') {
    return { body: unknownBody(resProperty.value), message, response: undefined, headers: undefined, opaque: true };
  }
  const [bodyArgument, initArgument] = res.arguments;
  const init = initArgument ? unwrap(initArgument) : undefined;
  if (init && init.type !== AST_NODE_TYPES.ObjectExpression) {
    return { body: unknownBody(res), message, response: undefined, headers: undefined, opaque: true };
  }
  const headersProperty = init ? findProperty(init, 'headers') : undefined;
  const headers = headersProperty ? readHeaders(headersProperty.value, file) : { writes: [], opaque: false };
  const { shape, stringified } = shapeOf(bodyArgument, file);
  const body: Body = {
    shape,
    encoding: stringEncoding(shape, stringified),
    reportNode: bodyArgument ?? res,
  };
  return {
    body,
    message,
    response: { node: res, init, statusProperty: init ? findProperty(init, 'status') : undefined },
    headers,
    opaque: opaque || (init?.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement) ?? false),
  };
}

/** Whether an error is thrown (`throw new HTTPException(401)`). */
function isThrown(node: Node): boolean {
  let current: Node = node;
  while (current.parent && (current.parent.type === AST_NODE_TYPES.TSAsExpression || current.parent.type === AST_NODE_TYPES.TSNonNullExpression)) {
    current = current.parent;
  }
  return current.parent?.type === AST_NODE_TYPES.ThrowStatement;
}

/** The innermost handler around a node whose context is still in scope there. */
function contextAround(node: Node, file: FileContext, contexts: Map<Scope.Variable, HonoContext>): HonoContext | undefined {
  let best: HonoContext | undefined;
  for (const context of contexts.values()) {
    const [start, end] = context.handler.range;
    if (node.range[0] >= start && node.range[1] <= end && (!best || start > best.handler.range[0]) && contextVisibleAt(context, node, file)) {
      best = context;
    }
  }
  return best;
}

const DROPPED_BY_GET_RESPONSE = "this file's `app.onError` returns `err.getResponse()`, which builds a new Response without the headers set with `c.header()`";

/**
 * Builds the fixes of an exception site. The challenge goes into the headers of an
 * inline `res` Response, else into a `c.header()` statement before the
 * throw, which Hono's default error handler keeps. An `app.onError` handler
 * decides what is kept (`err.getResponse()` drops context headers,
 * `c.json(body, err.status)` drops the `res` headers). One in the file makes
 * the fix a suggestion, and one in another file may drop a `c.header()`, so
 * that statement is a suggestion too. With `err.getResponse()` in the file,
 * no `c.header()` statement is offered.
 */
function exceptionFixes(
  file: FileContext,
  context: HonoContext | undefined,
  node: TSESTree.NewExpression,
  options: ExceptionOptions,
  hasErrorHandler: boolean,
  dropsContextHeaders: boolean,
): AdapterFixes {
  return {
    headerFixProven: !hasErrorHandler && options.response !== undefined,
    addHeader(fixer, name, value) {
      const response = options.response;
      if (response) {
        if (response.init) {
          return intoInitHeaders(fixer, file, response.init, name, value);
        }
        const body = response.node.arguments[0];
        return body ? [insertAfterExpression(fixer, file.sourceCode, body, `, { headers: { ${quote(name)}: ${quote(value)} } }`)] : undefined;
      }
      if (options.opaque || !context || dropsContextHeaders) {
        return undefined;
      }
      return headerStatementBefore(fixer, file, context, node, name, value);
    },
  };
}

/** Returns the nearest statement around a node: in `if (x) throw e;` that is the throw, not the `if`. */
function innermostStatement(node: Node): Node | undefined {
  let current: Node | undefined = node.parent;
  while (current && !current.type.endsWith('Statement') && current.type !== AST_NODE_TYPES.VariableDeclaration) {
    current = current.parent;
  }
  return current;
}

/** Tells whether a node is an object literal, or a `const` initialised with one (`const PROBLEM = { ... }`). */
function isObjectLiteralValue(node: Node, file: FileContext): boolean {
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    return true;
  }
  if (node.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const init = constInitializer(resolveVariable(node, file.scopeOf(node)));
  return init !== undefined && unwrap(init).type === AST_NODE_TYPES.ObjectExpression;
}

import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from '../node-types';
import { calleeName, declaredName, enclosingFunction, enclosingStatement, memberName, parameterIdentifier, propertyKey, rootIdentifier, stringValue, unwrap } from '../ast';
import type { FileContext } from '../file-context';
import { resolveVariable } from '../imports';
import type { Status } from '../model';
import { ERROR_CLASS_NAMES } from '../../syntax/reason-phrases';
import { resolveStatus } from '../status';

/** Text of which an Express, Fastify, node:http or Next.js pages file needs one, besides a status write. */
export const MARKERS = ['sendStatus', 'statusCode', 'writeHead', '.code(', 'astify', 'unauthorized(', 'forbidden('];

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * A response object that handlers write to with method calls: Express's
 * `res` (and Next.js pages API routes, which share its API) and
 * `node:http`'s `ServerResponse`. The tables below are the framework
 * knowledge; the code only matches calls against them.
 */
export interface ResponseObject {
  variable: Scope.Variable;
  framework: ResponseFramework;
  api: ResponseApi;
  handler: FunctionNode;
  /** The caught error of an error-handling middleware `(err, req, res, next)`. */
  errorParameter: Scope.Variable | undefined;
  /** The `next` callback of Express middleware. */
  nextParameter: Scope.Variable | undefined;
  /**
   * Whether the function runs before the route handlers and lets them send
   * the response (Express middleware with `next`, a Fastify hook), so that a
   * header it sets goes out with their responses.
   */
  runsBeforeHandlers: boolean;
}

/**
 * Finds response objects that only a framework adapter recognises, such as
 * NestJS's `@Res()` parameter or the response of an exception filter.
 */
export type ResponseObjectFinder = (file: FileContext) => ResponseObject[];

/** Methods that register a handler on an Express app or router. */
const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'options',
  'head',
  'param',
]);

/** Calls that take a `node:http` request listener. */
const NODE_SERVER_FACTORIES = new Set(['createServer', 'createSecureServer']);

const HTTP_MODULES = ['express', 'http', 'node:http', 'https', 'node:https', 'http2', 'node:http2', 'next', 'connect', 'router', 'fastify', 'fastify-plugin'];
const NODE_MODULES = ['http', 'node:http', 'https', 'node:https'];
const FASTIFY_MODULES = ['fastify', 'fastify-plugin'];

/** Fastify registrations that take a handler, besides the route methods. */
const FASTIFY_REGISTRATIONS = new Set(['route', 'addHook', 'setErrorHandler', 'setNotFoundHandler']);
/** Keys of a `fastify.route({...})` options object that hold handlers. */
const FASTIFY_HANDLER_KEYS = new Set(['handler', 'preHandler', 'onRequest', 'preValidation', 'preParsing', 'preSerialization', 'onSend', 'errorHandler']);
/** The keys of FASTIFY_HANDLER_KEYS that hold hooks, which run besides the route handler. */
const FASTIFY_HOOK_KEYS = new Set(['preHandler', 'onRequest', 'preValidation', 'preParsing', 'preSerialization', 'onSend']);

/** Parameter type names that mark a response object in TypeScript. */
const RESPONSE_TYPES = new Map<string, ResponseFramework>([
  ['Response', 'express'],
  ['NextApiResponse', 'next-pages'],
  ['ServerResponse', 'node-http'],
  ['FastifyReply', 'fastify'],
]);

/**
 * The methods of one framework's response object, by what they do. Express
 * and Next.js pages API routes share Express's names; `node:http` has only
 * Node's own; Fastify's reply has its own set.
 */
export interface ResponseApi {
  /** Methods that set the status from their first argument. */
  status: ReadonlySet<string>;
  /** Methods that write a header (name, value), or several from an object. */
  header: ReadonlySet<string>;
  /** Methods that set the content type from their argument. */
  type: ReadonlySet<string>;
  /** Methods that send the response. */
  send: ReadonlySet<string>;
  /** The property that contains the status (`res.statusCode = 401`). */
  statusProperty: string;
  /** Whether an async handler's return value is the body (Fastify). */
  returnsBody: boolean;
  /** The chainable method that fixes use to write a header, if there is one. */
  headerMethod: string | undefined;
  /** The chainable method that fixes use to set the content type, if there is one. */
  typeMethod: string | undefined;
  /** Send methods that set a status of their own, so an earlier status never reaches the client (`res.redirect()`). */
  statusOverriders: ReadonlySet<string>;
  /** Methods that send the framework's own error body with a fixed status (`reply.unauthorized()`). */
  errorReplies: ReadonlyMap<string, number>;
}

const NODE_SEND = ['end', 'write'];
const EXPRESS_API: ResponseApi = {
  status: new Set(['status', 'sendStatus', 'writeHead']),
  header: new Set(['set', 'header', 'setHeader', 'setHeaders', 'append', 'appendHeader']),
  type: new Set(['type', 'contentType']),
  send: new Set(['json', 'jsonp', 'send', 'end', 'sendStatus', 'render', 'sendFile', 'download', 'redirect']),
  statusOverriders: new Set(['redirect']),
  statusProperty: 'statusCode',
  returnsBody: false,
  headerMethod: 'set',
  typeMethod: 'type',
  errorReplies: new Map(),
};

/**
 * @fastify/sensible's helpers by the status they send, named after the reason
 * phrases: `reply.unauthorized()` and `fastify.httpErrors.unauthorized()`.
 */
export const SENSIBLE_HELPERS: ReadonlyMap<string, number> = new Map(
  [...ERROR_CLASS_NAMES].filter(([, status]) => status >= 400).map(([name, status]) => [name.charAt(0).toLowerCase() + name.slice(1), status]),
);

export const RESPONSE_APIS: Readonly<Record<'express' | 'node-http' | 'next-pages' | 'fastify', ResponseApi>> = {
  express: EXPRESS_API,
  'node-http': {
    status: new Set(['writeHead']),
    header: new Set(['setHeader', 'setHeaders', 'appendHeader']),
    type: new Set(),
    send: new Set(NODE_SEND),
    statusProperty: 'statusCode',
    returnsBody: false,
    headerMethod: undefined,
    typeMethod: undefined,
    statusOverriders: new Set(),
    errorReplies: new Map(),
  },
  'next-pages': {
    ...EXPRESS_API,
    status: new Set(['status', 'writeHead']),
    header: new Set(['setHeader', 'setHeaders', 'appendHeader']),
    type: new Set(),
    send: new Set(['json', 'send', 'end', 'redirect']),
    headerMethod: 'setHeader',
    typeMethod: undefined,
  },
  fastify: {
    status: new Set(['code', 'status']),
    header: new Set(['header', 'headers']),
    type: new Set(['type']),
    send: new Set(['send', 'redirect']),
    statusProperty: 'statusCode',
    returnsBody: true,
    headerMethod: 'header',
    typeMethod: 'type',
    statusOverriders: new Set(['redirect']),
    errorReplies: SENSIBLE_HELPERS,
  },
};

export type ResponseFramework = keyof typeof RESPONSE_APIS;

/** Finds the response objects of a file: the response parameter of each handler, by evidence. */
export function findResponseObjects(file: FileContext): Map<Scope.Variable, ResponseObject> {
  const found = new Map<Scope.Variable, ResponseObject>();
  // Whether the file serves HTTP: it imports an HTTP framework, registers routes, or lies under pages/api/,
  // where Next.js serves every file as a route. Found on first need, because most functions are ruled out before.
  let servesHttp: boolean | undefined;
  const fileIsHttp = (): boolean => {
    servesHttp ??= file.importsAny(HTTP_MODULES) || hasRouteRegistration(file) || isNextPagesApi(file);
    return servesHttp;
  };
  const fileIsNode = file.importsAny(NODE_MODULES) && !file.modules.has('express');
  const fileIsFastify = file.importsAny(FASTIFY_MODULES);
  // hapi's server.route({ handler }) has Fastify's shape, but its toolkit `h` is no response object.
  if (file.importsAny(['@hapi/hapi', 'hapi', '@hapi/boom']) && !fileIsFastify) {
    return found;
  }

  for (const fn of file.functions) {
    const role = handlerRole(fn, fileIsHttp);
    if (!role) {
      continue;
    }
    const responseParam = parameterIdentifier(fn.params[role.responseIndex]);
    if (!responseParam) {
      continue;
    }
    const variable = resolveVariable(responseParam, file.scopeOf(fn));
    if (!variable) {
      continue;
    }
    const errorParam = role.errorHandler ? parameterIdentifier(fn.params[0]) : undefined;
    const nextParam = parameterIdentifier(fn.params[role.responseIndex + 1]);
    const framework = role.framework ?? frameworkOfFile(file, responseParam.name, fileIsFastify, fileIsNode);
    const nextParameter = nextParam ? resolveVariable(nextParam, file.scopeOf(fn)) : undefined;
    found.set(variable, {
      variable,
      framework,
      api: RESPONSE_APIS[framework],
      handler: fn,
      errorParameter: errorParam ? resolveVariable(errorParam, file.scopeOf(fn)) : undefined,
      nextParameter,
      runsBeforeHandlers: nextParameter !== undefined || (framework === 'fastify' && isFastifyHook(fn, file)),
    });
  }

  addUnmistakableChains(file, found, fileIsFastify);
  return found;
}

interface HandlerRole {
  responseIndex: number;
  errorHandler: boolean;
  framework: ResponseFramework | undefined;
}

function handlerRole(fn: FunctionNode, fileIsHttp: () => boolean): HandlerRole | undefined {
  const params = fn.params;
  if (params.length < 2) {
    return undefined;
  }
  const errorHandler = params.length === 4;
  const responseIndex = errorHandler ? 2 : 1;
  const methodProperty = fn.parent?.type === AST_NODE_TYPES.Property && fn.parent.method ? fn.parent : undefined;
  if (methodProperty && propertyKey(methodProperty) === 'handler') {
    return fastifyHandlerRole(fn);
  }

  // Typed parameters: (req: Request, res: Response)
  const typeName = parameterTypeName(params[responseIndex]);
  if (typeName !== undefined && RESPONSE_TYPES.has(typeName)) {
    return { responseIndex, errorHandler, framework: RESPONSE_TYPES.get(typeName) };
  }

  // Fastify: fastify.route({ handler }), fastify.addHook('onRequest', hook), fastify.setErrorHandler(handler)
  const fastifyRole = fastifyHandlerRole(fn);
  if (fastifyRole) {
    return fastifyRole;
  }

  // Registration: app.get('/x', handler), http.createServer(handler)
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.Expression)) {
    const name = calleeName(parent);
    if (name !== undefined && NODE_SERVER_FACTORIES.has(name)) {
      return { responseIndex: 1, errorHandler: false, framework: 'node-http' };
    }
    if (name === 'on' && parent.arguments.length === 2 && unwrapString(parent.arguments[0]) === 'request') {
      return { responseIndex: 1, errorHandler: false, framework: 'node-http' };
    }
    // `(socket, next)` of socket.io's `io.use()` and `(ctx, next)` of Koa's `app.use()` take no response.
    if (name !== undefined && ROUTE_METHODS.has(name) && params.length <= 4 && parameterIdentifier(params[responseIndex])?.name !== 'next') {
      return { responseIndex, errorHandler, framework: undefined };
    }
  }

  // Named signature in a file that serves HTTP: (req, res), or anywhere with next: (req, res, next), (err, req, res, next)
  const requestName = parameterIdentifier(params[responseIndex - 1])?.name;
  const responseName = parameterIdentifier(params[responseIndex])?.name;
  const nextName = parameterIdentifier(params[responseIndex + 1])?.name;
  if (nextName !== 'next' && !fileIsHttp()) {
    return undefined;
  }
  if (requestName === undefined || responseName === undefined || !/^req(?:uest)?$/.test(requestName)) {
    return undefined;
  }
  if (/^res(?:ponse)?$/.test(responseName)) {
    return { responseIndex, errorHandler, framework: undefined };
  }
  // Fastify's handlers and hooks, also when written apart from the call that registers them.
  if (responseName === 'reply' && !errorHandler) {
    return { responseIndex, errorHandler, framework: 'fastify' };
  }
  return undefined;
}

/**
 * Tells whether a function is a Fastify hook rather than a route handler:
 * `fastify.addHook(name, fn)` with the function inline or by name, or a hook
 * key of `fastify.route({ ... })`. A header that a hook sets goes out with
 * the responses of the routes it runs for, as an Express middleware's does,
 * even when the hook takes no `done`.
 */
function isFastifyHook(fn: FunctionNode, file: FileContext): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression || declaredName(fn)) {
    return addHookCalls(fn, file).length > 0;
  }
  if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== fn) {
    return false;
  }
  const key = propertyKey(parent);
  const call = parent.parent.parent;
  return (
    key !== undefined &&
    FASTIFY_HOOK_KEYS.has(key) &&
    call?.type === AST_NODE_TYPES.CallExpression &&
    calleeName(call) === 'route'
  );
}

/**
 * Returns the `addHook()` calls that register a function as a Fastify hook:
 * the call it is written in, or the calls that pass it by name
 * (`fastify.addHook('onRequest', setChallenge)`).
 */
export function addHookCalls(fn: FunctionNode, file: FileContext): TSESTree.CallExpression[] {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression) {
    return parent.arguments.includes(fn as TSESTree.Expression) && calleeName(parent) === 'addHook' ? [parent] : [];
  }
  const name = declaredName(fn);
  const references = name ? (resolveVariable(name, file.scopeOf(name))?.references ?? []) : [];
  const calls: TSESTree.CallExpression[] = [];
  for (const { identifier } of references) {
    const call = identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(identifier as TSESTree.Identifier) && calleeName(call) === 'addHook') {
      calls.push(call);
    }
  }
  return calls;
}

function fastifyHandlerRole(fn: FunctionNode): HandlerRole | undefined {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.Expression)) {
    const name = calleeName(parent);
    if (name === 'setErrorHandler' && fn.params.length >= 3) {
      return { responseIndex: 2, errorHandler: true, framework: 'fastify' };
    }
    if (name !== undefined && FASTIFY_REGISTRATIONS.has(name) && name !== 'setErrorHandler') {
      return { responseIndex: 1, errorHandler: false, framework: 'fastify' };
    }
    return undefined;
  }
  const property = parent?.type === AST_NODE_TYPES.Property ? parent : undefined;
  const options = property?.parent;
  const call = options?.parent;
  if (
    property &&
    property.value === fn &&
    FASTIFY_HANDLER_KEYS.has(propertyKey(property) ?? '') &&
    call?.type === AST_NODE_TYPES.CallExpression &&
    calleeName(call) === 'route'
  ) {
    return { responseIndex: 1, errorHandler: false, framework: 'fastify' };
  }
  return undefined;
}

function parameterTypeName(param: TSESTree.Parameter | undefined): string | undefined {
  const identifier = parameterIdentifier(param);
  const annotation = identifier?.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) {
    return undefined;
  }
  const typeName = annotation.typeName;
  if (typeName.type === AST_NODE_TYPES.Identifier) {
    return typeName.name;
  }
  return typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : undefined;
}

function unwrapString(node: Node | undefined): string | undefined {
  const expression = node ? unwrap(node) : undefined;
  return expression?.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string' ? expression.value : undefined;
}

function hasRouteRegistration(file: FileContext): boolean {
  return file.callsNamed(ROUTE_METHODS).some((call) => {
    const name = calleeName(call);
    return (
      name !== undefined &&
      ROUTE_METHODS.has(name) &&
      call.callee.type === AST_NODE_TYPES.MemberExpression &&
      call.arguments.some((argument) => argument.type === AST_NODE_TYPES.ArrowFunctionExpression || argument.type === AST_NODE_TYPES.FunctionExpression)
    );
  });
}

/** The Express sends that can end a status chain: all but `sendStatus`, which sets a status of its own. */
const CHAIN_SENDS = [...EXPRESS_API.send].filter((name) => name !== 'sendStatus');

/**
 * `x.status(401).json(...)` names a response object even without other
 * evidence: no other common API chains a numeric status into a send. So does
 * `reply.code(401).send(...)` in a Fastify file or on a receiver named
 * `reply`. Such a receiver is Fastify's reply, which has no `set()` for an
 * Express fix.
 */
function addUnmistakableChains(file: FileContext, found: Map<Scope.Variable, ResponseObject>, fileIsFastify: boolean): void {
  // A file without a call named `status`, or `code` (Fastify's reply), has no such chain. The call index
  // finds one without reading the text.
  if (file.callsNamed(['status', 'code']).length === 0) {
    return;
  }
  for (const call of file.callsNamed(CHAIN_SENDS)) {
    if (!isOutermostCall(call)) {
      continue;
    }
    // res.status(401).json(), also with header or type calls between: res.status(403).type(t).json(b)
    const { root, calls } = unwindChain(call);
    if (root.type !== AST_NODE_TYPES.Identifier) {
      continue;
    }
    // node:http's response has no status(), so such a chain is never its own.
    const framework = frameworkOfFile(file, root.name, fileIsFastify, false);
    const statusCall = calls.find((item) => item.name === 'status' || (framework === 'fastify' && item.name === 'code'));
    const statusArgument = statusCall?.call.arguments.length === 1 ? unwrap(statusCall.call.arguments[0] as Node) : undefined;
    if (statusArgument?.type !== AST_NODE_TYPES.Literal || typeof statusArgument.value !== 'number') {
      continue;
    }
    const others = calls.filter((item) => item !== statusCall && item.call !== call);
    if (!others.every((item) => EXPRESS_API.header.has(item.name) || EXPRESS_API.type.has(item.name))) {
      continue;
    }
    const variable = resolveVariable(root, file.scopeOf(root));
    const handler = enclosingFunction(call);
    if (!variable || !handler || found.has(variable)) {
      continue;
    }
    found.set(variable, {
      variable,
      framework,
      api: RESPONSE_APIS[framework],
      handler,
      errorParameter: undefined,
      nextParameter: undefined,
      runsBeforeHandlers: false,
    });
  }
}


/** One method call on a response object, in a chain. */
export interface ChainCall {
  name: string;
  call: TSESTree.CallExpression;
}

/** A chain of calls on one response object: `res.set(a).status(401).json(b)`. */
export interface Chain {
  response: ResponseObject;
  /** The identifier the chain starts from (`res`, or an alias of it). */
  receiver: TSESTree.Identifier;
  calls: ChainCall[];
  /** The outermost node of the chain. */
  node: TSESTree.CallExpression;
  fn: FunctionNode | undefined;
}

/**
 * Reads one link of a method chain: the named method call that `node` is,
 * and the object it is called on. Returns undefined at the chain's root.
 */
function chainLink(node: Node): { call: ChainCall; object: Node } | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) {
    return undefined;
  }
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const name = memberName(callee);
  return name === undefined ? undefined : { call: { name, call: node }, object: unwrap(callee.object) };
}

/** Splits an outermost call into its chain of method calls, innermost first, with the root identifier. */
export function unwindChain(call: TSESTree.CallExpression): { root: Node; calls: ChainCall[] } {
  const calls: ChainCall[] = [];
  let expression = unwrap(call);
  for (let link = chainLink(expression); link; link = chainLink(expression)) {
    calls.push(link.call);
    expression = link.object;
  }
  return { root: expression, calls: calls.reverse() };
}

/**
 * Returns the root of a call's method chain, as `unwindChain` does, without
 * building the list of calls. Most calls of a file are not on a response
 * object, and the root alone rules them out.
 */
export function chainRoot(call: TSESTree.CallExpression): Node {
  let expression = unwrap(call);
  for (let link = chainLink(expression); link; link = chainLink(expression)) {
    expression = link.object;
  }
  return expression;
}

/** Tells whether a call is the outermost of its chain (not the object of a further member call). */
export function isOutermostCall(call: TSESTree.CallExpression): boolean {
  const outer = outermostWrapper(call);
  const parent = outer.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outer) {
    return true;
  }
  // `(res.status(401).end as any)()`: the member may sit in wrappers of its own before the call.
  const member = outermostWrapper(parent);
  return !(member.parent?.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member);
}

const CHAIN_WRAPPERS = new Set<string>([
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

function outermostWrapper(node: Node): Node {
  let current = node;
  while (current.parent && CHAIN_WRAPPERS.has(current.parent.type)) {
    current = current.parent;
  }
  return current;
}

/**
 * Resolves the status of an error-handling middleware: `err.status || 500`
 * and `err.statusCode` read the status from the caught error.
 */
export function resolveHandlerStatus(node: Node | undefined, response: ResponseObject, file: FileContext): Status {
  if (!node) {
    return { kind: 'unknown' };
  }
  const status = resolveStatus(node, file);
  // Fastify converts a status string: `reply.code('401')` sends 401 (Fastify 5).
  const text = status.kind === 'unknown' && response.framework === 'fastify' ? stringValue(unwrap(node)) : undefined;
  if (text !== undefined && /^[1-5]\d\d$/.test(text)) {
    return { kind: 'number', value: Number(text) };
  }
  if (status.kind !== 'unknown' || !response.errorParameter) {
    return status;
  }
  return readsCaughtStatus(node, response.errorParameter, file) ? { kind: 'caught-error' } : status;
}

function readsCaughtStatus(node: Node, errorParameter: Scope.Variable, file: FileContext, depth = 0): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    return readsCaughtStatus(expression.left, errorParameter, file, depth) || readsCaughtStatus(expression.right, errorParameter, file, depth);
  }
  // `exception instanceof HttpException ? exception.getStatus() : 500`
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    return readsCaughtStatus(expression.consequent, errorParameter, file, depth) || readsCaughtStatus(expression.alternate, errorParameter, file, depth);
  }
  // const status = err.status || 500; res.status(status)
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const definition = resolveVariable(expression, file.scopeOf(expression))?.defs[0];
    if (definition?.type === 'Variable' && definition.node.init && definition.node.id.type === AST_NODE_TYPES.Identifier && depth < 3) {
      return readsCaughtStatus(definition.node.init, errorParameter, file, depth + 1);
    }
  }
  const root = rootIdentifier(expression);
  if (!root || resolveVariable(root, file.scopeOf(root)) !== errorParameter) {
    return false;
  }
  const text = file.text(expression);
  return /\b(?:status|statusCode|getStatus)\b/.test(text);
}

export function statementOf(node: Node): TSESTree.Statement | undefined {
  return enclosingStatement(node);
}

/** Tells whether the file is a Next.js pages API route (`pages/api/...`), whose `res` has no `set()` or `type()`. */
function isNextPagesApi(file: FileContext): boolean {
  return /(?:^|[\\/])pages[\\/]api[\\/]/.test(file.filename);
}

/** Picks the framework of a response parameter that no registration or type names. */
function frameworkOfFile(file: FileContext, parameterName: string, fileIsFastify: boolean, fileIsNode: boolean): ResponseFramework {
  if (fileIsFastify || parameterName === 'reply') {
    return 'fastify';
  }
  if (fileIsNode) {
    return 'node-http';
  }
  // A file that imports from `next` (`NextApiHandler`, `NextApiRequest`) contains pages API code, such as a `withAuth()` wrapper.
  return isNextPagesApi(file) || (file.modules.has('next') && !file.modules.has('express')) ? 'next-pages' : 'express';
}

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { enclosingFunction, isFunction, memberName, parameterIdentifier, propertyKey, unwrap } from './ast';
import type { FileContext } from './file-context';

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * Modules that only a server imports: HTTP frameworks, their routers and
 * plugins, and the server runtimes of full-stack frameworks. `http` and
 * `https` are not among them, because clients import them too.
 */
const SERVER_MODULES = new Set([
  'express',
  'connect',
  'router',
  'restify',
  'polka',
  'micro',
  'koa',
  'koa-router',
  '@koa/router',
  'fastify',
  'fastify-plugin',
  'hono',
  'elysia',
  'h3',
  'nitropack',
  'next',
  'next/server',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
  '@sveltejs/kit',
  '@hapi/hapi',
  'hapi',
  'itty-router',
]);

/** Module prefixes of framework plugins and middleware: `@fastify/cors`, `hono/jwt`, `@hono/node-server`. */
const SERVER_MODULE_PREFIXES = ['@fastify/', 'hono/', '@hono/', '@elysiajs/'];

const NODE_HTTP_MODULES = ['http', 'node:http', 'https', 'node:https', 'http2', 'node:http2'];

/**
 * Files that a framework serves by their path: Next.js pages API routes,
 * SvelteKit endpoints and server hooks, Remix routes, and Nuxt or Nitro
 * server routes. Next.js route handlers (`route.ts`) count under an `app`
 * folder (APP_ROUTE_FILE). Next.js middleware imports `next/server`, so its
 * name is no evidence: API clients name files `middleware.ts` too.
 */
const SERVED_PATH =
  /(?:^|[\\/])pages[\\/]api[\\/]|(?:^|[\\/])\+(?:server|page\.server|layout\.server)\.[cm]?[jt]s$|(?:^|[\\/])hooks\.server\.[cm]?[jt]s$|(?:^|[\\/])app[\\/]routes[\\/]|(?:^|[\\/])server[\\/](?:api|routes|middleware)[\\/]/;
const APP_ROUTE_FILE = /(?:^|[\\/])route\.[cm]?[jt]sx?$/;
const APP_FOLDER = /(?:^|[\\/])app[\\/]/;

/** Exports that full-stack frameworks call with a request: route handlers, loaders and actions, SvelteKit's `handle`. */
const HANDLER_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'loader', 'action', 'handle']);

const evidenceByFile = new WeakMap<FileContext, boolean>();

/**
 * Tells whether a file shows that it serves HTTP requests, so that an error
 * it raises or a web `Response` it builds can reach a client. Client code,
 * SDKs, service workers and test helpers build the same objects, and their
 * 401s never go out. The evidence: a server module imported, a path that a
 * framework serves, an exported route handler, a default export with a
 * `fetch` handler (Workers), or a server started with `createServer`,
 * `Bun.serve` or `Deno.serve`.
 */
export function servesHttp(file: FileContext): boolean {
  let serves = evidenceByFile.get(file);
  if (serves === undefined) {
    serves =
      importsServerModule(file) ||
      SERVED_PATH.test(file.filename) ||
      (APP_ROUTE_FILE.test(file.filename) && APP_FOLDER.test(file.filename)) ||
      startsServer(file) ||
      exportsHandler(file.program);
    evidenceByFile.set(file, serves);
  }
  return serves;
}

function importsServerModule(file: FileContext): boolean {
  for (const module of file.modules) {
    if (SERVER_MODULES.has(module) || SERVER_MODULE_PREFIXES.some((prefix) => module.startsWith(prefix))) {
      return true;
    }
  }
  return false;
}

function startsServer(file: FileContext): boolean {
  if (file.importsAny(NODE_HTTP_MODULES) && file.callsNamed(['createServer', 'createSecureServer']).length > 0) {
    return true;
  }
  return file.callsNamed(['serve']).some((call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      return false;
    }
    const object = unwrap(callee.object);
    return object.type === AST_NODE_TYPES.Identifier && (object.name === 'Bun' || object.name === 'Deno') && memberName(callee) === 'serve';
  });
}

function exportsHandler(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const declaration = unwrap(statement.declaration);
      if (declaration.type === AST_NODE_TYPES.ObjectExpression && hasFetchMember(declaration)) {
        return true;
      }
      continue;
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) {
      continue;
    }
    // export { handler as GET }
    if (statement.specifiers.some((specifier) => specifier.exported.type === AST_NODE_TYPES.Identifier && HANDLER_EXPORTS.has(specifier.exported.name))) {
      return true;
    }
    const declaration = statement.declaration;
    if (!declaration) {
      continue;
    }
    if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id && HANDLER_EXPORTS.has(declaration.id.name)) {
      return true;
    }
    if (
      declaration.type === AST_NODE_TYPES.VariableDeclaration &&
      declaration.declarations.some(
        (declarator) =>
          declarator.id.type === AST_NODE_TYPES.Identifier &&
          HANDLER_EXPORTS.has(declarator.id.name) &&
          declarator.init !== null &&
          isFunction(unwrap(declarator.init)),
      )
    ) {
      return true;
    }
  }
  return false;
}

function hasFetchMember(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === AST_NODE_TYPES.Property && propertyKey(property) === 'fetch');
}

/** The second parameter of a handler that takes `request` first: Fastify's `reply`, hapi's `h`. */
const RESPONSE_PARAMETERS = new Set(['reply', 'h']);

/**
 * Tells whether a function around a node has a server handler's
 * parameters, as a handler does, or a helper that a handler calls with its
 * request (`requireUser(req)`): a `req` parameter, Koa's `(ctx, next)`, or
 * `(request, reply)` and `(request, h)`. This is the evidence for handler
 * modules that import no framework. A lone `request` or `ctx` parameter
 * does not count, because API clients name their parameters so too.
 */
export function takesRequest(node: TSESTree.Node): boolean {
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    if (hasHandlerParameters(fn)) {
      return true;
    }
  }
  return false;
}

/** Tells whether a function has a handler's parameters: `req`, Koa's `(ctx, next)`, or `(request, reply)` and `(request, h)`. */
function hasHandlerParameters(fn: FunctionNode): boolean {
  const names = fn.params.map((parameter) => parameterIdentifier(parameter)?.name);
  const [first, second] = names;
  return (
    names.includes('req') ||
    ((first === 'ctx' || first === 'context') && second === 'next') ||
    (first === 'request' && second !== undefined && RESPONSE_PARAMETERS.has(second))
  );
}

/** The root types of a GraphQL resolver map, whose functions resolve fields rather than handle requests. */
const GRAPHQL_ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Tells whether a node lies in a function that handles no HTTP request, so an
 * error raised there sends no status. That is a Socket.IO or WebSocket handler,
 * which takes a `socket` (`io.use((socket, next) => ...)`), or a GraphQL
 * resolver in a `Query`, `Mutation` or `Subscription` map, whose errors go
 * out in the GraphQL response with status 200.
 */
export function inNonHttpHandler(node: TSESTree.Node): boolean {
  // An error passed to a callback belongs to the function that received the callback:
  // `next(createError(403))` inside a socket callback of an Express route is the route's error.
  const owner = callbackOwner(node);
  if (owner) {
    return takesSocket(owner);
  }

  // Otherwise the innermost function that shows its kind decides: a connection handler
  // `(socket, req) => ...` is a socket's, a GraphQL resolver is GraphQL's, and `(req, res)` is HTTP.
  const innermost = enclosingFunction(node);
  for (let fn = innermost; fn; fn = enclosingFunction(fn)) {
    // A socket handler is the function that raises the error or a callback around it, not a
    // function that receives a socket beside the app: `function registerRoutes(app, socket)`.
    if ((takesSocket(fn) && (fn === innermost || isCallback(fn))) || isGraphQLResolver(fn)) {
      return true;
    }
    if (takesHttpParameters(fn)) {
      return false;
    }
  }
  return false;
}

/** Returns the function whose `next` or `done` parameter is called with the node as an argument, if any. */
function callbackOwner(node: TSESTree.Node): FunctionNode | undefined {
  let callee: string | undefined;
  for (let current: TSESTree.Node | undefined = node; current && !isFunction(current); current = current.parent) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      const called = unwrap(parent.callee);
      if (called.type === AST_NODE_TYPES.Identifier && (called.name === 'next' || called.name === 'done')) {
        callee = called.name;
        break;
      }
    }
  }
  if (callee === undefined) {
    return undefined;
  }
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    if (fn.params.some((parameter) => parameterIdentifier(parameter)?.name === callee)) {
      return fn;
    }
  }
  return undefined;
}

/** Tells whether a function takes a socket: `socket`, or `ws` as the `ws` package's own examples name it. */
function takesSocket(fn: FunctionNode): boolean {
  return fn.params.some((parameter) => {
    const name = parameterIdentifier(parameter)?.name;
    return name === 'socket' || name === 'ws';
  });
}

/** Tells whether a function has an HTTP handler's parameters, or a response parameter (`res`, `reply`) of its own. */
function takesHttpParameters(fn: FunctionNode): boolean {
  const names = fn.params.map((parameter) => parameterIdentifier(parameter)?.name);
  return hasHandlerParameters(fn) || names.includes('res') || names.includes('reply');
}

function isCallback(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument);
}

function isGraphQLResolver(fn: TSESTree.Node): boolean {
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn) {
    return false;
  }
  // { Query: { me() {} } }, or a map of its own: const Query = { me() {} }
  const owner = property.parent.parent;
  if (owner?.type === AST_NODE_TYPES.VariableDeclarator && owner.init === property.parent) {
    return owner.id.type === AST_NODE_TYPES.Identifier && GRAPHQL_ROOT_TYPES.has(owner.id.name);
  }
  return owner?.type === AST_NODE_TYPES.Property && owner.value === property.parent && GRAPHQL_ROOT_TYPES.has(propertyKey(owner) ?? '');
}

/**
 * Tells whether a node lies in the default export of a module that takes
 * `request` or `req` first, the shape of a fetch handler module:
 * `module.exports = async (request) => ...`, `export default async function (request)`.
 * A named export is no evidence: API clients export hooks that take `request`.
 */
export function inExportedRequestHandler(node: TSESTree.Node): boolean {
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    const first = parameterIdentifier(fn.params[0])?.name;
    if ((first === 'request' || first === 'req') && isExportedFunction(fn)) {
      return true;
    }
  }
  return false;
}

function isExportedFunction(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    return true;
  }
  // module.exports = fn
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== fn) {
    return false;
  }
  const target = unwrap(parent.left);
  return (
    target.type === AST_NODE_TYPES.MemberExpression &&
    target.object.type === AST_NODE_TYPES.Identifier &&
    target.object.name === 'module' &&
    memberName(target) === 'exports'
  );
}

/** Returns the code that sends a status from a Next.js route handler, for messages. */
export function nextRouteResponseFor(status: number): string {
  return `Response.json(body, { status: ${status} })`;
}

/** The HTTP methods that a Next.js route handler module exports. */
const ROUTE_HANDLER_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Tells whether a node runs directly in a Next.js route handler:
 * `export async function GET(request) { ... }` or `export const POST = async (request) => { ... }`.
 * A throw in a helper or a callback may be caught on its way there, so it does not count.
 */
export function inNextRouteHandler(node: TSESTree.Node): boolean {
  const fn = enclosingFunction(node);
  if (fn?.type === AST_NODE_TYPES.FunctionDeclaration) {
    if (fn.id === null) {
      return false;
    }
    return (ROUTE_HANDLER_METHODS.has(fn.id.name) && fn.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) || isExportedAsMethod(fn, fn.id.name);
  }
  const declarator = fn?.parent;
  return (
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    ROUTE_HANDLER_METHODS.has(declarator.id.name) &&
    declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration
  );
}

/** Tells whether a node lies in the block of a `try` with a `catch` in the same function, which may send a response for the error itself. */
export function inTryBlock(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && !isFunction(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) {
      return true;
    }
    child = current;
  }
  return false;
}

/** Tells whether a module exports a local function under an HTTP method's name: `export { handlePost as POST }`. */
function isExportedAsMethod(fn: TSESTree.Node, name: string): boolean {
  let program: TSESTree.Node = fn;
  while (program.parent) {
    program = program.parent;
  }
  if (program.type !== AST_NODE_TYPES.Program) {
    return false;
  }
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration &&
      statement.source === null &&
      statement.specifiers.some(
        (specifier) =>
          specifier.local.type === AST_NODE_TYPES.Identifier &&
          specifier.local.name === name &&
          specifier.exported.type === AST_NODE_TYPES.Identifier &&
          ROUTE_HANDLER_METHODS.has(specifier.exported.name),
      ),
  );
}

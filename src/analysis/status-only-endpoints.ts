// Endpoints whose callers are machines that read only the status: health checks and webhook receivers.
import { basename, dirname, extname } from 'node:path';

import { AST_TOKEN_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, declaredName, enclosingFunction, findProperty, isFunction, nameWords, stringValue } from './ast';

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Words that name a health check: `/healthz`, `readiness`, `HealthController`. */
const HEALTH_WORDS = new Set(['health', 'healthz', 'healthcheck', 'healthchecks', 'liveness', 'livez', 'readiness', 'readyz', 'startupz']);

/** Words that may stand beside a health word in a handler's, class's or file's name: `getHealth`, `healthcheck.controller`. */
const NAME_FILLERS = new Set(['get', 'check', 'handle', 'handler', 'endpoint', 'controller', 'probe', 'status']);

/** The probes that may follow a health segment: `/health/ready`, `/health/live`. */
const PROBE_WORDS = new Set(['ready', 'live', 'alive', 'startup', 'deep', 'detailed', 'check', 'status', 'db', 'database']);

/** Probe words that are a health check on their own, as the only segment: `/ready`, `/live`. */
const BARE_PROBES = new Set(['ready', 'live', 'alive']);

/** Route files whose folder names the route: Next.js `app/api/health/route.ts`, SvelteKit `+server.ts`. */
const FOLDER_NAMED_FILES = new Set(['route', 'index', '+server']);

const WEBHOOK_WORDS = new Set(['webhook', 'webhooks']);

/**
 * The code that verifies a webhook's sender: Stripe's `constructEvent`, a
 * constant-time comparison, a verifier named after a signature, an HMAC or a
 * webhook (`verifyStripeSignature`, `validateWebhook`), or a header name
 * with `signature` or `hmac` in it (`'stripe-signature'`). Computing an HMAC
 * for an outgoing delivery, or a field such as `requireSignature`, is no
 * verification. Linear.
 */
const VERIFYING_IDENTIFIER = /^(?:constructevent|timingsafeequal)$|^(?:verify|validate|check).*(?:signature|hmac|webhook)/i;
const HEADER_NAME = /^['"][\w-]+['"]$/;

/**
 * Returns whether a node lies in a health check. Load balancers and
 * orchestrators read only the status of its responses. When a handler around
 * the node is registered on a route path, the path decides (`isHealthPath`).
 * Otherwise a function or class named after a health check, with filler words
 * only (`readiness`, `getHealth`, `HealthController`), a NestJS
 * `@HealthCheck()` method or `@Controller('health')`, or a file named so
 * (`healthcheck.controller.ts`, `app/api/health/route.ts`) makes it one.
 *
 * `projectPath` is the file's name inside the project, so that the folders
 * above the project never count.
 */
export function isHealthCheck(node: Node, projectPath: string): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) {
      // The path a handler is registered on decides: `app.post('/orders', ...)` inside `healthRoutes(app)` is no health check.
      const segments = routePathSegments(current);
      if (segments) {
        return isHealthPath(segments);
      }
      if (functionIsHealthCheck(current)) {
        return true;
      }
    }
    if (isClass(current) && ((current.id !== null && isHealthName(current.id.name)) || decoratorsNameHealthCheck(current.decorators))) {
      return true;
    }
  }
  return isHealthName(routeFileName(projectPath));
}

/**
 * Returns whether a node lies in a webhook receiver, whose sender (Stripe,
 * GitHub) reads only the status and retries on an error. The handler is the
 * function registered on the route, or else the outermost function. Its
 * route path has no parameters, and its code or a middleware written before
 * it in the same call verifies the sender (`VERIFYING_IDENTIFIER`, a
 * signature header). A webhook word also names it: in its route path, in the
 * name of a function or class around it (`handleStripeWebhook`), or in its
 * file's name or the two folders above it (`app/api/webhooks/stripe/route.ts`).
 * An API that manages webhooks (`/api/webhooks/:id`) is still checked.
 */
export function isWebhookReceiver(node: Node, projectPath: string, sourceCode: Readonly<SourceCode>): boolean {
  let handler: FunctionNode | undefined;
  let named = false;
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) {
      const segments = routePathSegments(current);
      // A parameter after the webhook segment names one webhook of an API that manages them: `/api/webhooks/:id/test`.
      if (!handler && segments?.some(isParameter)) {
        return false;
      }
      named ||= functionNameHas(current, WEBHOOK_WORDS) || segments?.some((segment) => WEBHOOK_WORDS.has(segment)) === true;
      if (!handler && (segments || !enclosingFunction(current))) {
        handler = current;
      }
    } else if (isClass(current) && current.id !== null) {
      named ||= nameWords(current.id.name).some((word) => WEBHOOK_WORDS.has(word));
    }
  }
  named ||= pathWords(projectPath, 3).some((word) => WEBHOOK_WORDS.has(word));
  if (!named || !handler) {
    return false;
  }

  // Only code counts, not comments: the tokens of the handler and of the middleware registered before it on its path.
  const registration = handler.parent?.type === AST_NODE_TYPES.CallExpression ? handler.parent : undefined;
  const scanned = registration && stringValue(registration.arguments[0]) !== undefined ? registration.arguments.slice(1) : [handler];
  return scanned.some((argument) =>
    sourceCode.getTokens(argument).some((token) =>
      token.type === AST_TOKEN_TYPES.Identifier ? VERIFYING_IDENTIFIER.test(token.value) : token.type === AST_TOKEN_TYPES.String && isVerifyingHeader(token.value),
    ),
  );
}

function isVerifyingHeader(literal: string): boolean {
  const lower = literal.toLowerCase();
  return HEADER_NAME.test(literal) && (lower.includes('signature') || lower.includes('hmac'));
}

/**
 * Tells whether a route path is a health check's: no parameters, and it ends
 * in a health word (`/healthz`, `/api/_health`), in a health word and a probe
 * (`/health/ready`, `/health/status`), or is `/ping`, `/api/ping` or `/v1/ping`.
 */
function isHealthPath(segments: readonly string[]): boolean {
  if (segments.length === 0 || segments.some(isParameter)) {
    return false;
  }
  const last = segments.at(-1) ?? '';
  const before = segments.at(-2);
  if (HEALTH_WORDS.has(last) || (before !== undefined && HEALTH_WORDS.has(before) && PROBE_WORDS.has(last))) {
    return true;
  }
  // A bare Kubernetes probe path: `/ping`, `/ready`, `/live`, also under `/api` or a version.
  const bare = before === undefined || before === 'api' || /^v\d+$/.test(before);
  return bare && (last === 'ping' || BARE_PROBES.has(last));
}

function functionIsHealthCheck(fn: FunctionNode): boolean {
  const name = functionName(fn);
  if (name !== undefined && isHealthName(name)) {
    return true;
  }

  // @Get('healthz') and @HealthCheck() on a NestJS controller method.
  return fn.parent?.type === AST_NODE_TYPES.MethodDefinition && decoratorsNameHealthCheck(fn.parent.decorators);
}

/** Returns whether a name is a health word with at most filler words beside it: `getHealth`, but not `HealthInsuranceController`. */
function isHealthName(name: string): boolean {
  const parts = nameWords(name);
  return parts.some((word) => HEALTH_WORDS.has(word)) && parts.every((word) => HEALTH_WORDS.has(word) || NAME_FILLERS.has(word));
}

function decoratorsNameHealthCheck(decorators: readonly TSESTree.Decorator[] | undefined): boolean {
  for (const decorator of decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST_NODE_TYPES.CallExpression) {
      continue;
    }
    if (calleeName(expression) === 'HealthCheck') {
      return true;
    }
    const path = stringValue(expression.arguments[0]);
    if (path !== undefined && isHealthPath(segmentsOf(path))) {
      return true;
    }
  }
  return false;
}

/**
 * Returns the normalised segments of the route path a handler is registered
 * on, if any: `app.get('/_health', fn)`, or the `url` or `path` beside the
 * handler in a route's options (`fastify.route({ url: '/health', handler })`).
 */
function routePathSegments(fn: FunctionNode): string[] | undefined {
  const parent = fn.parent;
  let path: string | undefined;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    path = stringValue(parent.arguments[0]);
  } else if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const route = findProperty(parent.parent, 'url') ?? findProperty(parent.parent, 'path');
    path = route ? stringValue(route.value) : undefined;
  }
  return path === undefined ? undefined : segmentsOf(path);
}

/** Splits a route path into lower-case segments without leading `_` or `.` and without `-` and `_`: `/_health/deep-check` gives `health`, `deepcheck`. */
function segmentsOf(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.toLowerCase().replace(/^[._]+/, '').replaceAll('-', '').replaceAll('_', ''));
}

/** Tells whether a path segment is a route parameter: `:id`, `{id}`, `[id]`, `*`. */
function isParameter(segment: string): boolean {
  return segment.startsWith(':') || segment.startsWith('{') || segment.startsWith('[') || segment.includes('*');
}

function functionName(fn: FunctionNode): string | undefined {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property) {
    return parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : stringValue(parent.key);
  }
  return declaredName(fn)?.name;
}

function functionNameHas(fn: FunctionNode, expected: ReadonlySet<string>): boolean {
  const name = functionName(fn);
  return name !== undefined && nameWords(name).some((word) => expected.has(word));
}

function isClass(node: Node): node is TSESTree.ClassDeclaration | TSESTree.ClassExpression {
  return node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression;
}

/** Returns the name that names a file's route: its own, or its folder's for a route file (`app/api/health/route.ts`). */
function routeFileName(projectPath: string): string {
  const name = basename(projectPath, extname(projectPath));
  return FOLDER_NAMED_FILES.has(name) ? basename(dirname(projectPath)) : name;
}

/** Returns the words of a file's name and of up to `levels - 1` folders above it, inside the project. */
function pathWords(projectPath: string, levels: number): string[] {
  const found: string[] = [];
  let path = projectPath;
  for (let level = 0; level < levels && path !== '.' && path !== '' && path !== dirname(path); level += 1) {
    found.push(...nameWords(basename(path, level === 0 ? extname(path) : '')));
    path = dirname(path);
  }
  return found;
}

// Endpoints whose callers are machines that read only the status: health checks and webhook receivers.
import { basename, dirname, extname } from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, declaredName, isFunction, stringValue } from './ast';

type Node = TSESTree.Node;

/** The words that name one kind of endpoint, in names, route paths, decorators and file names. */
interface EndpointWords {
  /** Words of a function, class or file name: `healthcheck`, `getHealth`, `StripeWebhookController`. */
  names: ReadonlySet<string>;
  /** Words of a route path, which may be shorter: `/ping`. */
  paths: ReadonlySet<string>;
  /** A decorator that marks such a handler: NestJS `@HealthCheck()`. */
  decorator?: string;
  /** How many folders above the file may name it: `app/api/webhooks/stripe/route.ts`. */
  folders: number;
}

const HEALTH_NAMES = new Set(['health', 'healthz', 'healthcheck', 'healthchecks', 'liveness', 'livez', 'readiness', 'readyz', 'startupz']);

const HEALTH_CHECK: EndpointWords = {
  names: HEALTH_NAMES,
  paths: new Set([...HEALTH_NAMES, 'ping']),
  decorator: 'HealthCheck',
  // Only a route file (`route.ts`, `index.ts`, `+server.ts`) is named by its folder.
  folders: 0,
};

const WEBHOOK_NAMES = new Set(['webhook', 'webhooks']);

const WEBHOOK_RECEIVER: EndpointWords = { names: WEBHOOK_NAMES, paths: WEBHOOK_NAMES, folders: 2 };

/** Route files whose folder names the route: Next.js `app/api/health/route.ts`, SvelteKit `+server.ts`. */
const FOLDER_NAMED_FILES = new Set(['route', 'index', '+server']);

/**
 * Returns whether a node lies in a health check. That is a handler
 * registered on a path such as `/health`, `/_health`, `/healthz` or `/ping`,
 * a function or class named after one (`readiness`, `HealthController`), or
 * a NestJS `@HealthCheck()` method. It is also any code in a file named after
 * one (`healthcheck.controller.ts`, `app/api/health/route.ts`). Load
 * balancers and orchestrators read only the status of these responses.
 */
export function isHealthCheck(node: Node, filename: string): boolean {
  return isEndpoint(node, filename, HEALTH_CHECK);
}

/**
 * Returns whether a node lies in a webhook receiver. That is a handler
 * registered on a path with a `webhook` or `webhooks` segment, or a function
 * or class named after one (`handleStripeWebhook`). It is also code in a
 * file, or under one of the two folders above it, named so
 * (`app/api/webhooks/stripe/route.ts`). The sender (Stripe, GitHub) reads
 * only the status and retries on an error.
 */
export function isWebhookReceiver(node: Node, filename: string): boolean {
  return isEndpoint(node, filename, WEBHOOK_RECEIVER);
}

function isEndpoint(node: Node, filename: string, words: EndpointWords): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current) && functionIsEndpoint(current, words)) {
      return true;
    }
    if ((current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) && classIsEndpoint(current, words)) {
      return true;
    }
  }
  return fileIsEndpoint(filename, words);
}

function functionIsEndpoint(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression, words: EndpointWords): boolean {
  const parent = fn.parent;
  const name = declaredName(fn)?.name ?? (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property ? keyName(parent.key) : undefined);
  if (name !== undefined && hasWord(name, words.names)) {
    return true;
  }

  // app.get('/health', (req, res) => ...), router.post('/webhooks/stripe', async (ctx) => ...)
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const path = stringValue(parent.arguments[0]);
    return path !== undefined && hasWord(path, words.paths);
  }

  // @Get('healthz') and @HealthCheck() on a NestJS controller method.
  return parent?.type === AST_NODE_TYPES.MethodDefinition && decoratorsName(parent.decorators, words);
}

/** Returns whether a class is named after the endpoint (`HealthController`) or is a NestJS `@Controller('health')`. */
function classIsEndpoint(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, words: EndpointWords): boolean {
  return (node.id !== null && hasWord(node.id.name, words.names)) || decoratorsName(node.decorators, words);
}

function decoratorsName(decorators: readonly TSESTree.Decorator[] | undefined, words: EndpointWords): boolean {
  for (const decorator of decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST_NODE_TYPES.CallExpression) {
      continue;
    }
    const path = stringValue(expression.arguments[0]);
    if ((words.decorator !== undefined && calleeName(expression) === words.decorator) || (path !== undefined && hasWord(path, words.paths))) {
      return true;
    }
  }
  return false;
}

/** Returns whether a file, or one of the folders above it that `words` allows, is named after the endpoint. */
function fileIsEndpoint(filename: string, words: EndpointWords): boolean {
  const name = basename(filename, extname(filename));
  if (hasWord(name, words.names)) {
    return true;
  }
  let folder = dirname(filename);
  const folders = FOLDER_NAMED_FILES.has(name) ? Math.max(words.folders, 1) : words.folders;
  for (let level = 0; level < folders; level += 1) {
    if (hasWord(basename(folder), words.names)) {
      return true;
    }
    folder = dirname(folder);
  }
  return false;
}

function keyName(key: TSESTree.Node): string | undefined {
  return key.type === AST_NODE_TYPES.Identifier ? key.name : stringValue(key);
}

/**
 * Returns whether a name or path contains one of `words`. It splits the text
 * into lower-case words at case changes and at any character other than a
 * letter or digit (`getHealth`, `/_health`, `healthcheck.controller`).
 */
function hasWord(text: string, words: ReadonlySet<string>): boolean {
  const split = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return split.some((word) => words.has(word));
}

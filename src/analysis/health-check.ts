import { basename, dirname, extname } from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, declaredName, isFunction, stringValue } from './ast';

type Node = TSESTree.Node;

/**
 * Words that name a health check in a function, class or file name:
 * `healthcheck`, `getHealth`, `readiness`, `LivenessController`.
 */
const HEALTH_WORDS = new Set(['health', 'healthz', 'healthcheck', 'healthchecks', 'liveness', 'livez', 'readiness', 'readyz', 'startupz']);

/** Words that name a health check in a route path, where `/ping` is one too. */
const HEALTH_PATH_WORDS = new Set([...HEALTH_WORDS, 'ping']);

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
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current) && functionIsHealthCheck(current)) {
      return true;
    }
    if ((current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) && classIsHealthCheck(current)) {
      return true;
    }
  }
  return fileIsHealthCheck(filename);
}

function functionIsHealthCheck(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): boolean {
  const parent = fn.parent;
  const name = declaredName(fn)?.name ?? (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property ? keyName(parent.key) : undefined);
  if (name !== undefined && hasWord(name, HEALTH_WORDS)) {
    return true;
  }

  // app.get('/health', (req, res) => ...), router.get('/_health', async (ctx) => ...)
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const path = stringValue(parent.arguments[0]);
    return path !== undefined && hasWord(path, HEALTH_PATH_WORDS);
  }

  // @Get('healthz') and @HealthCheck() on a NestJS controller method.
  return parent?.type === AST_NODE_TYPES.MethodDefinition && decoratorsNameHealthCheck(parent.decorators);
}

/** Returns whether a class is named after a health check (`HealthController`) or is a NestJS `@Controller('health')`. */
function classIsHealthCheck(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  return (node.id !== null && hasWord(node.id.name, HEALTH_WORDS)) || decoratorsNameHealthCheck(node.decorators);
}

function decoratorsNameHealthCheck(decorators: readonly TSESTree.Decorator[] | undefined): boolean {
  for (const decorator of decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST_NODE_TYPES.CallExpression) {
      continue;
    }
    const path = stringValue(expression.arguments[0]);
    if (calleeName(expression) === 'HealthCheck' || (path !== undefined && hasWord(path, HEALTH_PATH_WORDS))) {
      return true;
    }
  }
  return false;
}

/** Returns whether a file is named after a health check, or is a route file in a folder named after one. */
function fileIsHealthCheck(filename: string): boolean {
  const name = basename(filename, extname(filename));
  return hasWord(FOLDER_NAMED_FILES.has(name) ? basename(dirname(filename)) : name, HEALTH_WORDS);
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

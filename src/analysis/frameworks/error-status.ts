import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from '../node-types';
import { calleeName, declaredName, enclosingFunction, isFunction, memberName, unwrap } from '../ast';
import { readHeaders, findHeader } from '../headers';
import { childNodes } from '../identity';
import { resolveVariable } from '../imports';
import type { FileContext } from '../file-context';
import type { HeaderState, IneffectiveStatus, ResponseSite } from '../model';
import { inNextRouteHandler, inNonHttpHandler, inTryBlock, nextRouteResponseFor, servesHttp, takesRequest } from '../server-evidence';
import { resolveStatus } from '../status';
import type { AdapterContext } from '.';
import { reachesNestDefaultFilter } from './nest';

/**
 * Frameworks that turn a thrown error with a `status` into a 500 instead
 * (NestJS, Next.js route handlers, hapi): there the status never reaches the
 * client, which is a finding of its own, not a site.
 */
const IGNORING_MODULES = ['@nestjs/common', 'next/server', '@hapi/hapi', 'hapi'];

/**
 * An ordinary error given a status and then raised:
 * `const err = new Error('admins only'); err.statusCode = 401; throw err;`.
 * Express, Fastify, Koa and h3 send `err.status` / `err.statusCode`, and the
 * headers in `err.headers`.
 */
export function collectErrorStatusSites({ file, responses }: AdapterContext): ResponseSite[] {
  if (file.importsAny(IGNORING_MODULES)) {
    return [];
  }

  const sites: ResponseSite[] = [];
  for (const { assignment, variable } of raisedErrorStatuses(file)) {
    // A client, an SDK or a worker raises the same errors, and there no status goes out.
    if (!servesHttp(file) && !takesRequest(assignment) && !responses.responseAround(assignment)) {
      continue;
    }
    if (inNonHttpHandler(assignment)) {
      continue;
    }

    const status = resolveStatus(assignment.right, file);
    if (status.kind !== 'number') {
      continue;
    }

    let challenge = challengeOf(variable.references.map((reference) => reference.identifier as TSESTree.Identifier), file);
    if (challenge.kind === 'absent') {
      challenge = responses.raisedErrorChallenge(assignment);
    }

    sites.push({
      framework: 'http-errors',
      kind: 'throw',
      statusNode: assignment,
      status,
      scope: enclosingFunction(assignment) ?? file.program,
      body: { shape: { kind: 'text', node: assignment, addedByFramework: true }, encoding: 'text', reportNode: assignment },
      contentType: undefined,
      defaultContentType: 'text/html',
      wwwAuthenticate: challenge,
      thrown: true,
      inErrorHandler: false,
      fixTarget: undefined,
      anchor: assignment,
      hints: [],
    });
  }
  return sites;
}

/**
 * Finds the status writes of NestJS and Next.js route handlers that never reach the
 * client: both respond with 500 to a raised `Error` given a `status`, and
 * Next.js also to one given a `statusCode`. NestJS reads `statusCode` (with a
 * message) as the status, so that property is left alone there.
 */
export function collectIgnoredErrorStatuses(file: FileContext): IneffectiveStatus[] {
  const framework = file.importsAny(['next/server']) ? 'next' : file.importsAny(['@nestjs/common']) ? 'nest' : undefined;
  if (!framework) {
    return [];
  }
  const found: IneffectiveStatus[] = [];
  for (const { assignment, property } of raisedErrorStatuses(file)) {
    // A catch in the same function may send a response for the error itself.
    if ((framework === 'nest' && property !== 'status') || inTryBlock(assignment) || inNonHttpHandler(assignment)) {
      continue;
    }
    // A service's error may be converted by its caller, and a cron job's has no client, so only route handlers count.
    if (framework === 'next' ? !inNextRouteHandler(assignment) : !reachesNestDefaultFilter(file, assignment)) {
      continue;
    }
    const status = resolveStatus(assignment.right, file);
    if (status.kind === 'number' && status.value >= 400 && status.value <= 599) {
      const nativeForm = framework === 'next' ? nextRouteResponseFor(status.value) : `new HttpException(message, ${status.value})`;
      found.push({ form: 'status-property', node: assignment, status: status.value, property, framework, nativeForm });
    }
  }
  return found;
}

/**
 * Finds the assignments `err.status = 401` and `err.statusCode = 401` on a
 * variable that contains a `new …Error()` and that is thrown or passed to `next()`.
 */
function* raisedErrorStatuses(
  file: FileContext,
): Generator<{ assignment: TSESTree.AssignmentExpression; variable: Scope.Variable; property: 'status' | 'statusCode' }> {
  for (const assignment of file.assignments) {
    const target = unwrap(assignment.left);
    if (target.type !== AST_NODE_TYPES.MemberExpression) {
      continue;
    }
    const property = memberName(target);
    const object = unwrap(target.object);
    if ((property !== 'status' && property !== 'statusCode') || object.type !== AST_NODE_TYPES.Identifier) {
      continue;
    }

    const variable = resolveVariable(object, file.scopeOf(object));
    const definition = variable?.defs[0];
    const init = definition?.type === 'Variable' ? definition.node.init : undefined;
    if (!variable || !init || !isNewError(init)) {
      continue;
    }
    if (variable.references.some((reference) => isRaised(reference.identifier as TSESTree.Identifier, file))) {
      yield { assignment, variable, property };
    }
  }
}

function isNewError(node: TSESTree.Node): boolean {
  const expression = unwrap(node);
  if (expression.type !== AST_NODE_TYPES.NewExpression) {
    return false;
  }
  const name = calleeName(expression);
  return name !== undefined && name.endsWith('Error');
}

/** The callbacks that hand an error to the framework: Express's and Connect's `next`, Fastify's `done`. */
const ERROR_CALLBACKS = new Set(['next', 'done']);

/**
 * Tells whether a reference to the error throws it or passes it on (`next(err)`),
 * and no `catch` takes it first: one of the same function, or one around
 * every call of a helper that throws it.
 */
function isRaised(identifier: TSESTree.Identifier, file: AdapterContext['file']): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.ThrowStatement) {
    return !isCaughtInFunction(parent) && !isCaughtByEveryCaller(enclosingFunction(parent), file);
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(identifier)) {
    return false;
  }
  const callee = unwrap(parent.callee);
  return callee.type === AST_NODE_TYPES.Identifier && ERROR_CALLBACKS.has(callee.name);
}

/**
 * Tells whether a node lies in the block of a `try` whose `catch` keeps the error,
 * inside the same function. A `catch` that throws the caught error, passes
 * it to `next()`, `done()` or `reject()`, or reads its status passes it on.
 */
function isCaughtInFunction(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node.parent; current && !isFunction(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler && !passesErrorOn(current.handler)) {
      return true;
    }
    child = current;
  }
  return false;
}

/**
 * Tells whether a `catch` may pass the caught error on: `throw err`, `next(err)`,
 * `done(err)`, `reject(err)`, or a read of `err.status` or `err.statusCode`
 * that may send it. A `catch` without a parameter, or one that throws another
 * error, keeps it. A block larger than the check reads counts as keeping it,
 * so that the rule stays silent.
 */
function passesErrorOn(clause: TSESTree.CatchClause): boolean {
  const parameter = clause.param?.type === AST_NODE_TYPES.Identifier ? clause.param.name : undefined;
  if (parameter === undefined) {
    return false;
  }
  const isError = (node: TSESTree.Node | null | undefined) => node?.type === AST_NODE_TYPES.Identifier && node.name === parameter;
  const stack: TSESTree.Node[] = [clause.body];
  for (let visited = 0; stack.length > 0 && visited < MAX_CATCH_NODES; visited += 1) {
    const node = stack.pop();
    if (!node) {
      continue;
    }
    if (node.type === AST_NODE_TYPES.ThrowStatement && isError(unwrap(node.argument))) {
      return true;
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrap(node.callee);
      const passes = callee.type === AST_NODE_TYPES.Identifier && (ERROR_CALLBACKS.has(callee.name) || callee.name === 'reject');
      if (passes && node.arguments.some((argument) => isError(unwrap(argument)))) {
        return true;
      }
    }
    if (node.type === AST_NODE_TYPES.MemberExpression && isError(unwrap(node.object)) && ['status', 'statusCode'].includes(memberName(node) ?? '')) {
      return true;
    }
    stack.push(...childNodes(node));
  }
  return false;
}

/** How many nodes of a `catch` block the check reads. */
const MAX_CATCH_NODES = 200;

/** Tells whether a call is awaited before the `try` around it ends: `await helper()`, `await Promise.all([helper()])`. */
function isAwaited(call: TSESTree.Node): boolean {
  for (let current = call.parent; current && !isFunction(current) && current.type !== AST_NODE_TYPES.TryStatement; current = current.parent) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) {
      return true;
    }
  }
  return false;
}

/**
 * Tells whether a named helper is called only inside `try` blocks with a `catch`,
 * as in `try { await callUpstream() } catch { res.status(502)... }`, so that
 * its errors never reach the framework. A helper without calls in the file,
 * such as an exported one, may be called from anywhere.
 */
function isCaughtByEveryCaller(fn: ReturnType<typeof enclosingFunction>, file: AdapterContext['file']): boolean {
  const name = fn ? declaredName(fn) : undefined;
  if (!name) {
    return false;
  }
  const references = resolveVariable(name, file.scopeOf(name))?.references ?? [];
  let calls = 0;
  for (const reference of references) {
    const call = reference.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) {
      // Passed or exported, the helper may be called where no catch is.
      if (reference.identifier !== name) {
        return false;
      }
      continue;
    }
    // A `try` catches an async helper's rejection only when it awaits the call.
    if (!isCaughtInFunction(call) || (fn?.async === true && !isAwaited(call))) {
      return false;
    }
    calls += 1;
  }
  return calls > 0 && !isExported(name);
}

/** Tells whether a function's declaration is exported: `export function f()`, `export const f = ...`. */
function isExported(name: TSESTree.Identifier): boolean {
  for (let current: TSESTree.Node | undefined = name.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ExportNamedDeclaration || current.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      return true;
    }
    if (current.type === AST_NODE_TYPES.Program) {
      return false;
    }
  }
  return false;
}

/** Reads `err.headers = { ... }` and `err.headers['WWW-Authenticate'] = ...`. */
function challengeOf(references: TSESTree.Identifier[], file: AdapterContext['file']): HeaderState {
  for (const identifier of references) {
    const member = identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || memberName(member) !== 'headers') {
      continue;
    }
    const outer = member.parent;
    if (outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === member) {
      const headers = readHeaders(outer.right, file);
      const write = findHeader(headers, 'www-authenticate');
      if (write) {
        return { kind: 'set', value: write.value };
      }
      return headers.opaque ? { kind: 'unknown' } : { kind: 'absent' };
    }
    if (outer?.type === AST_NODE_TYPES.MemberExpression) {
      return { kind: 'unknown' };
    }
  }
  return { kind: 'absent' };
}

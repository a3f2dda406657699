import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../node-types';
import { calleeName, enclosingFunction, findProperty, memberName, propertyKey, rootIdentifier, unwrap } from '../ast';
import { collectHints } from '../body';
import type { FileContext } from '../file-context';
import { findHeader, readHeaders } from '../headers';
import { importOrigin } from '../imports';
import type { FixTarget, HeaderState, IneffectiveStatus, ResponseSite, Status } from '../model';
import { inNextRouteHandler, inNonHttpHandler, inTryBlock, nextRouteResponseFor } from '../server-evidence';
import { resolveStatus } from '../status';
import { ERROR_CLASS_NAMES } from '../../syntax/reason-phrases';
import type { ResponseObjectAdapter } from './express';
import { boomErrorFor } from './hapi';
import { SENSIBLE_HELPERS } from './response-object';

/** Text of which a file needs one for an http-errors or @fastify/sensible error. */
export const MARKERS = ['createError', 'HttpError', 'httpErrors', 'http-errors', 'Unauthorized', 'Forbidden'];

type Node = TSESTree.Node;
type Creation = TSESTree.CallExpression | TSESTree.NewExpression;

const MODULES = new Set(['http-errors']);

const DROPPED_BY_ERROR_HANDLER = "the error handler of this file sends its own response and does not copy the error's `headers`";
const DROPPED_WHERE = 'in that error handler from `err.headers`, for example with `res.set(err.headers ?? {})`';

/**
 * Frameworks that respond to an error that is not their own with 500, so that
 * an http-errors status never reaches the client, with the modules that mark their files.
 */
const FOREIGN_ERROR_FRAMEWORKS: readonly [framework: 'hapi' | 'next', modules: readonly string[]][] = [
  ['hapi', ['@hapi/hapi', 'hapi', '@hapi/boom']],
  ['next', ['next/server']],
];

/**
 * The http-errors adapter: `createError(401, msg, props)`,
 * `new createError.Unauthorized()` and `createError[401]`, when the error is
 * thrown, returned, or passed on (`next(createError(401))`). The challenge
 * comes from `props.headers`; in Express, a header already set on `res`
 * before `next(err)` is kept too.
 */
export function collectHttpErrorSites(file: FileContext, responses: ResponseObjectAdapter): ResponseSite[] {
  // NOTE: NestJS's exception filter sends an http-errors error with its status (it reads `statusCode`), but
  // in a JSON body of its own and without the error's headers. This adapter does not read that yet.
  if (foreignFramework(file) || file.importsAny(['@nestjs/common'])) {
    return [];
  }
  const sites: ResponseSite[] = collectSensibleErrorSites(file, responses);
  if (!file.importsAny([...MODULES])) {
    return sites;
  }
  for (const node of [...file.calls, ...file.news]) {
    const site = siteOf(node, file, responses);
    if (site) {
      sites.push(site);
    }
  }
  return sites;
}

/**
 * Returns the http-errors errors thrown in a hapi or Next.js file,
 * where the framework responds to them with 500 whatever their status.
 */
export function collectForeignErrors(file: FileContext): IneffectiveStatus[] {
  const framework = foreignFramework(file);
  if (!framework || !file.importsAny([...MODULES])) {
    return [];
  }
  // An onPreResponse extension can turn any error into a response with its status. The file that creates the server
  // or a plugin it registers may add one, so a hapi file counts only when it creates the server and adds neither.
  if (framework === 'hapi' && (!createsHapiServer(file) || file.callsNamed(['register']).length > 0 || file.callsNamed(['ext']).some((call) => file.text(call).includes('onPreResponse')))) {
    return [];
  }
  const found: IneffectiveStatus[] = [];
  for (const node of [...file.calls, ...file.news]) {
    const callee = unwrap(node.callee);
    const root = rootIdentifier(callee);
    if (!root || (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression)) {
      continue;
    }
    const origin = importOrigin(root, file.scopeOf(root));
    // hapi also sends 500 for a returned error. Next.js reads only a throw that leaves the route handler itself.
    const raised = isThrown(node) || (framework === 'hapi' && isReturnedFromHandler(node));
    if (!origin || !MODULES.has(origin.source) || !raised || inTryBlock(node) || inNonHttpHandler(node)) {
      continue;
    }
    if (framework === 'next' && !inNextRouteHandler(node)) {
      continue;
    }
    const status = statusOf(node, callee, origin.imported, file);
    if (status.kind === 'number' && status.value >= 400 && status.value <= 599) {
      const nativeForm = framework === 'hapi' ? boomErrorFor(status.value) : nextRouteResponseFor(status.value);
      found.push({ form: 'foreign-error', node, status: status.value, framework, nativeForm });
    }
  }
  return found;
}

/** Tells whether a file creates a hapi server: `Hapi.server()`, `server()` from @hapi/hapi, or `new Hapi.Server()`. */
function createsHapiServer(file: FileContext): boolean {
  if (!file.importsAny(['@hapi/hapi', 'hapi'])) {
    return false;
  }
  return file.callsNamed(['server']).length > 0 || file.news.some((node) => calleeName(node) === 'Server');
}

function foreignFramework(file: FileContext): 'hapi' | 'next' | undefined {
  return FOREIGN_ERROR_FRAMEWORKS.find(([, modules]) => file.importsAny(modules))?.[0];
}

/** Tells whether an error is thrown where it is created: `throw createError(401)`, `throw new Unauthorized()`. */
function isThrown(node: Node): boolean {
  return outermostCast(node).parent?.type === AST_NODE_TYPES.ThrowStatement;
}

/**
 * Tells whether a hapi route handler returns an error where it is created:
 * `handler: () => createError(404)`, or `return createError(404)` in it. A
 * helper's returned error may be converted by its caller.
 */
function isReturnedFromHandler(node: Node): boolean {
  const current = outermostCast(node);
  const parent = current.parent;
  const returned = parent?.type === AST_NODE_TYPES.ReturnStatement || (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current);
  const property = enclosingFunction(node)?.parent;
  return returned && property?.type === AST_NODE_TYPES.Property && propertyKey(property) === 'handler';
}

function outermostCast(node: Node): Node {
  let current: Node = node;
  while (current.parent && (current.parent.type === AST_NODE_TYPES.TSAsExpression || current.parent.type === AST_NODE_TYPES.TSNonNullExpression)) {
    current = current.parent;
  }
  return current;
}

function siteOf(node: Creation, file: FileContext, responses: ResponseObjectAdapter): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  const root = rootIdentifier(callee);
  if (!root || (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression)) {
    return undefined;
  }
  const origin = importOrigin(root, file.scopeOf(root));
  if (!origin || !MODULES.has(origin.source)) {
    return undefined;
  }
  if (!isRaised(node) || inNonHttpHandler(node)) {
    return undefined;
  }

  const status = statusOf(node, callee, origin.imported, file);
  if (status.kind === 'unknown') {
    return undefined;
  }

  const props = node.arguments.map((argument) => unwrap(argument)).find((argument) => argument.type === AST_NODE_TYPES.ObjectExpression);
  const propsVariable = node.arguments.some((argument) => {
    const value = unwrap(argument);
    return value.type === AST_NODE_TYPES.Identifier && resolveStatus(value, file).kind === 'unknown';
  });
  let challenge = challengeOf(props as TSESTree.ObjectExpression | undefined, propsVariable, file);
  const dropping = responses.errorHandlerDroppingHeaders();
  if (dropping && challenge.kind === 'set' && challenge.value.node) {
    // A handler that writes a challenge of its own may still send one.
    challenge = responses.errorHandlerMayWriteChallenge()
      ? { kind: 'unknown' }
      : { kind: 'dropped', node: challenge.value.node, reason: DROPPED_BY_ERROR_HANDLER, where: DROPPED_WHERE };
  }
  if (challenge.kind === 'absent') {
    challenge = responses.raisedErrorChallenge(node);
  }

  const messages = node.arguments.filter((argument) => {
    const value = unwrap(argument);
    return value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.TemplateLiteral;
  });
  return {
    framework: 'http-errors',
    kind: 'throw',
    statusNode: node,
    status,
    scope: enclosingFunction(node) ?? file.program,
    body: { shape: { kind: 'text', node, addedByFramework: true }, encoding: 'text', reportNode: node },
    contentType: undefined,
    defaultContentType: 'text/html',
    wwwAuthenticate: challenge,
    thrown: true,
    inErrorHandler: false,
    fixTarget: fixTargetOf(node, callee, origin.imported, responses),
    anchor: node,
    hints: collectHints(messages),
  };
}

/**
 * Only the factory takes props (`createError(401, msg, { headers })`); the
 * error classes (`new Unauthorized(message)`) take a message alone. Express
 * keeps a header set on `res` before `next(err)`, so a class error passed to
 * `next` gets the header as a statement before it instead.
 */
function fixTargetOf(node: Creation, callee: Node, imported: string, responses: ResponseObjectAdapter): FixTarget | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier && (imported === 'default' || imported === '*')) {
    // Headers in the props would not reach the client through an error handler that drops them.
    return responses.errorHandlerDroppingHeaders() ? undefined : { form: 'error-props', call: node };
  }
  const response = responses.responseAround(node);
  const call = node.parent;
  const statement = call?.parent;
  const isNextCall =
    call?.type === AST_NODE_TYPES.CallExpression &&
    response?.nextParameter !== undefined &&
    unwrap(call.callee).type === AST_NODE_TYPES.Identifier &&
    (unwrap(call.callee) as TSESTree.Identifier).name === response.nextParameter.name;
  const inBlock =
    (statement?.type === AST_NODE_TYPES.ExpressionStatement || statement?.type === AST_NODE_TYPES.ReturnStatement) &&
    (statement.parent?.type === AST_NODE_TYPES.BlockStatement || statement.parent?.type === AST_NODE_TYPES.SwitchCase);
  if (!response || response.framework !== 'express' || !isNextCall || !inBlock) {
    return undefined;
  }
  return { form: 'statement', statement, receiverText: response.variable.name, headerMethod: 'set' };
}

/** Whether an error is thrown, returned, or passed to a callback (`next(err)`, `reject(err)`). */
function isRaised(node: Node): boolean {
  let current: Node = node;
  while (current.parent && (current.parent.type === AST_NODE_TYPES.AwaitExpression || current.parent.type === AST_NODE_TYPES.TSAsExpression)) {
    current = current.parent;
  }
  const parent = current.parent;
  if (!parent) {
    return false;
  }
  if (parent.type === AST_NODE_TYPES.ThrowStatement || parent.type === AST_NODE_TYPES.ReturnStatement) {
    return true;
  }
  if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current) {
    return true;
  }
  return (
    parent.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.includes(current as TSESTree.Expression) &&
    unwrap(parent.callee).type === AST_NODE_TYPES.Identifier
  );
}

function statusOf(node: Creation, callee: Node, imported: string, file: FileContext): Status {
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(callee);
    if (name === undefined) {
      return { kind: 'unknown' };
    }
    const numeric = Number(name);
    if (Number.isInteger(numeric) && numeric >= 400 && numeric <= 599) {
      return { kind: 'number', value: numeric };
    }
    const status = ERROR_CLASS_NAMES.get(name);
    return status === undefined ? { kind: 'unknown' } : { kind: 'number', value: status };
  }

  if (imported !== 'default' && imported !== '*') {
    const status = ERROR_CLASS_NAMES.get(imported);
    return status === undefined ? { kind: 'unknown' } : { kind: 'number', value: status };
  }
  for (const argument of node.arguments) {
    const status = resolveStatus(argument, file);
    if (status.kind === 'number') {
      return status;
    }
  }
  return { kind: 'unknown' };
}

function challengeOf(props: TSESTree.ObjectExpression | undefined, hasVariableArgument: boolean, file: FileContext): HeaderState {
  if (!props) {
    return hasVariableArgument ? { kind: 'unknown' } : { kind: 'absent' };
  }
  const headersProperty = findProperty(props, 'headers');
  if (!headersProperty) {
    return props.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement) ? { kind: 'unknown' } : { kind: 'absent' };
  }
  const headers = readHeaders(headersProperty.value, file);
  const write = findHeader(headers, 'www-authenticate');
  if (write) {
    return { kind: 'set', value: write.value };
  }
  return headers.opaque ? { kind: 'unknown' } : { kind: 'absent' };
}

/**
 * @fastify/sensible's `fastify.httpErrors.forbidden()` (and `reply.httpErrors`,
 * `request.server.httpErrors`): http-errors under another name, raised like
 * any other error.
 */
function collectSensibleErrorSites(file: FileContext, responses: ResponseObjectAdapter): ResponseSite[] {
  const sites: ResponseSite[] = [];
  for (const call of file.callsNamed(SENSIBLE_HELPERS.keys())) {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      continue;
    }
    const helper = memberName(callee);
    const holder = unwrap(callee.object);
    if (helper === undefined || holder.type !== AST_NODE_TYPES.MemberExpression || memberName(holder) !== 'httpErrors' || !isRaised(call)) {
      continue;
    }
    const status = SENSIBLE_HELPERS.get(helper);
    if (status === undefined) {
      continue;
    }
    sites.push({
      framework: 'fastify',
      kind: 'throw',
      statusNode: call,
      status: { kind: 'number', value: status },
      scope: enclosingFunction(call) ?? file.program,
      body: { shape: { kind: 'unknown' }, encoding: 'json', reportNode: call },
      contentType: undefined,
      defaultContentType: 'application/json',
      wwwAuthenticate: responses.raisedErrorChallenge(call),
      thrown: true,
      inErrorHandler: false,
      fixTarget: undefined,
      anchor: call,
      hints: collectHints(call.arguments),
    });
  }
  return sites;
}

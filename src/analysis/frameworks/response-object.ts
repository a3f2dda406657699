import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { calleeName, enclosingFunction, enclosingStatement, memberName, parameterIdentifier, rootIdentifier, unwrap } from '../ast';
import type { FileContext } from '../file-context';
import { resolveVariable } from '../imports';
import type { Framework, Status } from '../model';
import { resolveStatus } from '../status';

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
  framework: Framework;
  handler: FunctionNode;
  /** The caught error of an error-handling middleware `(err, req, res, next)`. */
  errorParameter: Scope.Variable | undefined;
  /** The `next` callback of Express middleware. */
  nextParameter: Scope.Variable | undefined;
}

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

const HTTP_MODULES = ['express', 'http', 'node:http', 'https', 'node:https', 'http2', 'node:http2', 'next', 'connect', 'router'];
const NODE_MODULES = ['http', 'node:http', 'https', 'node:https'];

/** Parameter type names that mark a response object in TypeScript. */
const RESPONSE_TYPES = new Map<string, Framework>([
  ['Response', 'express'],
  ['NextApiResponse', 'express'],
  ['ServerResponse', 'node-http'],
]);

/** Methods that set the status, by name. */
export const STATUS_METHODS = new Set(['status', 'sendStatus', 'writeHead']);
/** Methods that write a header (name, value), or several from an object. */
export const HEADER_METHODS = new Set(['set', 'header', 'setHeader', 'append', 'appendHeader']);
/** Methods that set the content type from their argument. */
export const TYPE_METHODS = new Set(['type', 'contentType']);
/** Methods that send the response. */
export const SEND_METHODS = new Set(['json', 'jsonp', 'send', 'end', 'sendStatus', 'render', 'sendFile', 'download', 'redirect']);

/** Finds the response objects of a file: the response parameter of each handler, by evidence. */
export function findResponseObjects(file: FileContext): Map<Scope.Variable, ResponseObject> {
  const found = new Map<Scope.Variable, ResponseObject>();
  const fileIsHttp = file.importsAny(HTTP_MODULES) || hasRouteRegistration(file);
  const fileIsNode = file.importsAny(NODE_MODULES) && !file.modules.has('express');

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
    found.set(variable, {
      variable,
      framework: role.framework ?? (fileIsNode ? 'node-http' : 'express'),
      handler: fn,
      errorParameter: errorParam ? resolveVariable(errorParam, file.scopeOf(fn)) : undefined,
      nextParameter: nextParam ? resolveVariable(nextParam, file.scopeOf(fn)) : undefined,
    });
  }

  addUnmistakableChains(file, found);
  return found;
}

interface HandlerRole {
  responseIndex: number;
  errorHandler: boolean;
  framework: Framework | undefined;
}

function handlerRole(fn: FunctionNode, fileIsHttp: boolean): HandlerRole | undefined {
  const params = fn.params;
  if (params.length < 2) {
    return undefined;
  }
  const errorHandler = params.length === 4;
  const responseIndex = errorHandler ? 2 : 1;

  // Typed parameters: (req: Request, res: Response)
  const typeName = parameterTypeName(params[responseIndex]);
  if (typeName !== undefined && RESPONSE_TYPES.has(typeName)) {
    return { responseIndex, errorHandler, framework: RESPONSE_TYPES.get(typeName) };
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
    if (name !== undefined && ROUTE_METHODS.has(name) && params.length <= 4) {
      return { responseIndex, errorHandler, framework: undefined };
    }
  }

  // Named signature in a file that serves HTTP: (req, res, next), (err, req, res, next)
  if (!fileIsHttp) {
    return undefined;
  }
  const requestName = parameterIdentifier(params[responseIndex - 1])?.name;
  const responseName = parameterIdentifier(params[responseIndex])?.name;
  if (requestName !== undefined && responseName !== undefined && /^req(uest)?$/.test(requestName) && /^res(ponse)?$/.test(responseName)) {
    return { responseIndex, errorHandler, framework: undefined };
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
  return file.calls.some((call) => {
    const name = calleeName(call);
    return (
      name !== undefined &&
      ROUTE_METHODS.has(name) &&
      call.callee.type === AST_NODE_TYPES.MemberExpression &&
      call.arguments.some((argument) => argument.type === AST_NODE_TYPES.ArrowFunctionExpression || argument.type === AST_NODE_TYPES.FunctionExpression)
    );
  });
}

/**
 * `x.status(401).json(...)` names a response object even without other
 * evidence: no other common API chains a numeric status into a send.
 */
function addUnmistakableChains(file: FileContext, found: Map<Scope.Variable, ResponseObject>): void {
  for (const call of file.calls) {
    const name = calleeName(call);
    if (name === undefined || !SEND_METHODS.has(name) || name === 'sendStatus') {
      continue;
    }
    const inner = calleeObjectCall(call);
    if (!inner || calleeName(inner) !== 'status' || inner.arguments.length !== 1) {
      continue;
    }
    const status = unwrap(inner.arguments[0] as Node);
    if (status.type !== AST_NODE_TYPES.Literal || typeof status.value !== 'number') {
      continue;
    }
    const root = unwrap((inner.callee as TSESTree.MemberExpression).object);
    if (root.type !== AST_NODE_TYPES.Identifier) {
      continue;
    }
    const variable = resolveVariable(root, file.scopeOf(root));
    const handler = enclosingFunction(call);
    if (!variable || !handler || found.has(variable)) {
      continue;
    }
    found.set(variable, { variable, framework: 'express', handler, errorParameter: undefined, nextParameter: undefined });
  }
}

function calleeObjectCall(call: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.CallExpression ? object : undefined;
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

/** Splits an outermost call into its chain of method calls, innermost first, with the root identifier. */
export function unwindChain(call: TSESTree.CallExpression): { root: Node; calls: ChainCall[] } {
  const calls: ChainCall[] = [];
  let current: Node = call;
  for (;;) {
    const expression = unwrap(current);
    if (expression.type !== AST_NODE_TYPES.CallExpression) {
      return { root: expression, calls: calls.reverse() };
    }
    const callee = unwrap(expression.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      return { root: expression, calls: calls.reverse() };
    }
    const name = memberName(callee);
    if (name === undefined) {
      return { root: expression, calls: calls.reverse() };
    }
    calls.push({ name, call: expression });
    current = callee.object;
  }
}

/** Whether a call is the outermost of its chain (not the object of a further member call). */
export function isOutermostCall(call: TSESTree.CallExpression): boolean {
  let node: Node = call;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.ChainExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression || node.parent.type === AST_NODE_TYPES.TSAsExpression)) {
    node = node.parent;
  }
  const parent = node.parent;
  return !(parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent);
}

/**
 * Resolves the status of an error-handling middleware: `err.status || 500`
 * and `err.statusCode` read the status from the caught error.
 */
export function resolveHandlerStatus(node: Node | undefined, response: ResponseObject, file: FileContext): Status {
  if (!node) {
    return { kind: 'unknown' };
  }
  const status = resolveStatus(node, file.scopeOf(node));
  if (status.kind !== 'unknown' || !response.errorParameter) {
    return status;
  }
  return readsCaughtStatus(node, response.errorParameter, file) ? { kind: 'caught-error' } : status;
}

function readsCaughtStatus(node: Node, errorParameter: Scope.Variable, file: FileContext): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    return readsCaughtStatus(expression.left, errorParameter, file) || readsCaughtStatus(expression.right, errorParameter, file);
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

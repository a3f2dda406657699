import { insertAfterExpression } from '../../fixes/edits';
import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from '../node-types';
import {
  enclosingFunction,
  enclosingStatement,
  findProperty,
  isFunction,
  memberName,
  outermost,
  parameterIdentifier,
  rootIdentifier,
  unwrap,
} from '../ast';
import { collectHints, shapeOf } from '../body';
import { alwaysExits, branchRelation, isBranch } from '../conditions';
import type { FileContext } from '../file-context';
import { PROBLEM_JSON, headerValue, mediaType, readHeaders, staticString } from '../headers';
import type { HeaderWrite } from '../headers';
import { childNodes } from '../identity';
import { importOrigin, resolveVariable } from '../imports';
import type { AdapterFixes, Body, HeaderState, ResponseSite, Status } from '../model';
import { resolveStatus } from '../status';
import { addProperty, quote } from '../../fixes/edits';

/** Text of which a Koa file needs one for a site, besides a status write. */
export const MARKERS = ['.throw(', '.assert('];

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

// ---------------------------------------------------------------------------
// Framework knowledge (Koa 2 and 3, @koa/router, koa-router)
// ---------------------------------------------------------------------------

/** Modules whose import marks a file as a Koa app: koa itself, and packages named `koa-*` or `@koa/*`. */
const KOA_MODULES = new Set(['koa']);
const KOA_MODULE_PREFIXES = ['koa-', '@koa/'];

/** Type names of the context in koa, @koa/router, koa-router and their type packages. */
const CONTEXT_TYPES = new Set([
  'Context',
  'ParameterizedContext',
  'DefaultContext',
  'ExtendableContext',
  'BaseContext',
  'RouterContext',
  'RouterParameterContext',
  'RouterParamContext',
  'IRouterContext',
  'IRouterParamContext',
]);

/** Type names of a middleware function (`const auth: Koa.Middleware = async (ctx, next) => ...`). */
const MIDDLEWARE_TYPES = new Set(['Middleware', 'RouterMiddleware', 'RouterComposedMiddleware', 'IMiddleware']);

/** Methods of a Koa app or router that take middleware whose first parameter is the context. */
const REGISTRATION_METHODS = new Set(['use', 'get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);

/** The context member that is the response object: `ctx.response.status = 401` is `ctx.status = 401`. */
const RESPONSE_MEMBER = 'response';

/** Context members that set the response when assigned, by what they set. */
const ASSIGNED_MEMBERS = new Map<string, AssignOperation['kind']>([
  ['status', 'status'],
  ['body', 'body'],
  ['type', 'type'],
]);

/** Context methods that write a header: `(name, value)`, or several from an object. */
const HEADER_METHODS = new Set(['set', 'append']);
/** Context methods that remove a header by name. */
const REMOVE_METHODS = new Set(['remove']);
/** The context method that throws an http-errors error: `ctx.throw(status, message, props)`, arguments in any order. */
const THROW_METHOD = 'throw';
/** The context member that is http-assert: `ctx.assert(value, status, message, props)` and `ctx.assert.<name>(...)`. */
const ASSERT_MEMBER = 'assert';

/** The test of an http-assert call, which throws when the test is false; `opaque` and `never` give no usable condition. */
type AssertedTest = 'value' | '==' | '!=' | '===' | '!==' | 'opaque' | 'never';

/**
 * http-assert's functions, as `ctx.assert(...)` (key `''`) and
 * `ctx.assert.<name>(...)`: where the status argument is, and what the
 * assertion tests. Message and props follow the status.
 */
const ASSERTIONS: ReadonlyMap<string, { statusIndex: number; test: AssertedTest }> = new Map([
  ['', { statusIndex: 1, test: 'value' }],
  ['ok', { statusIndex: 1, test: 'value' }],
  ['equal', { statusIndex: 2, test: '==' }],
  ['notEqual', { statusIndex: 2, test: '!=' }],
  ['strictEqual', { statusIndex: 2, test: '===' }],
  ['notStrictEqual', { statusIndex: 2, test: '!==' }],
  ['deepEqual', { statusIndex: 2, test: 'opaque' }],
  ['notDeepEqual', { statusIndex: 2, test: 'opaque' }],
  ['fail', { statusIndex: 0, test: 'never' }],
]);

/**
 * Media types of the short names that `ctx.type = 'x'` accepts. Koa looks a
 * value without a slash up as a file extension and removes the Content-Type
 * when it finds none, so an unknown short name leaves the type unknown here.
 */
const SHORT_TYPES = new Map([
  ['json', 'application/json'],
  ['html', 'text/html'],
  ['htm', 'text/html'],
  ['text', 'text/plain'],
  ['txt', 'text/plain'],
  ['xml', 'application/xml'],
  ['bin', 'application/octet-stream'],
]);

/**
 * Calls that receive the context only to report on it: `ctx.app.emit('error',
 * err, ctx)` in error middleware, and loggers. Passing the context to them is
 * not taken as a write the analysis cannot see.
 */
const NOTIFYING_METHODS = new Set(['emit', 'log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal']);

/** Members of a caught error that carry its status. */
const ERROR_STATUS_MEMBERS = new Set(['status', 'statusCode']);

const WWW_AUTHENTICATE = 'www-authenticate';
const CONTENT_TYPE = 'content-type';

const DROPPED_REASON =
  "Koa's default error handler removes every header set on the context before a throw, and sends only the headers in the error's `headers` property, as in `ctx.throw(401, message, { headers })`";

// ---------------------------------------------------------------------------
// The model of one file's Koa code
// ---------------------------------------------------------------------------

/** A context parameter of Koa middleware, with what the code does to it, in source order. */
interface KoaContext {
  variable: Scope.Variable;
  handler: FunctionNode;
  /** The `next` parameter of middleware, when it has one. */
  next: Scope.Variable | undefined;
  operations: Operation[];
}

/** An assignment of `status`, `body` or `type` on the context or on `ctx.response`. */
interface AssignOperation {
  kind: 'status' | 'body' | 'type';
  node: TSESTree.AssignmentExpression;
  /** `ctx` or `ctx.response`: what fixes write on. */
  receiver: Node;
}

/** `ctx.set(...)`, `ctx.append(...)` or `ctx.remove(name)`. */
interface HeaderOperation {
  kind: 'header';
  node: TSESTree.CallExpression;
  writes: HeaderWrite[];
  /** The lower-case names of removed headers. */
  removes: string[];
  /** Whether some written or removed header names are not static. */
  opaque: boolean;
}

/** `ctx.throw(...)`, `ctx.assert(...)` or `ctx.assert.<name>(...)`. */
interface ThrowOperation {
  kind: 'throw';
  node: TSESTree.CallExpression;
  /** The http-assert function (`''` for `ctx.assert` itself), or undefined for `ctx.throw`. */
  assertion: string | undefined;
}

/** The context passed to a function, which may write anything on it. */
interface OpaqueOperation {
  kind: 'opaque';
  node: TSESTree.CallExpression;
}

type Operation = AssignOperation | HeaderOperation | ThrowOperation | OpaqueOperation;

/** An operation as it takes part in a response: surely on the path, or only possibly. */
interface Step {
  operation: Operation;
  certain: boolean;
}

/** Middleware that catches what `await next()` throws and writes the response itself. */
interface ErrorMiddleware {
  clause: TSESTree.CatchClause;
  /** Whether the catch writes a challenge, or headers whose names it cannot see (`ctx.set(err.headers)`). */
  mayWriteChallenge: boolean;
}

/** The status, props and message arguments of a throw or an assertion. */
interface ThrowArguments {
  status: Status;
  statusNode: Node | undefined;
  props: TSESTree.ObjectExpression | undefined;
  /** Whether an argument may be an error or props the analysis cannot see. */
  opaque: boolean;
  messages: Node[];
}

/**
 * The Koa adapter. It finds the context parameter of each middleware by
 * evidence, lists what the code does to each context in source order, and
 * turns every error status into a response site:
 *
 * - `ctx.status = n` (or `ctx.response.status = n`), with the body, content
 *   type and headers written on the same path, before it or after it up to
 *   the end of the middleware. With no body, Koa sends the reason phrase as
 *   text/plain. A status followed by a throw is not a site, because Koa sends
 *   the thrown error's status, or 500.
 * - `ctx.throw(n, message, props)` and `ctx.assert(value, n, message, props)`,
 *   whose challenge comes only from `props.headers`, because Koa's default
 *   error handler removes the headers set on the context before the throw.
 *
 * Koa 2 replaces a content type set before `ctx.body = object` with
 * application/json, while Koa 3 keeps one that contains "json". A rule cannot
 * see which major a project uses, so such a type counts as set (the Koa 3
 * behaviour): the rules stay silent rather than report what may be right.
 * The content-type fix inserts `ctx.type` after the body, which works on both.
 */
export function collectKoaSites(file: FileContext): ResponseSite[] {
  const contexts = findContexts(file);
  if (contexts.length === 0) {
    return [];
  }
  return new KoaSiteBuilder(file, contexts).build();
}

// ---------------------------------------------------------------------------
// Recognition: which functions are Koa middleware
// ---------------------------------------------------------------------------

function isKoaModule(source: string): boolean {
  return KOA_MODULES.has(source) || KOA_MODULE_PREFIXES.some((prefix) => source.startsWith(prefix));
}

/**
 * Tells whether the file has the syntax of a use that only Koa's context has:
 * `x.throw(...)`, `x.assert(...)` or `x.status = n`. Without one, a file that
 * does not import Koa has no middleware. Reads the gathered calls and
 * assignments, not the text, so a comment does not count.
 */
function hasKoaOnlySyntax(file: FileContext): boolean {
  const isMethodCall = (call: TSESTree.CallExpression) => unwrap(call.callee).type === AST_NODE_TYPES.MemberExpression;
  if (file.callsNamed([THROW_METHOD, ASSERT_MEMBER]).some(isMethodCall)) {
    return true;
  }
  return file.assignments.some((assignment) => {
    const target = unwrap(assignment.left);
    return assignment.operator === '=' && target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'status';
  });
}

function findContexts(file: FileContext): KoaContext[] {
  const fileIsKoa = [...file.modules].some(isKoaModule);
  const contexts: KoaContext[] = [];
  if (!fileIsKoa && !hasKoaOnlySyntax(file)) {
    return contexts;
  }

  for (const fn of file.functions) {
    const parameter = parameterIdentifier(fn.params[0]);
    if (!parameter) {
      continue;
    }
    const variable = resolveVariable(parameter, file.scopeOf(fn));
    if (!variable || !isKoaMiddleware(fn, parameter, variable, fileIsKoa, file)) {
      continue;
    }

    const operations: Operation[] = [];
    for (const reference of variable.references) {
      const operation = operationAt(reference.identifier as TSESTree.Identifier, file);
      if (operation) {
        operations.push(operation);
      }
    }
    operations.sort((a, b) => a.node.range[0] - b.node.range[0]);

    const nextParameter = parameterIdentifier(fn.params[1]);
    contexts.push({
      variable,
      handler: fn,
      next: nextParameter ? resolveVariable(nextParameter, file.scopeOf(fn)) : undefined,
      operations,
    });
  }
  return contexts;
}

/**
 * Decides whether a function's first parameter is a Koa context, from
 * evidence: a Koa type on the parameter or on the function, a file that
 * imports Koa and either names the parameter `ctx` or registers the function
 * on an app or router, or a use that only Koa's context has (`ctx.throw(401)`,
 * `ctx.assert(x, 401)`, or `ctx.status = n` in `(ctx, next)` middleware that
 * calls `next`).
 */
function isKoaMiddleware(
  fn: FunctionNode,
  parameter: TSESTree.Identifier,
  variable: Scope.Variable,
  fileIsKoa: boolean,
  file: FileContext,
): boolean {
  if (hasKoaType(parameter.typeAnnotation?.typeAnnotation, CONTEXT_TYPES, file)) {
    return true;
  }
  const declarator = fn.parent;
  if (
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init === fn &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    hasKoaType(declarator.id.typeAnnotation?.typeAnnotation, MIDDLEWARE_TYPES, file)
  ) {
    return true;
  }
  if (fileIsKoa && (parameter.name === 'ctx' || isRegistered(fn))) {
    return true;
  }
  return hasKoaOnlyUse(fn, variable, file);
}

function hasKoaType(type: TSESTree.TypeNode | undefined, names: ReadonlySet<string>, file: FileContext): boolean {
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) {
    return false;
  }
  const typeName = type.typeName;
  if (typeName.type === AST_NODE_TYPES.Identifier) {
    return names.has(typeName.name) && isImportedFromKoa(typeName, file);
  }
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
    return names.has(typeName.right.name) && isImportedFromKoa(typeName.left, file);
  }
  return false;
}

function isImportedFromKoa(identifier: TSESTree.Identifier, file: FileContext): boolean {
  const origin = importOrigin(identifier, file.scopeOf(identifier));
  return origin !== undefined && isKoaModule(origin.source);
}

function isRegistered(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.Expression)) {
    return false;
  }
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const name = memberName(callee);
  return name !== undefined && REGISTRATION_METHODS.has(name);
}

function hasKoaOnlyUse(fn: FunctionNode, variable: Scope.Variable, file: FileContext): boolean {
  const awaitsNext = fn.params.length === 2 && awaitsParameter(fn.params[1], file);
  for (const reference of variable.references) {
    const operation = operationAt(reference.identifier as TSESTree.Identifier, file);
    if (operation?.kind === 'throw' && throwArguments(operation, file).status.kind === 'number') {
      return true;
    }
    if (awaitsNext && operation?.kind === 'status' && resolveStatus(operation.node.right, file).kind === 'number') {
      return true;
    }
  }
  return false;
}

/** Tells whether a parameter is called the way Koa's `next` is: `await next()` or `return next()`. */
function awaitsParameter(parameter: TSESTree.Parameter | undefined, file: FileContext): boolean {
  const identifier = parameterIdentifier(parameter);
  const variable = identifier ? resolveVariable(identifier, file.scopeOf(identifier)) : undefined;
  if (!variable) {
    return false;
  }
  return variable.references.some((reference) => {
    const callee = reference.identifier as TSESTree.Identifier;
    if (!isCallee(callee)) {
      return false;
    }
    const call = outermost(callee).parent;
    const user = call?.parent;
    return user?.type === AST_NODE_TYPES.AwaitExpression || user?.type === AST_NODE_TYPES.ReturnStatement;
  });
}

function isCallee(identifier: TSESTree.Identifier): boolean {
  const node = outermost(identifier);
  return node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node;
}

// ---------------------------------------------------------------------------
// Operations: what one use of the context does
// ---------------------------------------------------------------------------

/** Returns the member access whose object is `node` (`ctx.status` for `ctx`), skipping TypeScript wrappers. */
function memberOn(node: Node): TSESTree.MemberExpression | undefined {
  const outer = outermost(node);
  const parent = outer.parent;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer ? parent : undefined;
}

/** Returns the call whose callee is `member`, if any. */
function callOf(member: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  const outer = outermost(member);
  const parent = outer.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer ? parent : undefined;
}

/** Reads what one reference to the context does: an assignment, a header call, a throw, or passing it on. */
function operationAt(identifier: TSESTree.Identifier, file: FileContext): Operation | undefined {
  const context = outermost(identifier);
  let receiver: Node = context;
  let member = memberOn(identifier);
  if (!member) {
    const parent = context.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(context as TSESTree.Expression) && !isNotifying(parent)) {
      return { kind: 'opaque', node: parent };
    }
    return undefined;
  }

  let name = memberName(member);
  if (name === RESPONSE_MEMBER) {
    receiver = outermost(member);
    const parent = receiver.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(receiver as TSESTree.Expression)) {
      return { kind: 'opaque', node: parent };
    }
    member = memberOn(member);
    name = member ? memberName(member) : undefined;
  }
  if (!member || name === undefined) {
    return undefined;
  }

  const outer = outermost(member);
  const assignment = outer.parent;
  if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === outer) {
    const kind = ASSIGNED_MEMBERS.get(name);
    return kind !== undefined && assignment.operator === '=' ? { kind, node: assignment, receiver } : undefined;
  }

  const call = callOf(member);
  if (call) {
    if (HEADER_METHODS.has(name) || REMOVE_METHODS.has(name)) {
      return headerOperation(call, REMOVE_METHODS.has(name), file);
    }
    if (name === THROW_METHOD && receiver === context) {
      return { kind: 'throw', node: call, assertion: undefined };
    }
    if (name === ASSERT_MEMBER && receiver === context) {
      return { kind: 'throw', node: call, assertion: '' };
    }
    return undefined;
  }

  // ctx.assert.equal(a, b, 401)
  const assertion = name === ASSERT_MEMBER && receiver === context ? memberOn(member) : undefined;
  const assertionName = assertion ? memberName(assertion) : undefined;
  const assertionCall = assertion ? callOf(assertion) : undefined;
  if (assertionCall && assertionName !== undefined && assertionName !== '' && ASSERTIONS.has(assertionName)) {
    return { kind: 'throw', node: assertionCall, assertion: assertionName };
  }
  return undefined;
}

function isNotifying(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  return name !== undefined && NOTIFYING_METHODS.has(name);
}

function headerOperation(call: TSESTree.CallExpression, removal: boolean, file: FileContext): HeaderOperation {
  const operation: HeaderOperation = { kind: 'header', node: call, writes: [], removes: [], opaque: false };
  const [nameArgument, valueArgument] = call.arguments;
  if (!nameArgument) {
    return operation;
  }

  if (removal) {
    const name = staticString(nameArgument, file);
    if (name === undefined) {
      operation.opaque = true;
    } else {
      operation.removes.push(name.toLowerCase());
    }
    return operation;
  }

  if (call.arguments.length === 1) {
    const headers = readHeaders(nameArgument, file);
    operation.writes.push(...headers.writes);
    operation.opaque = headers.opaque || headers.writes.some((write) => write.name === undefined);
    return operation;
  }
  const name = staticString(nameArgument, file);
  operation.writes.push({ name: name?.toLowerCase(), value: headerValue(valueArgument, file), node: call });
  operation.opaque = name === undefined;
  return operation;
}

/**
 * Reads the arguments of `ctx.throw(...)`, which http-errors takes in any
 * order (a number is the status, a string the message, an object literal
 * the props), or of an http-assert call, whose status sits at a fixed place.
 */
function throwArguments(operation: ThrowOperation, file: FileContext): ThrowArguments {
  const result: ThrowArguments = { status: { kind: 'unknown' }, statusNode: undefined, props: undefined, opaque: false, messages: [] };
  const call = operation.node;
  const assertion = operation.assertion === undefined ? undefined : ASSERTIONS.get(operation.assertion);

  if (assertion) {
    const statusArgument = call.arguments[assertion.statusIndex];
    if (statusArgument) {
      result.status = resolveStatus(statusArgument, file);
      result.statusNode = statusArgument;
    }
  }

  const rest = assertion ? call.arguments.slice(assertion.statusIndex + 1) : call.arguments;
  for (const argument of rest) {
    const value = unwrap(argument);
    if (value.type === AST_NODE_TYPES.SpreadElement) {
      result.opaque = true;
      continue;
    }
    if (!assertion && result.status.kind === 'unknown') {
      const status = resolveStatus(value, file);
      if (status.kind === 'number') {
        result.status = status;
        result.statusNode = argument;
        continue;
      }
    }
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      result.props = value;
    } else if (isMessage(value)) {
      result.messages.push(argument);
    } else {
      result.opaque = true;
    }
  }
  return result;
}

/** Tells whether an argument is a message: a string, or a member named like one (`err.message`). */
function isMessage(node: Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' || node.value === null;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    return true;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    return node.name === 'undefined';
  }
  return node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'message';
}

// ---------------------------------------------------------------------------
// Sites
// ---------------------------------------------------------------------------

class KoaSiteBuilder {
  private readonly errorMiddleware: ErrorMiddleware[];
  /** Contexts of middleware that write the challenge and call `next`, for the routes after them. */
  private readonly challengeMiddleware: Set<KoaContext>;
  /** Header writes already reported as dropped by an earlier throw. */
  private readonly droppedWrites = new Set<Node>();

  constructor(
    private readonly file: FileContext,
    private readonly contexts: readonly KoaContext[],
  ) {
    this.errorMiddleware = contexts.flatMap((context) => findErrorMiddleware(context));
    this.challengeMiddleware = new Set(contexts.filter((context) => isChallengeMiddleware(context)));
  }

  build(): ResponseSite[] {
    const sites: ResponseSite[] = [];
    for (const context of this.contexts) {
      for (const operation of context.operations) {
        const site =
          operation.kind === 'status'
            ? this.statusSite(context, operation)
            : operation.kind === 'throw'
              ? this.throwSite(context, operation)
              : undefined;
        if (site) {
          sites.push(site);
        }
      }
    }
    return sites;
  }

  // A status assignment ------------------------------------------------------

  private statusSite(context: KoaContext, operation: AssignOperation): ResponseSite | undefined {
    const status = statusOfAssignment(operation.node.right, this.file);
    if (status.kind === 'unknown') {
      return undefined;
    }
    const response = this.responseAround(context, operation);
    if (!response) {
      return undefined;
    }

    const { steps, complete } = response;
    const bodyStep = finalBody(steps, operation);
    if (bodyStep === 'ineffective') {
      return undefined;
    }
    const bodyOperation = bodyStep === 'unknown' ? undefined : bodyStep?.operation;
    const bodyUnknown = bodyStep === 'unknown' || (bodyStep === undefined && !complete);
    const body = this.bodyOf(operation, bodyOperation as AssignOperation | undefined, bodyUnknown);

    const contentType = body.shape.kind === 'text' && body.shape.addedByFramework ? undefined : this.contentTypeOf(steps, bodyOperation);
    const challenge = this.challengeOf(context, steps);
    const sourceCode = this.file.sourceCode;
    const bodyAssignment = bodyOperation as AssignOperation | undefined;

    const fixes: AdapterFixes = {
      addHeader: (fixer, name, value) => statementBefore(fixer, sourceCode, operation, `${sourceCode.getText(operation.receiver)}.set(${quote(name)}, ${quote(value)})`),
      setProblemContentType: (fixer) => (bodyAssignment ? problemTypeFixes(fixer, sourceCode, steps, bodyAssignment) : undefined),
      headerFixProven: true,
    };

    return {
      framework: 'koa',
      kind: 'assign',
      statusNode: operation.node,
      status,
      scope: enclosingFunction(operation.node) ?? this.file.program,
      body,
      contentType,
      defaultContentType: defaultContentTypeOf(body),
      wwwAuthenticate: challenge,
      thrown: false,
      inErrorHandler: status.kind === 'caught-error',
      fixTarget: { form: 'adapter', fixes },
      anchor: operation.node,
      hints: collectHints([bodyAssignment?.node.right]),
    };
  }

  /**
   * Lists the operations that shape the response of a status assignment:
   * those on its path before it, and those after it up to the end of the
   * middleware. Returns undefined when the response ends in a throw, or when
   * a later status replaces this one.
   */
  private responseAround(context: KoaContext, site: AssignOperation): { steps: Step[]; complete: boolean } | undefined {
    const steps: Step[] = [];
    const operations = context.operations;

    for (const operation of operations) {
      if (operation.node.range[1] > site.node.range[0]) {
        break;
      }
      const relation = branchRelation(operation.node, site.node, { exitingBlocks: true });
      if (relation !== 'exited') {
        steps.push({ operation, certain: relation === 'on-path' });
      }
    }
    steps.push({ operation: site, certain: true });

    const statement = enclosingStatement(site.node);
    if (!statement) {
      return { steps, complete: true };
    }
    let next = operations.findIndex((operation) => operation.node.range[0] > site.node.range[1]);
    if (next < 0) {
      next = operations.length;
    }

    // Set inside the visitor, which TypeScript's narrowing does not follow, hence the object.
    const result: { outcome: 'continue' | 'end' | 'throws' | 'replaced' } = { outcome: 'continue' };
    const flow = walkFollowing(statement, (following) => {
      const inside: Operation[] = [];
      while (next < operations.length && (operations[next] as Operation).node.range[0] < following.range[0]) {
        next += 1;
      }
      while (next < operations.length && (operations[next] as Operation).node.range[1] <= following.range[1]) {
        inside.push(operations[next] as Operation);
        next += 1;
      }

      if (following.type === AST_NODE_TYPES.ThrowStatement) {
        result.outcome = 'throws';
        return true;
      }
      const exits = following.type === AST_NODE_TYPES.ReturnStatement || alwaysExits(following);
      for (const operation of inside) {
        const certain = following.type !== AST_NODE_TYPES.IfStatement && runsWhenever(operation.node, following);
        if (certain && operation.kind === 'throw' && operation.assertion === undefined) {
          result.outcome = 'throws';
          return true;
        }
        if (certain && operation.kind === 'status') {
          result.outcome = 'replaced';
          return true;
        }
        steps.push({ operation, certain });
      }
      if (exits) {
        result.outcome = 'end';
        return true;
      }
      return false;
    });

    if (result.outcome === 'throws' || result.outcome === 'replaced') {
      return undefined;
    }
    return { steps, complete: result.outcome === 'end' || flow === 'end' };
  }

  private bodyOf(site: AssignOperation, body: AssignOperation | undefined, unknown: boolean): Body {
    if (unknown) {
      return { shape: { kind: 'unknown' }, encoding: 'none', reportNode: site.node };
    }
    if (!body) {
      // Koa sends the reason phrase as text/plain when no body is set.
      return { shape: { kind: 'text', node: site.node, addedByFramework: true }, encoding: 'text', reportNode: site.node };
    }
    const { shape, stringified } = shapeOf(body.node.right, this.file);
    const reportNode = body.node;
    if (stringified) {
      return { shape, encoding: 'json-string', reportNode };
    }
    switch (shape.kind) {
      case 'object':
      case 'array':
      case 'number':
        return { shape, encoding: 'json', reportNode };
      case 'text':
        return { shape, encoding: 'text', reportNode };
      default:
        return { shape, encoding: 'none', reportNode };
    }
  }

  /**
   * Replays the content-type writes in order. For a JSON body, Koa 3 keeps a
   * type set before the body only when it contains "json", and Koa 2 never
   * keeps one (see `collectKoaSites` for the choice between the two). A type
   * set after the body always counts.
   */
  private contentTypeOf(steps: readonly Step[], body: Operation | undefined): ResponseSite['contentType'] {
    let contentType: ResponseSite['contentType'];
    let uncertain = false;
    const jsonBody = body?.kind === 'body' && isJsonBody(body.node.right, this.file);

    for (const step of steps) {
      const operation = step.operation;
      if (operation === body && jsonBody && contentType?.value !== undefined && !contentType.value.includes('json')) {
        contentType = undefined;
      }
      const write = contentTypeWrite(operation, this.file);
      if (write === undefined) {
        continue;
      }
      if (!step.certain) {
        uncertain = true;
        continue;
      }
      contentType = write === 'removed' ? undefined : write;
    }

    if (uncertain && contentType?.value !== PROBLEM_JSON) {
      return { value: undefined, node: undefined };
    }
    return contentType;
  }

  private challengeOf(context: KoaContext, steps: readonly Step[]): HeaderState {
    let challenge: HeaderState = { kind: 'absent' };
    let opaque = false;

    for (const step of steps) {
      const operation = step.operation;
      if (operation.kind === 'opaque') {
        opaque = true;
        continue;
      }
      if (operation.kind !== 'header') {
        continue;
      }
      const write = operation.writes.find((entry) => entry.name === WWW_AUTHENTICATE);
      const touches = write !== undefined || operation.opaque || operation.removes.includes(WWW_AUTHENTICATE);
      if (!touches) {
        continue;
      }
      if (!step.certain || operation.opaque) {
        opaque = true;
        continue;
      }
      challenge = write ? { kind: 'set', value: write.value } : { kind: 'absent' };
    }

    if (challenge.kind === 'absent' && (opaque || this.hasChallengeMiddlewareBesides(context))) {
      return { kind: 'unknown' };
    }
    return challenge;
  }

  private hasChallengeMiddlewareBesides(context: KoaContext): boolean {
    for (const middleware of this.challengeMiddleware) {
      if (middleware !== context) {
        return true;
      }
    }
    return false;
  }

  // A throw or an assertion ----------------------------------------------------

  private throwSite(context: KoaContext, operation: ThrowOperation): ResponseSite | undefined {
    const args = throwArguments(operation, this.file);
    if (args.status.kind !== 'number' || !args.statusNode) {
      return undefined;
    }

    const call = operation.node;
    const handled = this.errorMiddleware.length > 0;
    const shaped = this.errorMiddleware.some((middleware) => !catchAlwaysRethrows(middleware.clause));
    const sourceCode = this.file.sourceCode;
    const fixes: AdapterFixes = {
      // A catching middleware in this file decides which headers go out, and it need not copy `err.headers`.
      addHeader: handled ? undefined : (fixer, name, value) => propsHeaderFixes(fixer, sourceCode, operation, args, name, value),
      headerFixProven: true,
    };

    return {
      framework: 'koa',
      kind: 'throw',
      statusNode: args.statusNode,
      status: args.status,
      scope: enclosingFunction(call) ?? this.file.program,
      // Koa's default error handler sends the message (or the reason phrase) as text/plain. Error middleware of
      // this file that does not always rethrow writes the body instead, and require-problem-details checks its response.
      body: shaped ? undefined : { shape: { kind: 'text', node: call, addedByFramework: true }, encoding: 'text', reportNode: call },
      contentType: undefined,
      defaultContentType: 'text/plain',
      wwwAuthenticate: this.thrownChallenge(context, operation, args),
      thrown: true,
      inErrorHandler: false,
      fixTarget: { form: 'adapter', fixes },
      anchor: failedAssertionAnchor(operation) ?? call,
      hints: collectHints(args.messages),
    };
  }

  private thrownChallenge(context: KoaContext, operation: ThrowOperation, args: ThrowArguments): HeaderState {
    const own = propsChallenge(args, this.file);
    if (own.kind !== 'absent') {
      return own;
    }

    const earlier = this.challengeWriteBefore(context, operation);
    if (this.errorMiddleware.length > 0) {
      // Middleware that catches the error keeps the headers set before the throw.
      if (this.errorMiddleware.some((middleware) => middleware.mayWriteChallenge) || this.challengeMiddleware.size > 0) {
        return { kind: 'unknown' };
      }
      return earlier ? { kind: 'set', value: earlier.value } : { kind: 'absent' };
    }

    // Each dropped write is reported once, at the first throw after it. Later throws lack the header like any other.
    if (earlier && !this.droppedWrites.has(earlier.node)) {
      this.droppedWrites.add(earlier.node);
      return { kind: 'dropped', node: earlier.node, reason: DROPPED_REASON };
    }
    return { kind: 'absent' };
  }

  /** Finds the last challenge written on the context before a throw, on a path that can reach it. */
  private challengeWriteBefore(context: KoaContext, operation: ThrowOperation): HeaderWrite | undefined {
    let found: HeaderWrite | undefined;
    for (const earlier of context.operations) {
      if (earlier.node.range[1] > operation.node.range[0]) {
        break;
      }
      if (earlier.kind !== 'header' || branchRelation(earlier.node, operation.node, { exitingBlocks: true }) === 'exited') {
        continue;
      }
      found = earlier.writes.find((write) => write.name === WWW_AUTHENTICATE) ?? found;
    }
    return found;
  }
}

/** Resolves the status of `ctx.status = x`: a number, or a status read from a caught error (`err.status || 500`). */
function statusOfAssignment(node: Node, file: FileContext): Status {
  const status = resolveStatus(node, file);
  if (status.kind !== 'unknown') {
    return status;
  }
  return readsCaughtStatus(node, file) ? { kind: 'caught-error' } : status;
}

function readsCaughtStatus(node: Node, file: FileContext): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    return readsCaughtStatus(expression.left, file) || readsCaughtStatus(expression.right, file);
  }
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    return readsCaughtStatus(expression.consequent, file) || readsCaughtStatus(expression.alternate, file);
  }
  if (expression.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const name = memberName(expression);
  const root = rootIdentifier(expression);
  if (name === undefined || !ERROR_STATUS_MEMBERS.has(name) || !root) {
    return false;
  }
  const definition = resolveVariable(root, file.scopeOf(root))?.defs[0];
  return definition?.type === 'CatchClause';
}

/**
 * Picks the body that goes out with a status: the last one assigned on the
 * path. A `null` or `undefined` body assigned after the status turns it into
 * 204, so the site does not send an error (`ineffective`). Returns `unknown` when a body
 * may be written where the analysis cannot tell whether it runs.
 */
function finalBody(steps: readonly Step[], site: AssignOperation): Step | 'unknown' | 'ineffective' | undefined {
  let body: Step | undefined;
  let uncertain = false;
  let afterSite = false;
  for (const step of steps) {
    const operation = step.operation;
    if (operation === site) {
      afterSite = true;
      continue;
    }
    if (operation.kind === 'opaque') {
      uncertain = true;
      continue;
    }
    if (operation.kind !== 'body') {
      continue;
    }
    if (!step.certain) {
      uncertain = true;
      continue;
    }
    if (afterSite && shapeOf(operation.node.right).shape.kind === 'empty') {
      return 'ineffective';
    }
    body = step;
    uncertain = false;
  }
  return uncertain ? 'unknown' : body;
}

function isJsonBody(node: Node, file: FileContext): boolean {
  const { shape, stringified } = shapeOf(node, file);
  return !stringified && (shape.kind === 'object' || shape.kind === 'array' || shape.kind === 'number');
}

function defaultContentTypeOf(body: Body): string | undefined {
  switch (body.encoding) {
    case 'json':
      return 'application/json';
    case 'text': {
      const node = body.shape.kind === 'text' ? body.shape.node : undefined;
      const text = node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' ? node.value : '';
      return /^\s*</.test(text) ? 'text/html' : 'text/plain';
    }
    case 'json-string':
      return 'text/plain';
    default:
      return undefined;
  }
}

/** Reads a content-type write: `ctx.type = x`, or a Content-Type header set or removed. */
function contentTypeWrite(operation: Operation, file: FileContext): NonNullable<ResponseSite['contentType']> | 'removed' | undefined {
  if (operation.kind === 'type') {
    const value = staticString(operation.node.right, file);
    return { value: koaMediaType(value), node: operation.node.right };
  }
  if (operation.kind !== 'header') {
    return undefined;
  }
  if (operation.removes.includes(CONTENT_TYPE)) {
    return 'removed';
  }
  const write = operation.writes.find((entry) => entry.name === CONTENT_TYPE);
  return write ? { value: mediaType(write.value.value, false), node: write.value.node } : undefined;
}

function koaMediaType(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (value.includes('/')) {
    return mediaType(value, false);
  }
  return SHORT_TYPES.get(value.trim().toLowerCase().replace(/^\./, ''));
}

function propsChallenge(args: ThrowArguments, file: FileContext): HeaderState {
  if (!args.props) {
    return args.opaque ? { kind: 'unknown' } : { kind: 'absent' };
  }
  const headersProperty = findProperty(args.props, 'headers');
  if (!headersProperty) {
    const hidden = args.opaque || args.props.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
    return hidden ? { kind: 'unknown' } : { kind: 'absent' };
  }
  const headers = readHeaders(headersProperty.value, file);
  const write = headers.writes.find((entry) => entry.name === WWW_AUTHENTICATE);
  if (write) {
    return { kind: 'set', value: write.value };
  }
  return headers.opaque || args.opaque ? { kind: 'unknown' } : { kind: 'absent' };
}

// ---------------------------------------------------------------------------
// Middleware around the routes
// ---------------------------------------------------------------------------

/** Finds the catch clauses of `try { await next() } catch (err) { ... }` that write the response. */
/**
 * Tells whether a catch block always passes the error on, so that it still
 * reaches Koa's default handler: a `throw`, `ctx.throw(err)` or
 * `return Promise.reject(err)` among its own statements. A rethrow under a
 * condition (`if (err.name !== 'ValidationError') throw err;`) may or may
 * not let `ctx.throw()` errors through, so it does not count.
 */
function catchAlwaysRethrows(clause: TSESTree.CatchClause): boolean {
  const error = clause.param?.type === AST_NODE_TYPES.Identifier ? clause.param.name : undefined;
  for (const statement of clause.body.body) {
    if (isRethrow(statement, error)) {
      return true;
    }
    // `if (err.expose) { ...; return; }` handles some errors before the rethrow.
    if (mayReturn(statement)) {
      return false;
    }
  }
  return false;
}

function mayReturn(statement: TSESTree.Statement): boolean {
  const stack: Node[] = [statement];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      return true;
    }
    if (!isFunction(node)) {
      stack.push(...childNodes(node));
    }
  }
  return false;
}

function isRethrow(statement: TSESTree.Statement, error: string | undefined): boolean {
  if (statement.type === AST_NODE_TYPES.ThrowStatement) {
    return true;
  }
  let expression: TSESTree.Expression | null = null;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    expression = statement.expression;
  } else if (statement.type === AST_NODE_TYPES.ReturnStatement) {
    expression = statement.argument;
  }
  const awaited = expression?.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : expression;
  const call = awaited ? unwrap(awaited) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const name = memberName(call.callee);
  const passesError = call.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === error);
  return passesError && (name === 'throw' || name === 'reject');
}

function findErrorMiddleware(context: KoaContext): ErrorMiddleware[] {
  const next = context.next;
  if (!next) {
    return [];
  }
  const found: ErrorMiddleware[] = [];
  for (const operation of context.operations) {
    if (operation.kind !== 'status' && operation.kind !== 'body') {
      continue;
    }
    const clause = enclosingCatch(operation.node, context.handler);
    if (!clause || found.some((middleware) => middleware.clause === clause)) {
      continue;
    }
    const block = clause.parent.block;
    const guardsNext = next.references.some((reference) => {
      const identifier = reference.identifier as TSESTree.Identifier;
      return isCallee(identifier) && identifier.range[0] >= block.range[0] && identifier.range[1] <= block.range[1];
    });
    if (!guardsNext) {
      continue;
    }
    const mayWriteChallenge = context.operations.some(
      (write) =>
        write.kind === 'header' &&
        write.node.range[0] >= clause.range[0] &&
        write.node.range[1] <= clause.range[1] &&
        !copiesErrorHeaders(write.node, clause) &&
        (write.opaque || write.writes.some((entry) => entry.name === WWW_AUTHENTICATE)),
    );
    found.push({ clause, mayWriteChallenge });
  }
  return found;
}

/**
 * Tells whether a header write copies the caught error's own headers,
 * `ctx.set(err.headers ?? {})`, which adds no challenge to an error that
 * carries none.
 */
function copiesErrorHeaders(write: Node, clause: TSESTree.CatchClause): boolean {
  if (write.type !== AST_NODE_TYPES.CallExpression || write.arguments.length !== 1 || clause.param?.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  let argument = unwrap(write.arguments[0] as Node);
  while (argument.type === AST_NODE_TYPES.LogicalExpression) {
    argument = unwrap(argument.left);
  }
  if (argument.type !== AST_NODE_TYPES.MemberExpression || memberName(argument) !== 'headers') {
    return false;
  }
  const object = unwrap(argument.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === clause.param.name;
}

function enclosingCatch(node: Node, boundary: Node): TSESTree.CatchClause | undefined {
  let current = node.parent;
  while (current && current !== boundary) {
    if (current.type === AST_NODE_TYPES.CatchClause) {
      return current;
    }
    current = current.parent;
  }
  return undefined;
}

/**
 * Middleware that writes the challenge and calls `next` covers the routes
 * mounted after it, which this analysis cannot follow: the 401 status
 * assignments of its file then have an unknown challenge.
 */
function isChallengeMiddleware(context: KoaContext): boolean {
  if (!context.next || !context.next.references.some((reference) => isCallee(reference.identifier as TSESTree.Identifier))) {
    return false;
  }
  const writesChallenge = context.operations.some(
    (operation) => operation.kind === 'header' && operation.writes.some((write) => write.name === WWW_AUTHENTICATE),
  );
  const decides = context.operations.some((operation) => operation.kind === 'status' || operation.kind === 'throw');
  return writesChallenge && !decides;
}

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

/** Whether an operation inside a statement runs every time the statement runs (no branch or callback between). */
function runsWhenever(node: Node, statement: Node): boolean {
  let child: Node = node;
  let current = node.parent;
  while (current && child !== statement) {
    if (isFunction(current) || isBranch(current, child)) {
      return false;
    }
    if (current.type === AST_NODE_TYPES.ChainExpression || (current.type === AST_NODE_TYPES.LogicalExpression && child === current.right)) {
      return false;
    }
    child = current;
    current = current.parent;
  }
  return child === statement;
}

type Flow = 'end' | 'stopped' | 'unknown';

/**
 * Visits the statements that run after `start`, in order, up to the end of
 * its function, without entering branches. After an `if` branch come the
 * statements after the `if`, a `switch` case falls through to the next one,
 * and `break` leaves the `switch`. `visit` returns true to stop. The result
 * is `end` at the end of the function, `stopped` when `visit` stopped, and
 * `unknown` where the flow cannot be followed (a loop, a label, `continue`).
 */
function walkFollowing(start: Node, visit: (statement: Node) => boolean): Flow {
  let current: Node = start;
  for (;;) {
    const parent = current.parent;
    if (!parent || isFunction(parent)) {
      return 'end';
    }

    let statements: readonly Node[] = [];
    switch (parent.type) {
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program:
      case AST_NODE_TYPES.StaticBlock:
        statements = parent.body.slice(parent.body.indexOf(current as never) + 1);
        break;
      case AST_NODE_TYPES.SwitchCase: {
        // The rest of this case, then the cases below it, which it falls through to.
        const switchStatement = parent.parent;
        const cases = switchStatement.cases.slice(switchStatement.cases.indexOf(parent) + 1);
        statements = [...parent.consequent.slice(parent.consequent.indexOf(current as TSESTree.Statement) + 1), ...cases.flatMap((entry) => entry.consequent)];
        break;
      }
      case AST_NODE_TYPES.TryStatement:
        statements = parent.finalizer && current !== parent.finalizer ? [parent.finalizer] : [];
        break;
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.LabeledStatement:
        return 'unknown';
      default:
        break;
    }

    let jumpTo: Node | undefined;
    for (const statement of statements) {
      if (statement.type === AST_NODE_TYPES.ContinueStatement || (statement.type === AST_NODE_TYPES.BreakStatement && statement.label)) {
        return 'unknown';
      }
      if (statement.type === AST_NODE_TYPES.BreakStatement) {
        jumpTo = breakTarget(statement);
        if (!jumpTo) {
          return 'unknown';
        }
        break;
      }
      if (visit(statement)) {
        return 'stopped';
      }
    }
    if (parent.type === AST_NODE_TYPES.Program && !jumpTo) {
      return 'end';
    }
    current = jumpTo ?? (parent.type === AST_NODE_TYPES.SwitchCase ? parent.parent : parent);
  }
}

/** Returns the `switch` that an unlabeled `break` leaves, or undefined when it leaves a loop. */
function breakTarget(statement: TSESTree.BreakStatement): Node | undefined {
  let current: Node | undefined = statement.parent;
  while (current && !isFunction(current)) {
    if (current.type === AST_NODE_TYPES.SwitchStatement) {
      return current;
    }
    if (
      current.type === AST_NODE_TYPES.ForStatement ||
      current.type === AST_NODE_TYPES.ForInStatement ||
      current.type === AST_NODE_TYPES.ForOfStatement ||
      current.type === AST_NODE_TYPES.WhileStatement ||
      current.type === AST_NODE_TYPES.DoWhileStatement
    ) {
      return undefined;
    }
    current = current.parent;
  }
  return undefined;
}

/**
 * Builds a stand-in node for an http-assert call whose path ends in the
 * failed test. The call throws only when its test is false, so the stand-in
 * sits on the right of a `test || stand-in` expression, which the path
 * builder reads as "test is false here". The stand-ins hang below the real
 * call but are not part of the tree, and the test node is the real one
 * (or, for `assert.equal(a, b)`, a comparison of the real operands).
 */
function failedAssertionAnchor(operation: ThrowOperation): Node | undefined {
  const assertion = operation.assertion === undefined ? undefined : ASSERTIONS.get(operation.assertion);
  if (!assertion) {
    return undefined;
  }
  const call = operation.node;
  const [first, second] = call.arguments;
  let test: Node | undefined;
  switch (assertion.test) {
    case 'value':
      test = first;
      break;
    case '==':
    case '!=':
    case '===':
    case '!==':
      test =
        first && second && first.type !== AST_NODE_TYPES.SpreadElement && second.type !== AST_NODE_TYPES.SpreadElement
          ? ({
              type: AST_NODE_TYPES.BinaryExpression,
              operator: assertion.test,
              left: first,
              right: second,
              range: [first.range[0], second.range[1]],
              loc: { start: first.loc.start, end: second.loc.end },
            } as unknown as Node)
          : undefined;
      break;
    default:
      test = undefined;
  }
  if (!test || test.type === AST_NODE_TYPES.SpreadElement) {
    return undefined;
  }

  const logical = { type: AST_NODE_TYPES.LogicalExpression, operator: '||', left: test, range: call.range, loc: call.loc, parent: call } as unknown as TSESTree.LogicalExpression;
  const anchor = { type: AST_NODE_TYPES.Identifier, name: 'assertionFailed', range: call.range, loc: call.loc, parent: logical } as unknown as TSESTree.Identifier;
  (logical as { right: Node }).right = anchor;
  if (test !== first) {
    (test as { parent: Node }).parent = logical;
  }
  return anchor;
}

// ---------------------------------------------------------------------------
// Fixes
// ---------------------------------------------------------------------------

/** Inserts a statement before the statement of an assignment, when that statement is directly in a block. */
function statementBefore(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, operation: AssignOperation, text: string): RuleFix[] | undefined {
  const statement = blockStatementOf(operation.node);
  if (!statement) {
    return undefined;
  }
  const separator = startsLine(sourceCode, statement) ? `\n${indentationOf(sourceCode, statement)}` : ' ';
  return [fixer.insertTextBefore(statement, `${text};${separator}`)];
}

/**
 * Makes a problem body go out as application/problem+json: rewrites a
 * content type set after the body, or inserts `ctx.type = ...` right after
 * the body assignment. A type set before the body is left alone, because
 * Koa 2 replaces it when the body is assigned.
 */
function problemTypeFixes(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, steps: readonly Step[], body: AssignOperation): RuleFix[] | undefined {
  const afterBody = steps.slice(steps.findIndex((step) => step.operation === body) + 1);
  const later = [...afterBody].reverse().find((step) => step.operation.kind === 'type' || (step.operation.kind === 'header' && step.operation.writes.some((write) => write.name === CONTENT_TYPE)));
  if (later) {
    const literal = contentTypeValueOf(later.operation);
    if (!later.certain || !literal || !isStringLiteral(literal)) {
      return undefined;
    }
    return [fixer.replaceText(literal, quote(PROBLEM_JSON))];
  }

  const statement = blockStatementOf(body.node);
  if (!statement) {
    return undefined;
  }
  const text = `${sourceCode.getText(body.receiver)}.type = ${quote(PROBLEM_JSON)};`;
  const trailing = sourceCode.getCommentsAfter(statement).filter((comment) => comment.loc.start.line === statement.loc.end.line);
  const after = trailing[trailing.length - 1] ?? statement;
  const nextToken = sourceCode.getTokenAfter(after, { includeComments: true });
  const endsLine = !nextToken || nextToken.loc.start.line > after.loc.end.line;
  return [fixer.insertTextAfter(after, endsLine ? `\n${indentationOf(sourceCode, statement)}${text}` : ` ${text}`)];
}

/** Returns the value node of a content-type write, unwrapped. */
function contentTypeValueOf(operation: Operation): Node | undefined {
  let value: Node | undefined;
  if (operation.kind === 'type') {
    value = operation.node.right;
  } else if (operation.kind === 'header') {
    value = operation.writes.find((write) => write.name === CONTENT_TYPE)?.value.node;
  }
  return value ? unwrap(value) : undefined;
}

/** Adds the header to the props argument of a throw or an assertion, or adds a props argument. */
function propsHeaderFixes(
  fixer: RuleFixer,
  sourceCode: Readonly<SourceCode>,
  operation: ThrowOperation,
  args: ThrowArguments,
  name: string,
  value: string,
): RuleFix[] | undefined {
  const entry = `${quote(name)}: ${quote(value)}`;
  if (args.opaque) {
    return undefined;
  }
  if (args.props) {
    const headers = findProperty(args.props, 'headers');
    if (!headers) {
      return [addProperty(fixer, sourceCode, args.props, `headers: { ${entry} }`)];
    }
    const object = unwrap(headers.value);
    if (object.type !== AST_NODE_TYPES.ObjectExpression || findProperty(object, name, true)) {
      return undefined;
    }
    return [addProperty(fixer, sourceCode, object, entry)];
  }
  const last = operation.node.arguments[operation.node.arguments.length - 1];
  return last ? [insertAfterExpression(fixer, sourceCode, last, `, { headers: { ${entry} } }`)] : undefined;
}

/** Returns the expression statement of an assignment when it is directly in a block, where a statement can go beside it. */
function blockStatementOf(node: TSESTree.AssignmentExpression): TSESTree.ExpressionStatement | undefined {
  const statement = node.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression !== node) {
    return undefined;
  }
  const container = statement.parent;
  const inBlock =
    container?.type === AST_NODE_TYPES.BlockStatement ||
    container?.type === AST_NODE_TYPES.Program ||
    container?.type === AST_NODE_TYPES.SwitchCase ||
    container?.type === AST_NODE_TYPES.StaticBlock;
  return inBlock ? statement : undefined;
}

function startsLine(sourceCode: Readonly<SourceCode>, node: Node): boolean {
  const previous = sourceCode.getTokenBefore(node, { includeComments: true });
  return !previous || previous.loc.end.line < node.loc.start.line;
}

function indentationOf(sourceCode: Readonly<SourceCode>, node: Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

function isStringLiteral(node: Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
    (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
  );
}

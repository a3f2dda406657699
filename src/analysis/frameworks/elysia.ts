import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, Scope } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from '../node-types';
import { enclosingFunction, isFunction, memberName, propertyKey, rootIdentifier, stringValue, unwrap } from '../ast';
import { collectHints } from '../body';
import type { FileContext } from '../file-context';
import { PROBLEM_JSON, headerValue, headersAtSite, mediaType, readHeaders, staticString } from '../headers';
import type { HeaderWrite } from '../headers';
import { importOrigin, resolveVariable } from '../imports';
import type { AdapterFixes, Body, HeaderState, IneffectiveStatus, ResponseSite, Status } from '../model';
import { errorStatusString, resolveStatus } from '../status';
import { quote } from '../../fixes/edits';
import { bodyOf, followingExit, insertStatement, isInBlock, outerExpression, statementOf } from './statements';
import type { ResponseWrapper } from './fetch';

/** Text that an Elysia file contains: its import. */
export const MARKERS = ['elysia'];

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

// ---------------------------------------------------------------------------
// Framework knowledge (Elysia 1.4; the wire behaviour was observed on
// elysia 1.4.30 through `app.handle(new Request(...))` on Node)
// ---------------------------------------------------------------------------

const ELYSIA_MODULES = ['elysia'];

/** Instance methods that register a route handler after its path: `app.get('/x', handler, options)`. */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'all', 'connect', 'route']);

/** Instance methods that take a hook `(context) => ...` as an argument. */
const HOOK_METHODS = new Set([
  'onBeforeHandle',
  'onAfterHandle',
  'onTransform',
  'onRequest',
  'onParse',
  'onError',
  'onAfterResponse',
  'mapResponse',
  'onMapResponse',
  'derive',
  'resolve',
]);

/** Instance methods whose options object contains hooks (`beforeHandle`, `resolve`), at any depth for `macro`. */
const OPTION_METHODS = new Set([...ROUTE_METHODS, 'guard', 'macro', 'group']);

/** Keys of an options object whose values are hooks that receive the context. */
const HOOK_KEYS = new Set(['beforeHandle', 'afterHandle', 'transform', 'error', 'mapResponse', 'afterResponse', 'derive', 'resolve', 'parse']);

/** The hooks whose context has the caught error as `error`, not the legacy `error()` function. */
const ERROR_HOOKS = new Set(['onError', 'error']);

/** Context members that build a response with a status: `status(401, body)`, and `error(401, body)` before Elysia 1.3. */
const STATUS_FACTORY = 'status';
const LEGACY_STATUS_FACTORY = 'error';

/**
 * The status names Elysia accepts in place of a number (`set.status =
 * 'Unauthorized'`, `status('Forbidden')`), from its `StatusMap`. Some differ
 * from the IANA reason phrases (413, 418).
 */
const STATUS_NAMES = new Map<string, number>([
  ['Bad Request', 400],
  ['Unauthorized', 401],
  ['Payment Required', 402],
  ['Forbidden', 403],
  ['Not Found', 404],
  ['Method Not Allowed', 405],
  ['Not Acceptable', 406],
  ['Proxy Authentication Required', 407],
  ['Request Timeout', 408],
  ['Conflict', 409],
  ['Gone', 410],
  ['Length Required', 411],
  ['Precondition Failed', 412],
  ['Payload Too Large', 413],
  ['URI Too Long', 414],
  ['Unsupported Media Type', 415],
  ['Range Not Satisfiable', 416],
  ['Expectation Failed', 417],
  ["I'm a teapot", 418],
  ['Enhance Your Calm', 420],
  ['Misdirected Request', 421],
  ['Unprocessable Content', 422],
  ['Locked', 423],
  ['Failed Dependency', 424],
  ['Too Early', 425],
  ['Upgrade Required', 426],
  ['Precondition Required', 428],
  ['Too Many Requests', 429],
  ['Request Header Fields Too Large', 431],
  ['Unavailable For Legal Reasons', 451],
  ['Internal Server Error', 500],
  ['Not Implemented', 501],
  ['Bad Gateway', 502],
  ['Service Unavailable', 503],
  ['Gateway Timeout', 504],
  ['HTTP Version Not Supported', 505],
  ['Variant Also Negotiates', 506],
  ['Insufficient Storage', 507],
  ['Loop Detected', 508],
  ['Not Extended', 510],
  ['Network Authentication Required', 511],
]);

const WWW_AUTHENTICATE = 'www-authenticate';
const CONTENT_TYPE = 'content-type';

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

/** One handler or hook and the names under which its context gives `set`, `status` and `error`. */
interface Handler {
  fn: FunctionNode;
  /** The context parameter when it is not destructured (`(ctx) => ctx.set.status = 401`). */
  context: Scope.Variable | undefined;
  /** The destructuring pattern of the context, when there is one. */
  pattern: TSESTree.ObjectPattern | undefined;
  /** The local `set`, when the pattern destructures it. */
  set: Scope.Variable | undefined;
  /** Whether the function is a hook, which may run for other routes, rather than a route handler. */
  isHook: boolean;
  isErrorHook: boolean;
  /** The caught error of an `onError` hook. */
  caughtError: Scope.Variable | undefined;
  /** The route call that registers the handler, for its options (`response` schemas). */
  route: TSESTree.CallExpression | undefined;
  /** For a hook in routes' options (`get('/x', fn, { beforeHandle })`), the route calls: the hook runs for those routes only. */
  localTo: ReadonlySet<TSESTree.CallExpression> | undefined;
}

/** A header written on `set.headers`, or a use of `set` that may write headers the analysis cannot see. */
interface SetWrite {
  handler: Handler;
  node: Node;
  writes: HeaderWrite[];
  /** Header names exactly as written, lower-cased ones included, by lower-case name. */
  spelled: Map<string, string>;
  opaque: boolean;
}

/**
 * Collects the response sites of Elysia code. Handlers are the functions
 * that an Elysia instance registers, in a file that imports elysia: route
 * handlers (`app.get('/x', handler)`), hooks (`onBeforeHandle`, `derive`,
 * `resolve`, `onError`, ...) and hooks in options objects (`{ beforeHandle
 * }`, `guard`, `macro`). Sites are `set.status = n` followed by the returned body,
 * and `status(n, body)` (or the older `error(n, body)`) returned or thrown.
 * `set.headers` reaches the client with every response, thrown ones and
 * returned web `Response`s included (observed on elysia 1.4.30).
 */
/** Marks a web Response returned without a challenge as unknown: Elysia merges `set.headers` into it. */
export const elysiaResponseWrapper: ResponseWrapper = (file) => (file.importsAny(ELYSIA_MODULES) ? { kind: 'unknown' } : undefined);

function isRouteCall(call: TSESTree.CallExpression): boolean {
  return ROUTE_METHODS.has(calleeMethod(call) ?? '');
}

export function collectElysiaSites(file: FileContext): ResponseSite[] {
  if (!file.importsAny(ELYSIA_MODULES)) {
    return [];
  }
  const model = new ElysiaFile(file);
  return model.sites();
}

/**
 * Finds `set.status = '401'`: Elysia looks a status string up as a status
 * name (`'Unauthorized'`), finds none for digits and responds with 200
 * (Elysia 1.4).
 */
export function collectElysiaStringStatuses(file: FileContext): IneffectiveStatus[] {
  if (!file.importsAny(ELYSIA_MODULES)) {
    return [];
  }
  return new ElysiaFile(file).stringStatuses();
}

class ElysiaFile {
  private readonly handlers = new Map<FunctionNode, Handler>();
  private readonly setVariables = new Map<Scope.Variable, Handler>();
  private readonly contextVariables = new Map<Scope.Variable, Handler>();
  /** The destructured `status` and `error` factories, with their names and handlers. */
  private readonly factoryVariables = new Map<Scope.Variable, { name: string; handler: Handler }>();
  private readonly writes: SetWrite[] = [];
  /** Whether a route group or guard of the file declares `response` schemas, which strip undeclared members. */
  private readonly guardsResponses: boolean;
  /** Hooks the analysis cannot read: for every route, or for the routes whose calls are listed. */
  private readonly unreadableHooks: { global: boolean; routes: Set<TSESTree.CallExpression> } = { global: false, routes: new Set() };

  constructor(private readonly file: FileContext) {
    this.findHandlers();
    this.guardsResponses = file.callsNamed(['guard', 'group']).some((call) => {
      const name = calleeMethod(call);
      return (name === 'guard' || name === 'group') && call.arguments.some((argument) => hasResponseSchema(argument));
    });
    this.findUnreadableHooks();
    for (const assignment of file.assignments) {
      this.collectHeaderAssignment(assignment);
    }
    for (const call of file.calls) {
      this.collectHeaderCall(call);
    }
  }

  // -------------------------------------------------------------------------
  // Handlers
  // -------------------------------------------------------------------------

  private findHandlers(): void {
    for (const fn of this.file.functions) {
      const registration = this.registrationOf(fn);
      if (registration) {
        this.addHandler(fn, registration.call, registration.hook);
        continue;
      }
      const registrations = this.namedHookOf(fn);
      const first = registrations[0];
      if (first) {
        // A named hook may serve several routes, or the whole instance when one registration is not a route's.
        const routes = registrations.every((registration) => isRouteCall(registration.call)) ? new Set(registrations.map((registration) => registration.call)) : undefined;
        this.addHandler(fn, first.call, first.hook, routes);
      }
    }
  }

  /**
   * Finds hooks whose code the analysis cannot read: an imported or computed
   * function given to `onBeforeHandle()` or in the options of a route,
   * `guard()` or `group()`, and options that are not an object literal.
   */
  private findUnreadableHooks(): void {
    for (const call of this.file.calls) {
      const method = calleeMethod(call);
      if (method === undefined) {
        continue;
      }
      if (HOOK_METHODS.has(method)) {
        this.unreadableHooks.global ||= call.arguments.some((argument) => unwrap(argument).type !== AST_NODE_TYPES.ObjectExpression && !this.isReadableHook(argument));
        continue;
      }
      if (!OPTION_METHODS.has(method) || method === 'macro') {
        continue;
      }
      const route = isRouteCall(call);
      const handlerIndex = route ? call.arguments.findIndex((argument) => stringValue(argument) === undefined) : -1;
      const options = route ? call.arguments.slice(handlerIndex + 1) : call.arguments.filter((argument) => unwrap(argument).type === AST_NODE_TYPES.ObjectExpression);
      if (options.some((option) => !this.areReadableOptions(option))) {
        if (route) {
          this.unreadableHooks.routes.add(call);
        } else {
          this.unreadableHooks.global = true;
        }
      }
    }
  }

  /** Tells whether every hook in an options argument is a function the analysis reads. */
  private areReadableOptions(node: Node): boolean {
    const options = unwrap(node);
    if (options.type !== AST_NODE_TYPES.ObjectExpression) {
      return false;
    }
    return options.properties.every((property) => {
      if (property.type !== AST_NODE_TYPES.Property) {
        return false;
      }
      const key = propertyKey(property);
      if (key === undefined || !HOOK_KEYS.has(key)) {
        return true;
      }
      const value = unwrap(property.value);
      const hooks = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements : [value];
      return hooks.every((hook) => hook !== null && this.isReadableHook(hook));
    });
  }

  /** Tells whether a hook is an inline function or the name of one declared in this file. */
  private isReadableHook(node: Node): boolean {
    const hook = unwrap(node);
    if (isFunction(hook)) {
      return true;
    }
    if (hook.type !== AST_NODE_TYPES.Identifier) {
      return false;
    }
    const definition = this.variableOf(hook)?.defs[0];
    if (definition?.type === 'FunctionName') {
      return true;
    }
    const init = definition?.type === 'Variable' ? definition.node.init : undefined;
    return init !== null && init !== undefined && isFunction(unwrap(init));
  }

  /** Finds where a named function is registered as a hook by its name: `{ beforeHandle: requireAuth }`. */
  private namedHookOf(fn: FunctionNode): { call: TSESTree.CallExpression; hook: string }[] {
    const parent = fn.parent;
    const name =
      fn.type === AST_NODE_TYPES.FunctionDeclaration
        ? fn.id
        : parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier
          ? parent.id
          : undefined;
    if (!name) {
      return [];
    }
    const registrations: { call: TSESTree.CallExpression; hook: string }[] = [];
    for (const reference of this.variableOf(name)?.references ?? []) {
      const registration = this.registrationOf(reference.identifier as Node);
      if (registration && registration.hook !== 'handler') {
        registrations.push(registration);
      }
    }
    return registrations;
  }

  /** Finds the Elysia method call that registers a function (or its name), directly or through an options object. */
  private registrationOf(fn: Node): { call: TSESTree.CallExpression; hook: string } | undefined {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.Expression)) {
      const name = calleeMethod(parent);
      if (name !== undefined && ROUTE_METHODS.has(name)) {
        // The handler follows the path: `get('/x', handler)`, `route('GET', '/x', handler)`.
        const index = parent.arguments.indexOf(fn as TSESTree.Expression);
        return index >= 1 && parent.arguments.slice(0, index).some((argument) => stringValue(argument) !== undefined)
          ? { call: parent, hook: 'handler' }
          : undefined;
      }
      return name !== undefined && HOOK_METHODS.has(name) ? { call: parent, hook: name } : undefined;
    }

    // `{ beforeHandle: fn }`, `{ beforeHandle: [a, b] }`, `{ beforeHandle(ctx) {} }`, nested in `macro` options.
    let child: Node = fn;
    let current: Node | undefined = parent;
    if (current?.type === AST_NODE_TYPES.ArrayExpression) {
      child = current;
      current = current.parent;
    }
    if (current?.type !== AST_NODE_TYPES.Property || current.value !== child) {
      return undefined;
    }
    const hook = propertyKey(current);
    if (hook === undefined || !HOOK_KEYS.has(hook)) {
      return undefined;
    }
    let ancestor: Node | undefined = current as Node;
    while (ancestor && ancestor.type !== AST_NODE_TYPES.CallExpression) {
      if (
        ancestor.type !== AST_NODE_TYPES.Property &&
        ancestor.type !== AST_NODE_TYPES.ObjectExpression &&
        ancestor.type !== AST_NODE_TYPES.ArrayExpression &&
        ancestor.type !== AST_NODE_TYPES.ReturnStatement &&
        ancestor.type !== AST_NODE_TYPES.BlockStatement &&
        !isFunction(ancestor)
      ) {
        return undefined;
      }
      ancestor = ancestor.parent;
    }
    const name = ancestor ? calleeMethod(ancestor) : undefined;
    return ancestor && name !== undefined && OPTION_METHODS.has(name) ? { call: ancestor, hook } : undefined;
  }

  private addHandler(fn: FunctionNode, call: TSESTree.CallExpression, hook: string, routes?: ReadonlySet<TSESTree.CallExpression>): void {
    const isErrorHook = ERROR_HOOKS.has(hook);
    const param = fn.params[0];
    const handler: Handler = {
      fn,
      context: undefined,
      pattern: undefined,
      set: undefined,
      isHook: hook !== 'handler',
      isErrorHook,
      caughtError: undefined,
      route: hook === 'handler' ? call : undefined,
      localTo: routes ?? (hook !== 'handler' && isRouteCall(call) ? new Set([call]) : undefined),
    };
    const target = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (target?.type === AST_NODE_TYPES.Identifier) {
      handler.context = this.variableOf(target);
      if (handler.context) {
        this.contextVariables.set(handler.context, handler);
      }
    } else if (target?.type === AST_NODE_TYPES.ObjectPattern) {
      handler.pattern = target;
      for (const property of target.properties) {
        if (property.type !== AST_NODE_TYPES.Property) {
          continue;
        }
        const key = propertyKey(property);
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        const variable = value.type === AST_NODE_TYPES.Identifier ? this.variableOf(value) : undefined;
        if (!variable) {
          continue;
        }
        if (key === 'set') {
          handler.set = variable;
          this.setVariables.set(variable, handler);
        } else if (key === STATUS_FACTORY || (key === LEGACY_STATUS_FACTORY && !isErrorHook)) {
          this.factoryVariables.set(variable, { name: key, handler });
        } else if (key === 'error' && isErrorHook) {
          handler.caughtError = variable;
        }
      }
    }
    this.handlers.set(fn, handler);
  }

  private variableOf(identifier: TSESTree.Identifier): Scope.Variable | undefined {
    return resolveVariable(identifier, this.file.scopeOf(identifier));
  }

  /** Returns the handler whose `set` an expression is: the destructured `set`, or `ctx.set`. */
  private handlerOfSet(node: Node): Handler | undefined {
    const expression = unwrap(node);
    if (expression.type === AST_NODE_TYPES.Identifier) {
      const variable = this.variableOf(expression);
      return variable ? this.setVariables.get(variable) : undefined;
    }
    if (expression.type === AST_NODE_TYPES.MemberExpression && memberName(expression) === 'set') {
      return this.handlerOfContext(expression.object);
    }
    return undefined;
  }

  private handlerOfContext(node: Node): Handler | undefined {
    const expression = unwrap(node);
    if (expression.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const variable = this.variableOf(expression);
    return variable ? this.contextVariables.get(variable) : undefined;
  }

  /** Returns the factory a call uses (`status` or `error`) and the handler it comes from, if any. */
  private factoryOf(call: TSESTree.CallExpression): { name: string; handler: Handler | undefined } | undefined {
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const variable = this.variableOf(callee);
      if (!variable) {
        return undefined;
      }
      const destructured = this.factoryVariables.get(variable);
      if (destructured) {
        return destructured;
      }
      // `import { status } from 'elysia'` works in any function.
      const origin = importOrigin(callee, this.file.scopeOf(callee));
      if (origin && ELYSIA_MODULES.includes(origin.source) && (origin.imported === STATUS_FACTORY || origin.imported === LEGACY_STATUS_FACTORY)) {
        return { name: origin.imported, handler: this.handlerAround(call) };
      }
      return undefined;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(callee);
      const handler = this.handlerOfContext(callee.object);
      if (handler && (name === STATUS_FACTORY || (name === LEGACY_STATUS_FACTORY && !handler.isErrorHook))) {
        return { name, handler };
      }
    }
    return undefined;
  }

  /** The innermost registered handler that contains a node. */
  private handlerAround(node: Node): Handler | undefined {
    let fn = enclosingFunction(node);
    while (fn) {
      const handler = this.handlers.get(fn);
      if (handler) {
        return handler;
      }
      fn = enclosingFunction(fn);
    }
    return undefined;
  }

  // -------------------------------------------------------------------------
  // Header writes
  // -------------------------------------------------------------------------

  /** `set.headers['www-authenticate'] = v`, `set.headers.x = v`, `set.headers = { ... }`. */
  private collectHeaderAssignment(assignment: TSESTree.AssignmentExpression): void {
    const target = unwrap(assignment.left);
    if (target.type !== AST_NODE_TYPES.MemberExpression) {
      return;
    }
    if (memberName(target) === 'headers') {
      const handler = this.handlerOfSet(target.object);
      if (handler) {
        this.addObjectWrites(handler, assignment, assignment.right);
      }
      return;
    }
    const headers = unwrap(target.object);
    if (headers.type !== AST_NODE_TYPES.MemberExpression || memberName(headers) !== 'headers') {
      return;
    }
    const handler = this.handlerOfSet(headers.object);
    if (!handler) {
      return;
    }
    const name = target.computed ? staticString(target.property, this.file) : memberName(target);
    const spelled = new Map<string, string>();
    if (name !== undefined) {
      spelled.set(name.toLowerCase(), name);
    }
    this.writes.push({
      handler,
      node: assignment,
      writes: [{ name: name?.toLowerCase(), value: headerValue(assignment.right, this.file), node: assignment }],
      spelled,
      opaque: name === undefined,
    });
  }

  /** `Object.assign(set.headers, { ... })`, and `set` or the context passed to a function that may write headers. */
  private collectHeaderCall(call: TSESTree.CallExpression): void {
    const callee = unwrap(call.callee);
    const target = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      memberName(callee) === 'assign' &&
      target?.type === AST_NODE_TYPES.MemberExpression &&
      memberName(target) === 'headers'
    ) {
      const handler = this.handlerOfSet(target.object);
      if (handler) {
        for (const source of call.arguments.slice(1)) {
          this.addObjectWrites(handler, call, source);
        }
        return;
      }
    }
    for (const argument of call.arguments) {
      const handler = this.handlerOfSet(argument) ?? this.handlerOfContext(argument);
      if (handler) {
        this.writes.push({ handler, node: call, writes: [], spelled: new Map(), opaque: true });
      }
    }
  }

  private addObjectWrites(handler: Handler, node: Node, object: Node): void {
    const headers = readHeaders(object, this.file);
    const spelled = new Map<string, string>();
    const value = unwrap(object);
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of value.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? propertyKey(property) : undefined;
        if (key !== undefined) {
          spelled.set(key.toLowerCase(), key);
        }
      }
    }
    this.writes.push({ handler, node, writes: headers.writes, spelled, opaque: headers.opaque });
  }

  // -------------------------------------------------------------------------
  // Sites
  // -------------------------------------------------------------------------

  sites(): ResponseSite[] {
    const sites: ResponseSite[] = [];
    for (const assignment of this.file.assignments) {
      const site = this.setStatusSite(assignment);
      if (site) {
        sites.push(site);
      }
    }
    for (const call of this.file.calls) {
      const site = this.factorySite(call);
      if (site) {
        sites.push(site);
      }
    }
    return sites;
  }

  stringStatuses(): IneffectiveStatus[] {
    const found: IneffectiveStatus[] = [];
    for (const assignment of this.file.assignments) {
      const target = unwrap(assignment.left);
      const status = errorStatusString(assignment.right);
      if (
        status !== undefined &&
        assignment.operator === '=' &&
        target.type === AST_NODE_TYPES.MemberExpression &&
        memberName(target) === 'status' &&
        this.handlerOfSet(target.object)
      ) {
        found.push({ form: 'string-status', node: unwrap(assignment.right), status, framework: 'elysia' });
      }
    }
    return found;
  }

  /** `set.status = 401`, then the returned body. */
  private setStatusSite(assignment: TSESTree.AssignmentExpression): ResponseSite | undefined {
    const target = unwrap(assignment.left);
    if (assignment.operator !== '=' || target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'status') {
      return undefined;
    }
    const handler = this.handlerOfSet(target.object);
    if (!handler) {
      return undefined;
    }

    const statement = statementOf(assignment);
    const exit = statement ? followingExit(statement) : undefined;
    const exitValue = exit?.statement.argument ? unwrap(outerless(exit.statement.argument)) : undefined;
    // A status factory or a web `Response` sets a status of its own.
    if (exitValue && (this.isFactoryCall(exitValue) || isResponseCreation(exitValue))) {
      return undefined;
    }
    const returned = exit?.kind === 'return' ? exitValue : undefined;

    const status = this.statusOf(assignment.right, handler);
    const position = exit ? exit.statement.range[0] : handler.fn.range[1];
    const headers = this.headersBefore(handler, assignment, position);
    const body = returned ? bodyOf(returned, this.file) : undefined;

    return {
      framework: 'elysia',
      kind: 'assign',
      statusNode: assignment,
      status,
      scope: enclosingFunction(assignment) ?? handler.fn,
      body,
      contentType: headers.contentType,
      defaultContentType: body ? defaultContentType(body) : undefined,
      wwwAuthenticate: headers.challenge,
      thrown: false,
      inErrorHandler: status.kind === 'caught-error',
      fixTarget: {
        form: 'adapter',
        fixes: this.fixes(handler, statement, exit?.kind === 'return' ? exit.statement : statement, assignment.right, headers.contentType, true),
      },
      anchor: assignment,
      hints: collectHints([returned]),
    };
  }

  /** `return status(401, body)`, `throw status(401, body)`, and the older `error(401, body)`. */
  private factorySite(call: TSESTree.CallExpression): ResponseSite | undefined {
    const factory = this.factoryOf(call);
    const statusExpression = call.arguments[0];
    if (!factory || !statusExpression) {
      return undefined;
    }
    const outer = outerExpression(call);
    const parent = outer.parent;
    const raised =
      parent?.type === AST_NODE_TYPES.ReturnStatement ||
      parent?.type === AST_NODE_TYPES.ThrowStatement ||
      (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === outer);
    if (!raised) {
      return undefined;
    }

    const handler = factory.handler;
    const status = handler ? this.statusOf(statusExpression, handler) : this.statusOfExpression(statusExpression);
    const statement = statementOf(call);
    const bodyArgument = call.arguments[1];
    const body: Body = bodyArgument
      ? bodyOf(unwrap(bodyArgument), this.file)
      : { shape: { kind: 'text', node: call, addedByFramework: true }, encoding: 'text', reportNode: call };
    // Outside a known handler, `set.headers` of the request cannot be seen.
    const headers = handler ? this.headersBefore(handler, call, call.range[0]) : { challenge: { kind: 'unknown' } as HeaderState, contentType: undefined };

    return {
      framework: 'elysia',
      kind: parent.type === AST_NODE_TYPES.ThrowStatement ? 'throw' : 'return',
      statusNode: call,
      status,
      scope: enclosingFunction(call) ?? this.file.program,
      body,
      contentType: headers.contentType,
      defaultContentType: defaultContentType(body),
      wwwAuthenticate: headers.challenge,
      // A thrown status() goes through onError, which may shape its body and headers; a returned one does not.
      thrown: parent.type === AST_NODE_TYPES.ThrowStatement,
      inErrorHandler: status.kind === 'caught-error',
      fixTarget: handler
        ? { form: 'adapter', fixes: this.fixes(handler, statement, statement, statusExpression, headers.contentType, factory.name === STATUS_FACTORY) }
        : undefined,
      anchor: call,
      hints: collectHints(call.arguments.slice(1)),
    };
  }

  private isFactoryCall(node: Node): boolean {
    return node.type === AST_NODE_TYPES.CallExpression && this.factoryOf(node) !== undefined;
  }

  /** Resolves a status: a number, an Elysia status name, or the caught error's status in `onError`. */
  private statusOf(expression: Node, handler: Handler): Status {
    const status = this.statusOfExpression(expression);
    if (status.kind !== 'unknown' || !handler.isErrorHook) {
      return status;
    }
    return this.readsCaughtError(expression, handler) ? { kind: 'caught-error' } : status;
  }

  private statusOfExpression(expression: Node): Status {
    const name = staticString(expression, this.file);
    if (name !== undefined) {
      const value = STATUS_NAMES.get(name);
      return value === undefined ? { kind: 'unknown' } : { kind: 'number', value };
    }
    return resolveStatus(expression, this.file);
  }

  private readsCaughtError(expression: Node, handler: Handler): boolean {
    const value = unwrap(expression);
    if (value.type === AST_NODE_TYPES.LogicalExpression || value.type === AST_NODE_TYPES.ConditionalExpression) {
      const parts = value.type === AST_NODE_TYPES.LogicalExpression ? [value.left, value.right] : [value.consequent, value.alternate];
      return parts.some((part) => this.readsCaughtError(part, handler));
    }
    const root = rootIdentifier(value);
    if (!root || value.type !== AST_NODE_TYPES.MemberExpression) {
      return false;
    }
    const variable = this.variableOf(root);
    const fromContext = handler.context !== undefined && variable === handler.context && /^\w+\.error\./.test(this.file.text(value));
    return (variable !== undefined && variable === handler.caughtError) || fromContext;
  }

  /**
   * Reads the headers written on `set.headers` in a handler before a
   * position. A write in a branch that may not run, `set` passed to a
   * function, or a challenge written by a hook of the file makes the header
   * unknown. A `Content-Type` key that is not lower-case is unknown
   * too: Elysia 1.4.30 then sends both that type and its own.
   */
  private headersBefore(handler: Handler, site: Node, position: number): { challenge: HeaderState; contentType: ResponseSite['contentType'] } {
    const before = this.writes.filter((write) => write.handler === handler && write.node.range[0] < position);
    const { challenge, contentType, opaque } = headersAtSite(before, site, (header, write) =>
      write.spelled.get(CONTENT_TYPE) === CONTENT_TYPE ? { value: mediaType(header.value.value, false), node: header.value.node } : { value: undefined, node: undefined },
    );

    // A hook (not a route handler) may run before this handler and write the challenge for it, unless it belongs to other routes.
    const routes = handler.route ? [handler.route] : [...(handler.localTo ?? [])];
    const runsHere = (hook: Handler) => hook.localTo === undefined || routes.some((route) => hook.localTo?.has(route));
    const elsewhere = this.writes.some(
      (write) => write.handler !== handler && write.handler.isHook && runsHere(write.handler) && write.writes.some((header) => header.name === WWW_AUTHENTICATE),
    );
    // So may a hook that the analysis cannot read, such as an imported function.
    const unreadable = this.unreadableHooks.global || routes.some((route) => this.unreadableHooks.routes.has(route));
    return { challenge: challenge.kind === 'absent' && (opaque || elsewhere || unreadable) ? { kind: 'unknown' } : challenge, contentType };
  }

  // -------------------------------------------------------------------------
  // Fixes
  // -------------------------------------------------------------------------

  /**
   * Builds the fixes, which insert `set.headers['www-authenticate'] =
   * value;` before the statement that sets the status, and the content type
   * before the statement that sends the body. Keys are lower-case because Elysia
   * 1.4.30 sends a `Content-Type` key beside its own type instead of in
   * place of it. A handler that destructures the context without `set`
   * gets `set` added to the pattern.
   */
  private fixes(
    handler: Handler,
    statusStatement: TSESTree.Statement | undefined,
    bodyStatement: TSESTree.Statement | undefined,
    statusExpression: Node,
    contentType: ResponseSite['contentType'],
    proven: boolean,
  ): AdapterFixes {
    const write = (fixer: RuleFixer, name: string, value: string, before: TSESTree.Statement | undefined): RuleFix[] | undefined => {
      if (!before || !isInBlock(before)) {
        return undefined;
      }
      const set = this.setReference(fixer, handler, before);
      if (!set) {
        return undefined;
      }
      return [...set.fixes, insertStatement(fixer, this.file, before, `${set.text}.headers[${quote(name.toLowerCase())}] = ${quote(value)};`)];
    };

    return {
      addHeader: (fixer, name, value) => write(fixer, name, value, statusStatement),
      setProblemContentType: (fixer) => {
        if (this.hasResponseSchema(handler)) {
          return undefined;
        }
        if (contentType) {
          const explicit = contentType.node ? unwrap(contentType.node) : undefined;
          return explicit && stringValue(explicit) !== undefined ? [fixer.replaceText(explicit, quote(PROBLEM_JSON))] : undefined;
        }
        return write(fixer, CONTENT_TYPE, PROBLEM_JSON, bodyStatement);
      },
      changeStatus: (fixer, newStatus) => changeStatus(fixer, statusExpression, newStatus),
      headerFixProven: proven,
    };
  }

  /** Returns the text by which a fix reaches `set` in a handler: its local name, `ctx.set`, or a `set` added to the pattern. */
  private setReference(fixer: RuleFixer, handler: Handler, before: Node): { text: string; fixes: RuleFix[] } | undefined {
    if (handler.set) {
      const visible = findVariable(this.file.scopeOf(before) as never, handler.set.name) as Scope.Variable | null;
      return visible === handler.set ? { text: handler.set.name, fixes: [] } : undefined;
    }
    if (handler.context) {
      const visible = findVariable(this.file.scopeOf(before) as never, handler.context.name) as Scope.Variable | null;
      return visible === handler.context ? { text: `${handler.context.name}.set`, fixes: [] } : undefined;
    }
    const pattern = handler.pattern;
    const last = pattern?.properties[pattern.properties.length - 1];
    if (!pattern || !last || last.type !== AST_NODE_TYPES.Property || this.nameIsTaken(handler, before, 'set')) {
      return undefined;
    }
    return { text: 'set', fixes: [fixer.insertTextAfter(last, ', set')] };
  }

  /** Whether a name is declared or referenced where `set` would be added, so that adding it could shadow or capture something. */
  private nameIsTaken(handler: Handler, before: Node, name: string): boolean {
    if (findVariable(this.file.scopeOf(before) as never, name)) {
      return true;
    }
    const scope = this.file.scopeOf(handler.fn);
    return scope.through.some((reference) => reference.identifier.name === name);
  }

  private hasResponseSchema(handler: Handler): boolean {
    if (this.guardsResponses) {
      return true;
    }
    const route = handler.route;
    if (!route) {
      return false;
    }
    const index = route.arguments.indexOf(handler.fn as TSESTree.Expression);
    return route.arguments.slice(index + 1).some((argument) => hasResponseSchema(argument));
  }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Returns the method name of a call on an object (`app.get(...)` gives `get`). */
function calleeMethod(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
}

function hasResponseSchema(node: Node): boolean {
  const value = unwrap(node);
  return (
    value.type === AST_NODE_TYPES.ObjectExpression &&
    value.properties.some((property) => property.type === AST_NODE_TYPES.Property && propertyKey(property) === 'response')
  );
}

function outerless(node: Node): Node {
  const value = unwrap(node);
  return value.type === AST_NODE_TYPES.AwaitExpression ? value.argument : value;
}

function isResponseCreation(node: Node): boolean {
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return true;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) {
    return false;
  }
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Response';
}

/** Elysia sends an object or array as application/json and a string as text/plain (observed on 1.4.30). */
function defaultContentType(body: Body): string | undefined {
  if (body.encoding === 'json') {
    return 'application/json';
  }
  return body.encoding === 'text' || body.encoding === 'json-string' ? 'text/plain' : undefined;
}

/** Changes a status written as a number or as an Elysia status name. */
function changeStatus(fixer: RuleFixer, statusExpression: Node, newStatus: number): RuleFix[] | undefined {
  const status = unwrap(statusExpression);
  if (status.type === AST_NODE_TYPES.Literal && typeof status.value === 'number') {
    return [fixer.replaceText(status, String(newStatus))];
  }
  const name = stringValue(status);
  const newName = [...STATUS_NAMES].find(([, value]) => value === newStatus)?.[0];
  if (name === undefined || !STATUS_NAMES.has(name) || newName === undefined) {
    return undefined;
  }
  return [fixer.replaceText(status, quote(newName))];
}

import { insertAfterExpression } from '../../fixes/edits';
import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, Scope } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from '../node-types';
import { enclosingFunction, findProperty, memberName, parameterIdentifier, propertyKey, unwrap } from '../ast';
import { collectHints } from '../body';
import { branchRelation } from '../conditions';
import type { FileContext } from '../file-context';
import { PROBLEM_JSON, findHeader, headerValue, headersAtSite, mediaType, readHeaders, staticString } from '../headers';
import type { HeaderSet, HeaderWrite } from '../headers';
import { importOrigin, requireSource, resolveVariable } from '../imports';
import type { AdapterFixes, Body, HeaderState, ResponseSite } from '../model';
import { resolveStatus } from '../status';
import { addProperty, appendListItem, quote } from '../../fixes/edits';
import { REASON_PHRASES } from '../../syntax/reason-phrases';
import { bodyOf, followingExit, insertStatement, isInBlock, outerExpression, statementOf } from './statements';
import type { ResponseWrapper } from './fetch';

/** Text of which an h3 or Nuxt server file needs one for a site, besides a status write. */
export const MARKERS = ["h3'", 'h3"', 'EventHandler', 'createError'];

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

// ---------------------------------------------------------------------------
// Framework knowledge (h3 1.15 and 2.0; the wire behaviour was observed on
// h3 1.15.11 through a Node server and on h3 2.0.8 through `app.request`)
// ---------------------------------------------------------------------------

/** Modules that export h3's functions: h3 itself and Nitro's import surfaces. */
const H3_MODULES = ['h3', 'nitropack/runtime', 'nitro/h3'];

/**
 * Nuxt's module of auto-imports, shared by server and app code: its
 * `createError` is h3's in server code but Nuxt's own in pages. It counts as
 * an h3 module only in a file that imports a server-only function from it.
 */
const NUXT_IMPORTS = '#imports';

/**
 * Folders whose files Nitro (and so Nuxt) compiles with h3's functions
 * auto-imported as globals. Nuxt 3 and 4 run Nitro 2 with h3 v1, and Nuxt 5
 * runs Nitro 3 with h3 v2, so the folder does not tell the version.
 */
const NITRO_SERVER_PATH = /(?:^|[\\/])server[\\/](?:api|routes|middleware|utils|plugins)[\\/]/;

/** A TypeScript file, which type-checks the options it passes to h3's functions. */
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;

/** Nitro's folder of middleware, which runs before every route. */
const NITRO_MIDDLEWARE_PATH = /(?:^|[\\/])server[\\/]middleware[\\/]/;

/** Keys of `defineEventHandler({ ... })` whose hooks run before the handler. */
const MIDDLEWARE_HOOK_KEYS = new Set(['onRequest']);

/** The role of an h3 function, by what it does with the event it receives. */
type H3Role = 'handler' | 'status' | 'header' | 'headers' | 'error' | 'send-error' | 'responds' | 'reads';

const H3_FUNCTIONS = new Map<string, H3Role>([
  // Wrap a handler `(event) => ...`.
  ['defineEventHandler', 'handler'],
  ['eventHandler', 'handler'],
  ['defineCachedEventHandler', 'handler'],
  ['defineHandler', 'handler'],
  ['defineMiddleware', 'handler'],
  ['defineLazyEventHandler', 'handler'],
  // `setResponseStatus(event, status, statusText?)`.
  ['setResponseStatus', 'status'],
  // `(event, name, value)`.
  ['setResponseHeader', 'header'],
  ['setHeader', 'header'],
  ['appendResponseHeader', 'header'],
  ['appendHeader', 'header'],
  // `(event, { name: value })`.
  ['setResponseHeaders', 'headers'],
  ['setHeaders', 'headers'],
  ['appendResponseHeaders', 'headers'],
  ['appendHeaders', 'headers'],
  // `createError({ statusCode | status, statusMessage, message, data })`; v2 also reads `headers`.
  ['createError', 'error'],
  // v1 `sendError(event, error)`.
  ['sendError', 'send-error'],
  // Send a response of their own, whatever status the event holds.
  ['sendRedirect', 'responds'],
  ['sendNoContent', 'responds'],
  ['sendStream', 'responds'],
  ['sendWebResponse', 'responds'],
  ['sendProxy', 'responds'],
  ['proxyRequest', 'responds'],
  ['redirect', 'responds'],
  ['noContent', 'responds'],
  ['html', 'responds'],
  // Take the event but write no response header.
  ['getHeader', 'reads'],
  ['getRequestHeader', 'reads'],
  ['getHeaders', 'reads'],
  ['getRequestHeaders', 'reads'],
  ['readBody', 'reads'],
  ['readRawBody', 'reads'],
  ['readValidatedBody', 'reads'],
  ['readFormData', 'reads'],
  ['readMultipartFormData', 'reads'],
  ['getQuery', 'reads'],
  ['getValidatedQuery', 'reads'],
  ['getRouterParam', 'reads'],
  ['getRouterParams', 'reads'],
  ['getValidatedRouterParams', 'reads'],
  ['getCookie', 'reads'],
  ['parseCookies', 'reads'],
  ['getRequestURL', 'reads'],
  ['getRequestHost', 'reads'],
  ['getRequestProtocol', 'reads'],
  ['getRequestIP', 'reads'],
  ['getMethod', 'reads'],
  ['isMethod', 'reads'],
  ['assertMethod', 'reads'],
  ['getResponseStatus', 'reads'],
  ['getResponseHeader', 'reads'],
  ['getResponseHeaders', 'reads'],
  ['useRuntimeConfig', 'reads'],
  // nuxt-auth-utils, auto-imported in Nuxt server files.
  ['getUserSession', 'reads'],
  ['requireUserSession', 'reads'],
]);

/** The names of h3's handler factories (`defineEventHandler`), looked up among a file's calls. */
const HANDLER_FACTORIES = [...H3_FUNCTIONS].filter(([, role]) => role === 'handler').map(([name]) => name);

/** Roles of the h3 functions that Nuxt's app code does not have. */
const SERVER_ONLY_ROLES = new Set<H3Role>(['handler', 'status', 'header', 'headers', 'send-error']);

/** h3 v2's error class: `new HTTPError({ status, message, headers, body })`, `new HTTPError(message, { status })`, `HTTPError.status(n, statusText, details)`. */
const ERROR_CLASS = 'HTTPError';
const ERROR_CLASS_FACTORY = 'status';
/** h3 v2's app class. */
const APP_CLASS = 'H3';

/** Methods of an h3 v2 app or router that register a handler `(event) => ...`. */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'connect', 'trace', 'all', 'use', 'on']);

/** The TypeScript type of an event parameter. */
const EVENT_TYPE = 'H3Event';

/** The header writer that fixes insert in h3 v1 and v2 alike. */
const HEADER_WRITER = 'setResponseHeader';

const WWW_AUTHENTICATE = 'www-authenticate';
const CONTENT_TYPE = 'content-type';

const DROPPED_BY_THROW = "h3 v2 discards the headers of the event's response when the handler throws";

/** Where a header dropped by a throw must go instead, as a phrase after "Set it". */
const DROPPED_HEADER_PLACE = {
  'create-error': 'in the `headers` option of `createError()`',
  'http-error': 'in the `headers` of the error (`new HTTPError({ status, headers })`)',
} as const;

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

/**
 * The h3 major version that the file's own code shows: `HTTPError`,
 * `defineHandler`, `new H3()` and `event.res.status` or `event.res.headers`
 * exist only in v2; `sendError` and `event.node` only in v1. Undefined when
 * the file shows neither, as a Nuxt server route using only the functions
 * common to both does.
 */
type Version = 'v1' | 'v2' | undefined;

/** A header write on an event, or a call that may write headers the analysis cannot see. */
interface EventWrite {
  fn: FunctionNode | undefined;
  node: Node;
  writes: HeaderWrite[];
  opaque: boolean;
}

/** A status set on the event, which the handler's return value goes out with. */
interface StatusCandidate {
  form: 'set-response-status' | 'event-res-status' | 'node-status';
  /** The call or assignment that sets the status. */
  node: TSESTree.CallExpression | TSESTree.AssignmentExpression;
  statusExpression: Node;
  statusNode: Node;
  /** The identifier of the event, for the statements that fixes insert. */
  event: TSESTree.Identifier | undefined;
}

/** A created error that is thrown, returned, or passed to `sendError`. */
interface ErrorCandidate {
  form: 'create-error' | 'http-error';
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The object literal that contains the status, when there is one. */
  options: TSESTree.ObjectExpression | undefined;
  statusNode: Node;
  statusExpression: Node;
  /** The argument index of the details of `HTTPError.status(n, text, details)`. */
  detailsIndex: number | undefined;
  /** The `sendError(event, error)` call that sends the error, in v1. */
  sender: TSESTree.CallExpression | undefined;
}

/**
 * The h3 adapter, for h3 v1 (Nuxt 3 and 4) and v2 (Nuxt 5, Nitro 3) server
 * code. Sites are a status set on the event and then a returned body
 * (`setResponseStatus(event, 401)`, v2 `event.res.status = 401`, v1
 * `event.node.res.statusCode = 401`), and errors that are thrown, returned
 * or sent (`createError({ statusCode })`, v2 `HTTPError`, v1 `sendError`).
 *
 * h3's functions count when they are imported from h3 or from Nuxt's and
 * Nitro's import surfaces. They also count as globals in the files that
 * Nitro compiles with auto-imports: files in a Nitro server folder, files
 * that call a global `defineEventHandler`, and files that import from h3 (an
 * `import type { H3Event }` beside auto-imported functions).
 */
const EVENT_HEADER_WRITERS = new Set(['setResponseHeader', 'setResponseHeaders', 'setHeader', 'setHeaders', 'appendResponseHeader']);

/** Marks a web Response returned without a challenge as unknown when the file writes h3 event headers, which h3 v1 keeps. */
export const h3ResponseWrapper: ResponseWrapper = (file) => {
  // The index also contains method calls of these names (`res.setHeader()`), which are not h3's.
  const writesEventHeaders = file.callsNamed(EVENT_HEADER_WRITERS).some((call) => unwrap(call.callee).type === AST_NODE_TYPES.Identifier);
  return writesEventHeaders ? { kind: 'unknown' } : undefined;
};

export function collectH3Sites(file: FileContext): ResponseSite[] {
  const modules = file.modules.has(NUXT_IMPORTS) && importsServerFunction(file.program, NUXT_IMPORTS) ? [...H3_MODULES, NUXT_IMPORTS] : H3_MODULES;
  const importsH3 = file.importsAny(modules);
  const inServerFolder = NITRO_SERVER_PATH.test(file.filename);
  const inMiddlewareFolder = NITRO_MIDDLEWARE_PATH.test(file.filename);
  const model = new H3File(file, modules, importsH3 || inServerFolder, inMiddlewareFolder);
  if (!model.recognised) {
    return [];
  }
  model.collect();
  return model.sites();
}

class H3File {
  /** Whether an unbound name such as `createError` is h3's auto-imported function. */
  private readonly globalsAllowed: boolean;
  /** Whether the file calls some h3 function as an auto-imported global. */
  private usesGlobals = false;
  readonly recognised: boolean;
  private readonly eventVariables = new Set<Scope.Variable>();
  private readonly writes: EventWrite[] = [];
  private readonly statusCandidates: StatusCandidate[] = [];
  private readonly errorCandidates: ErrorCandidate[] = [];
  private readonly middleware = new Map<FunctionNode, boolean>();
  private v1Evidence = false;
  private v2Evidence = false;

  constructor(
    private readonly file: FileContext,
    /** The modules whose exports are h3's functions in this file. */
    private readonly modules: readonly string[],
    globalsAllowed: boolean,
    private readonly inMiddlewareFolder: boolean,
  ) {
    this.globalsAllowed = globalsAllowed || file.callsNamed(HANDLER_FACTORIES).some((call) => this.isGlobalHandlerFactory(call));
    this.recognised = this.globalsAllowed;
  }

  get version(): Version {
    if (this.v2Evidence === this.v1Evidence) {
      return undefined;
    }
    return this.v2Evidence ? 'v2' : 'v1';
  }

  /** Returns the h3 export a callee refers to, or undefined when it is not h3's. */
  h3Name(callee: Node): string | undefined {
    const expression = unwrap(callee);
    if (expression.type === AST_NODE_TYPES.Identifier) {
      const origin = importOrigin(expression, this.file.scopeOf(expression));
      if (origin) {
        return this.modules.includes(origin.source) && origin.imported !== 'default' && origin.imported !== '*' ? origin.imported : undefined;
      }
      if (this.globalsAllowed && !resolveVariable(expression, this.file.scopeOf(expression))) {
        return expression.name;
      }
      return undefined;
    }
    if (expression.type === AST_NODE_TYPES.MemberExpression) {
      // `import * as h3 from 'h3'; h3.createError(...)`
      const object = unwrap(expression.object);
      if (object.type !== AST_NODE_TYPES.Identifier) {
        return undefined;
      }
      const origin = importOrigin(object, this.file.scopeOf(object));
      return origin && this.modules.includes(origin.source) && (origin.imported === '*' || origin.imported === 'default')
        ? memberName(expression)
        : undefined;
    }
    return undefined;
  }

  private isGlobalHandlerFactory(call: TSESTree.CallExpression): boolean {
    const callee = unwrap(call.callee);
    return (
      callee.type === AST_NODE_TYPES.Identifier &&
      H3_FUNCTIONS.get(callee.name) === 'handler' &&
      !resolveVariable(callee, this.file.scopeOf(callee))
    );
  }

  private roleOf(call: TSESTree.CallExpression): { name: string; role: H3Role } | undefined {
    const name = this.h3Name(call.callee);
    const role = name === undefined ? undefined : H3_FUNCTIONS.get(name);
    if (name === undefined || role === undefined) {
      return undefined;
    }
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && !resolveVariable(callee, this.file.scopeOf(callee))) {
      this.usesGlobals = true;
    }
    return { name, role };
  }

  collect(): void {
    this.findEvents();
    this.readVersionFromEvents();
    for (const call of this.file.calls) {
      this.collectCall(call);
    }
    for (const node of this.file.news) {
      this.collectNew(node);
    }
    for (const assignment of this.file.assignments) {
      this.collectAssignment(assignment);
    }
  }

  // -------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------

  /** Finds the event parameters: of handlers given to an h3 handler factory or route method, or typed `H3Event`. */
  private findEvents(): void {
    for (const fn of this.file.functions) {
      for (const param of fn.params) {
        const identifier = parameterIdentifier(param);
        if (identifier && typeName(identifier) === EVENT_TYPE) {
          this.addEvent(identifier);
        }
      }
      if (this.isHandler(fn)) {
        const identifier = parameterIdentifier(fn.params[0]);
        if (identifier) {
          this.addEvent(identifier);
        }
      }
    }
  }

  private addEvent(identifier: TSESTree.Identifier): void {
    const variable = resolveVariable(identifier, this.file.scopeOf(identifier));
    if (variable) {
      this.eventVariables.add(variable);
    }
  }

  /**
   * Reads the version from how the code uses its events. `event.node` exists
   * in v1 only. `event.url`, `event.runtime`, `event.res.status`,
   * `event.res.headers` and `event.req.headers.get()` exist in v2 only,
   * because v1's `event.req` and `event.res` are Node's request and response.
   */
  private readVersionFromEvents(): void {
    for (const variable of this.eventVariables) {
      for (const reference of variable.references) {
        const member = reference.identifier.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) {
          continue;
        }
        const name = memberName(member);
        const next = member.parent?.type === AST_NODE_TYPES.MemberExpression && member.parent.object === member ? memberName(member.parent) : undefined;
        if (name === 'node') {
          this.v1Evidence = true;
        } else if (name === 'url' || name === 'runtime' || (name === 'res' && (next === 'status' || next === 'headers'))) {
          this.v2Evidence = true;
        } else if (name === 'req' && next === 'headers' && isGetCall(member.parent?.parent)) {
          this.v2Evidence = true;
        }
      }
    }
  }

  /** Whether a function is an h3 handler: `defineEventHandler(fn)`, `defineEventHandler({ handler: fn })`, `app.get('/x', fn)`. */
  private isHandler(fn: FunctionNode): boolean {
    let container: Node | undefined = fn.parent;
    if (container?.type === AST_NODE_TYPES.Property && container.value === fn && propertyKey(container) === 'handler') {
      container = container.parent?.parent;
    }
    if (container?.type !== AST_NODE_TYPES.CallExpression || !container.arguments.some((argument) => argument === fn || argument === fn.parent?.parent)) {
      return false;
    }
    if (this.roleOf(container)?.role === 'handler') {
      return true;
    }
    // h3 v2 apps register plain functions: `app.get('/x', (event) => ...)`.
    const callee = unwrap(container.callee);
    return (
      this.file.importsAny(this.modules) &&
      callee.type === AST_NODE_TYPES.MemberExpression &&
      ROUTE_METHODS.has(memberName(callee) ?? '') &&
      container.arguments.includes(fn as TSESTree.Expression) &&
      fn.params.length <= 2
    );
  }

  /** Returns the event variable an expression names, if it is one. */
  private eventOf(node: Node | undefined): Scope.Variable | undefined {
    const expression = node ? unwrap(node) : undefined;
    if (expression?.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const variable = resolveVariable(expression, this.file.scopeOf(expression));
    return variable && this.eventVariables.has(variable) ? variable : undefined;
  }

  /**
   * Matches `<event>.<first>.<second>` and returns the event identifier:
   * `event.res.headers`, `event.node.res`.
   */
  private eventPath(node: Node, first: string, second: string): TSESTree.Identifier | undefined {
    const outer = unwrap(node);
    if (outer.type !== AST_NODE_TYPES.MemberExpression || memberName(outer) !== second) {
      return undefined;
    }
    const inner = unwrap(outer.object);
    if (inner.type !== AST_NODE_TYPES.MemberExpression || memberName(inner) !== first) {
      return undefined;
    }
    const root = unwrap(inner.object);
    return root.type === AST_NODE_TYPES.Identifier && this.eventOf(root) ? root : undefined;
  }

  // -------------------------------------------------------------------------
  // Collecting
  // -------------------------------------------------------------------------

  private collectCall(call: TSESTree.CallExpression): void {
    const h3 = this.roleOf(call);
    if (h3) {
      this.collectH3Call(call, h3.name, h3.role);
      return;
    }

    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(callee);
      // v2 `event.res.headers.set(name, value)`
      if ((method === 'set' || method === 'append') && this.eventPath(callee.object, 'res', 'headers')) {
        this.v2Evidence = true;
        this.addWrite(call, [this.headerWrite(call.arguments[0], call.arguments[1], call)]);
        return;
      }
      // v1 `event.node.res.setHeader(name, value)`
      if ((method === 'setHeader' || method === 'appendHeader') && this.eventPath(callee.object, 'node', 'res')) {
        this.v1Evidence = true;
        this.addWrite(call, [this.headerWrite(call.arguments[0], call.arguments[1], call)]);
        return;
      }
      if (method === ERROR_CLASS_FACTORY && this.isErrorClass(callee.object)) {
        this.v2Evidence = true;
        this.addError(call, 'http-error', undefined, call.arguments[0], call.arguments[0], 2);
        return;
      }
    }

    // Any other function that receives the event may write headers on it.
    if (call.arguments.some((argument) => this.eventOf(argument))) {
      this.writes.push({ fn: enclosingFunction(call), node: call, writes: [], opaque: true });
    }
  }

  private collectH3Call(call: TSESTree.CallExpression, name: string, role: H3Role): void {
    switch (role) {
      case 'handler':
        if (name === 'defineHandler' || name === 'defineMiddleware') {
          this.v2Evidence = true;
        }
        return;
      case 'status': {
        const statusExpression = call.arguments[1];
        if (statusExpression) {
          const event = unwrap(call.arguments[0] ?? call);
          this.statusCandidates.push({
            form: 'set-response-status',
            node: call,
            statusExpression,
            statusNode: statusExpression,
            event: event.type === AST_NODE_TYPES.Identifier ? event : undefined,
          });
        }
        return;
      }
      case 'header':
        this.addWrite(call, [this.headerWrite(call.arguments[1], call.arguments[2], call)]);
        return;
      case 'headers': {
        const headers = readHeaders(call.arguments[1], this.file);
        this.writes.push({ fn: enclosingFunction(call), node: call, writes: headers.writes, opaque: headers.opaque });
        return;
      }
      case 'error': {
        const options = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
        if (options?.type !== AST_NODE_TYPES.ObjectExpression) {
          return;
        }
        const property = findProperty(options, 'statusCode') ?? findProperty(options, 'status');
        if (property) {
          this.addError(call, 'create-error', options, property, property.value, undefined);
        }
        return;
      }
      case 'send-error':
        this.v1Evidence = true;
        return;
      default:
        return;
    }
  }

  private collectNew(node: TSESTree.NewExpression): void {
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === APP_CLASS && this.h3Name(callee) === APP_CLASS) {
      this.v2Evidence = true;
      return;
    }
    if (!this.isErrorClass(callee)) {
      return;
    }
    this.v2Evidence = true;
    // `new HTTPError({ status })` or `new HTTPError(message, { status })`.
    const first = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    const second = node.arguments[1] ? unwrap(node.arguments[1]) : undefined;
    let options: TSESTree.ObjectExpression | undefined;
    if (first?.type === AST_NODE_TYPES.ObjectExpression) {
      options = first;
    } else if (second?.type === AST_NODE_TYPES.ObjectExpression) {
      options = second;
    }
    const property = options ? (findProperty(options, 'status') ?? findProperty(options, 'statusCode')) : undefined;
    if (options && property) {
      this.addError(node, 'http-error', options, property, property.value, undefined);
    }
  }

  private collectAssignment(assignment: TSESTree.AssignmentExpression): void {
    if (assignment.operator !== '=') {
      return;
    }
    const target = unwrap(assignment.left);
    if (target.type !== AST_NODE_TYPES.MemberExpression) {
      return;
    }
    const property = memberName(target);
    // v2 `event.res.status = 401`
    const v2Event = property === 'status' ? this.eventPathOf(target.object, 'res') : undefined;
    if (v2Event) {
      this.v2Evidence = true;
      this.statusCandidates.push({ form: 'event-res-status', node: assignment, statusExpression: assignment.right, statusNode: assignment, event: v2Event });
      return;
    }
    // v1 `event.node.res.statusCode = 401`
    const v1Event = property === 'statusCode' ? this.eventPath(target.object, 'node', 'res') : undefined;
    if (v1Event) {
      this.v1Evidence = true;
      this.statusCandidates.push({ form: 'node-status', node: assignment, statusExpression: assignment.right, statusNode: assignment, event: v1Event });
    }
  }

  /** Matches `<event>.<member>` and returns the event identifier. */
  private eventPathOf(node: Node, member: string): TSESTree.Identifier | undefined {
    const expression = unwrap(node);
    if (expression.type !== AST_NODE_TYPES.MemberExpression || memberName(expression) !== member) {
      return undefined;
    }
    const root = unwrap(expression.object);
    return root.type === AST_NODE_TYPES.Identifier && this.eventOf(root) ? root : undefined;
  }

  private isErrorClass(node: Node): boolean {
    const expression = unwrap(node);
    return this.h3Name(expression) === ERROR_CLASS;
  }

  private headerWrite(name: Node | undefined, value: Node | undefined, node: Node): HeaderWrite {
    return { name: staticString(name, this.file)?.toLowerCase(), value: headerValue(value, this.file), node };
  }

  private addWrite(call: TSESTree.CallExpression, writes: HeaderWrite[]): void {
    this.writes.push({ fn: enclosingFunction(call), node: call, writes, opaque: writes.some((write) => write.name === undefined) });
  }

  private addError(
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    form: ErrorCandidate['form'],
    options: TSESTree.ObjectExpression | undefined,
    statusNode: Node | undefined,
    statusExpression: Node | undefined,
    detailsIndex: number | undefined,
  ): void {
    if (!statusNode || !statusExpression) {
      return;
    }
    const raised = this.raisedBy(node);
    if (raised === undefined) {
      return;
    }
    this.errorCandidates.push({ form, node, options, statusNode, statusExpression, detailsIndex, sender: raised === 'thrown' ? undefined : raised });
  }

  /** Returns `'thrown'` for an error that is thrown or returned, the `sendError` call that sends it, or undefined. */
  private raisedBy(node: Node): 'thrown' | TSESTree.CallExpression | undefined {
    const outer = outerExpression(node);
    const parent = outer.parent;
    if (!parent) {
      return undefined;
    }
    if (parent.type === AST_NODE_TYPES.ThrowStatement || parent.type === AST_NODE_TYPES.ReturnStatement) {
      return 'thrown';
    }
    if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === outer) {
      return 'thrown';
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === outer && this.roleOf(parent)?.role === 'send-error') {
      return parent;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------
  // Sites
  // -------------------------------------------------------------------------

  sites(): ResponseSite[] {
    const sites: ResponseSite[] = [];
    for (const candidate of this.statusCandidates) {
      const site = this.statusSite(candidate);
      if (site) {
        sites.push(site);
      }
    }
    for (const candidate of this.errorCandidates) {
      const site = this.errorSite(candidate);
      if (site) {
        sites.push(site);
      }
    }
    return sites;
  }

  private statusSite(candidate: StatusCandidate): ResponseSite | undefined {
    const statement = statementOf(candidate.node);
    const exit = statement ? followingExit(statement) : undefined;
    // A throw or a response of its own decides the status, not the event's.
    if (exit?.kind === 'throw') {
      return undefined;
    }
    const returned = exit?.kind === 'return' && exit.statement.argument ? unwrap(exit.statement.argument) : undefined;
    const awaited = returned?.type === AST_NODE_TYPES.AwaitExpression ? unwrap(returned.argument) : returned;
    if (awaited && this.sendsOwnResponse(awaited)) {
      return undefined;
    }

    const fn = enclosingFunction(candidate.node);
    const status = resolveStatus(candidate.statusExpression, this.file);
    const position = exit?.kind === 'return' ? exit.statement.range[0] : (fn?.range[1] ?? this.file.program.range[1]);
    const headers = this.headersBefore(fn, position, candidate.node);
    const body = awaited ? bodyOf(awaited, this.file) : undefined;

    return {
      framework: 'h3',
      kind: 'assign',
      statusNode: candidate.statusNode,
      status,
      scope: fn ?? this.file.program,
      body,
      contentType: headers.contentType,
      defaultContentType: body ? this.defaultContentType(body) : undefined,
      wwwAuthenticate: headers.challenge,
      thrown: false,
      inErrorHandler: false,
      fixTarget: { form: 'adapter', fixes: this.statusFixes(candidate, statement, exit?.kind === 'return' ? exit.statement : undefined, headers.contentType) },
      anchor: candidate.statusNode,
      hints: collectHints([awaited]),
    };
  }

  private errorSite(candidate: ErrorCandidate): ResponseSite | undefined {
    const status = resolveStatus(candidate.statusExpression, this.file);
    if (status.kind !== 'number') {
      return undefined;
    }
    const fn = enclosingFunction(candidate.node);
    const own = this.ownHeaders(candidate);
    const version = candidate.form === 'http-error' ? 'v2' : this.version;

    let challenge: HeaderState;
    if (own.challenge) {
      challenge = own.challenge;
    } else if (version === 'v2') {
      // Headers set on the event are dropped; the error's own headers are all that count.
      const dropped = this.challengeWriteBefore(fn, candidate.node);
      if (dropped) {
        challenge = { kind: 'dropped', node: dropped.node, reason: DROPPED_BY_THROW, where: DROPPED_HEADER_PLACE[candidate.form] };
      } else {
        challenge = own.opaque ? { kind: 'unknown' } : { kind: 'absent' };
      }
    } else {
      const before = this.headersBefore(fn, candidate.node.range[0], candidate.node).challenge;
      // h3 v1 keeps headers set before a throw and v2 drops them: without the version, a write there is not judged.
      challenge = before.kind === 'set' && version === undefined ? { kind: 'unknown' } : before;
      if (challenge.kind === 'absent' && own.opaque) {
        challenge = { kind: 'unknown' };
      }
    }

    return {
      framework: 'h3',
      kind: 'throw',
      statusNode: candidate.statusNode,
      status,
      scope: fn ?? this.file.program,
      body: own.problemBody ? undefined : { shape: { kind: 'unknown' }, encoding: 'json', reportNode: candidate.node },
      contentType: undefined,
      defaultContentType: 'application/json',
      wwwAuthenticate: challenge,
      thrown: true,
      inErrorHandler: false,
      fixTarget: { form: 'adapter', fixes: this.errorFixes(candidate, version) },
      anchor: candidate.node,
      hints: collectHints(candidate.node.arguments),
    };
  }

  /** Whether an expression sends a response of its own: a web `Response` or an h3 send function. */
  private sendsOwnResponse(expression: Node): boolean {
    if (expression.type === AST_NODE_TYPES.NewExpression) {
      return true;
    }
    if (expression.type !== AST_NODE_TYPES.CallExpression) {
      return false;
    }
    const callee = unwrap(expression.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const object = unwrap(callee.object);
      if (object.type === AST_NODE_TYPES.Identifier && (object.name === 'Response' || object.name === 'NextResponse')) {
        return true;
      }
    }
    const role = this.roleOf(expression)?.role;
    return role === 'responds' || role === 'error' || role === 'send-error' || this.isErrorClass(expression.callee);
  }

  private defaultContentType(body: Body): string | undefined {
    if (body.encoding === 'json') {
      return 'application/json';
    }
    if (body.encoding === 'text' || body.encoding === 'json-string') {
      // Observed: v1 sends a string as text/html; v2 sends it as text/plain through a Node server.
      return this.version === 'v2' ? 'text/plain' : 'text/html';
    }
    return undefined;
  }

  /**
   * Reads the headers written on the event in one function before a
   * position. A write in a branch that may not run, or a call that receives
   * the event, makes the header unknown.
   */
  private headersBefore(
    fn: FunctionNode | undefined,
    position: number,
    site: Node,
  ): { challenge: HeaderState; contentType: ResponseSite['contentType'] } {
    const before = this.writes.filter((write) => write.fn === fn && write.node.range[0] < position);
    const { challenge, contentType, opaque } = headersAtSite(before, site);
    return { challenge: challenge.kind === 'absent' && (opaque || this.challengeSetElsewhere(fn)) ? { kind: 'unknown' } : challenge, contentType };
  }

  /**
   * Whether a middleware of the file writes the challenge, which then
   * covers the responses of the handlers that run after it.
   */
  private challengeSetElsewhere(fn: FunctionNode | undefined): boolean {
    return this.writes.some(
      (write) => write.fn !== fn && write.fn !== undefined && this.isMiddleware(write.fn) && write.writes.some((header) => header.name === WWW_AUTHENTICATE),
    );
  }

  /**
   * Whether a function runs before other handlers: every handler of a file in
   * Nitro's middleware folder, one given to `app.use()` (possibly through
   * `defineEventHandler`), to `defineMiddleware`, or as an `onRequest` hook.
   */
  private isMiddleware(fn: FunctionNode): boolean {
    let known = this.middleware.get(fn);
    if (known === undefined) {
      known = this.inMiddlewareFolder || this.isRegisteredAsMiddleware(fn);
      this.middleware.set(fn, known);
    }
    return known;
  }

  private isRegisteredAsMiddleware(fn: FunctionNode): boolean {
    let node: Node = fn;
    let parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.ArrayExpression) {
      node = parent;
      parent = parent.parent;
    }
    if (parent?.type === AST_NODE_TYPES.Property && MIDDLEWARE_HOOK_KEYS.has(propertyKey(parent) ?? '')) {
      return true;
    }
    for (let depth = 0; depth < 2 && parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node as TSESTree.Expression); depth += 1) {
      const callee = unwrap(parent.callee);
      if (this.h3Name(callee) === 'defineMiddleware' || (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'use')) {
        return true;
      }
      node = parent;
      parent = parent.parent;
    }
    return false;
  }

  private challengeWriteBefore(fn: FunctionNode | undefined, site: Node): EventWrite | undefined {
    return this.writes.find(
      (write) =>
        write.fn === fn &&
        write.node.range[0] < site.range[0] &&
        branchRelation(write.node, site) !== 'exited' &&
        write.writes.some((header) => header.name === WWW_AUTHENTICATE),
    );
  }

  /**
   * Reads the headers an error carries itself. `createError` takes `headers`
   * only in v2; v1 ignores them (observed on h3 1.15.11).
   */
  private ownHeaders(candidate: ErrorCandidate): { challenge: HeaderState | undefined; opaque: boolean; problemBody: boolean } {
    const holder = this.headersHolder(candidate);
    if (!holder) {
      // Details that are not an object literal may carry headers.
      const details = candidate.detailsIndex === undefined ? undefined : candidate.node.arguments[candidate.detailsIndex];
      return { challenge: undefined, opaque: details !== undefined, problemBody: false };
    }
    const headersProperty = findProperty(holder, 'headers');
    const headers: HeaderSet = headersProperty ? readHeaders(headersProperty.value, this.file) : { writes: [], opaque: hasSpread(holder) };
    const write = findHeader(headers, WWW_AUTHENTICATE);
    const type = findHeader(headers, CONTENT_TYPE);
    const body = findProperty(holder, 'body');
    const bodyValue = body ? unwrap(body.value) : undefined;
    const problemBody =
      candidate.form === 'http-error' &&
      mediaType(type?.value.value, false) === PROBLEM_JSON &&
      bodyValue?.type === AST_NODE_TYPES.ObjectExpression &&
      (findProperty(bodyValue, 'type') !== undefined || findProperty(bodyValue, 'title') !== undefined);

    let challenge: HeaderState | undefined = write ? { kind: 'set', value: write.value } : undefined;
    if (candidate.form === 'create-error' && this.version !== 'v2') {
      // v1 drops these headers; without the version, they are not judged.
      challenge = write && this.version === undefined ? { kind: 'unknown' } : undefined;
    }
    return { challenge, opaque: headers.opaque, problemBody };
  }

  /** Returns the object literal whose `headers` an error takes: its options, or the details of `HTTPError.status()`. */
  private headersHolder(candidate: ErrorCandidate): TSESTree.ObjectExpression | undefined {
    if (candidate.detailsIndex === undefined) {
      return candidate.options;
    }
    const details = candidate.node.arguments[candidate.detailsIndex];
    const value = details ? unwrap(details) : undefined;
    return value?.type === AST_NODE_TYPES.ObjectExpression ? value : undefined;
  }

  // -------------------------------------------------------------------------
  // Fixes
  // -------------------------------------------------------------------------

  /**
   * Builds the fixes for a status set on the event: a header statement
   * before the status (`setResponseHeader(event, ...)`, v2
   * `event.res.headers.set()` or v1 `event.node.res.setHeader()`), and the
   * content type before the `return` that sends the body.
   */
  private statusFixes(
    candidate: StatusCandidate,
    statement: TSESTree.Statement | undefined,
    returnStatement: TSESTree.ReturnStatement | undefined,
    contentType: ResponseSite['contentType'],
  ): AdapterFixes {
    const event = candidate.event;
    const writer = (fixer: RuleFixer, name: string, value: string, before: TSESTree.Statement | undefined): RuleFix[] | undefined => {
      if (!event || !before || !isInBlock(before)) {
        return undefined;
      }
      switch (candidate.form) {
        case 'event-res-status':
          return [insertStatement(fixer, this.file, before, `${event.name}.res.headers.set(${quote(name)}, ${quote(value)});`)];
        case 'node-status':
          return [insertStatement(fixer, this.file, before, `${event.name}.node.res.setHeader(${quote(name)}, ${quote(value)});`)];
        case 'set-response-status':
          return this.callHeaderWriter(fixer, candidate.node, event.name, name, value, before);
      }
    };

    const fixes: AdapterFixes = {
      addHeader: (fixer, name, value) => writer(fixer, name, value, statement),
      setProblemContentType: (fixer) => {
        const explicit = contentType?.node ? unwrap(contentType.node) : undefined;
        if (contentType) {
          return explicit && isStaticString(explicit) ? [fixer.replaceText(explicit, quote(PROBLEM_JSON))] : undefined;
        }
        return writer(fixer, 'Content-Type', PROBLEM_JSON, returnStatement);
      },
      headerFixProven: true,
    };
    if (candidate.form === 'set-response-status') {
      const text = (candidate.node as TSESTree.CallExpression).arguments[2];
      if (text) {
        fixes.changeStatus = (fixer, newStatus) => changeStatusWithPhrase(fixer, candidate.statusExpression, text, newStatus);
      }
    }
    return fixes;
  }

  /**
   * Builds the fixes for a created error. v2 takes the header on the error
   * itself, and v1 keeps a header set on the event before the throw. Without
   * the version, the fix does both, which tests run on both versions. In
   * TypeScript that fix is only a suggestion, because h3 1's types reject a
   * `headers` option in `createError()`.
   */
  private errorFixes(candidate: ErrorCandidate, version: Version): AdapterFixes {
    const typed = candidate.form === 'create-error' && version === undefined && TYPESCRIPT_FILE.test(this.file.filename);
    const fixes: AdapterFixes = {
      addHeader: (fixer, name, value) => {
        const onError = version === 'v1' ? [] : this.errorHeaderFixes(fixer, candidate, name, value);
        if (!onError) {
          return undefined;
        }
        if (version === 'v2') {
          return onError;
        }
        const onEvent = this.eventHeaderBeforeError(fixer, candidate, name, value);
        return onEvent ? [...onEvent, ...onError] : undefined;
      },
      headerFixProven: !typed,
    };
    const phrase = candidate.options ? (findProperty(candidate.options, 'statusMessage') ?? findProperty(candidate.options, 'statusText')) : undefined;
    if (phrase) {
      fixes.changeStatus = (fixer, newStatus) => changeStatusWithPhrase(fixer, candidate.statusExpression, phrase.value, newStatus);
    }
    return fixes;
  }

  /** Adds `headers: { name: value }` to the error's options, or the header to headers it has. */
  private errorHeaderFixes(fixer: RuleFixer, candidate: ErrorCandidate, name: string, value: string): RuleFix[] | undefined {
    const entry = `${quote(name)}: ${quote(value)}`;
    const holder = this.headersHolder(candidate);
    if (!holder) {
      if (candidate.detailsIndex === undefined || candidate.node.arguments.length > candidate.detailsIndex) {
        return undefined;
      }
      // `HTTPError.status(401)` becomes `HTTPError.status(401, undefined, { headers })`.
      const last = candidate.node.arguments[candidate.node.arguments.length - 1];
      const padding = candidate.node.arguments.length === 1 ? ', undefined' : '';
      return last ? [insertAfterExpression(fixer, this.file.sourceCode, last, `${padding}, { headers: { ${entry} } }`)] : undefined;
    }
    const headers = findProperty(holder, 'headers');
    if (!headers) {
      return hasSpread(holder) ? undefined : [addProperty(fixer, this.file.sourceCode, holder, `headers: { ${entry} }`)];
    }
    const object = unwrap(headers.value);
    if (object.type !== AST_NODE_TYPES.ObjectExpression || findProperty(object, name, true) || hasSpread(object)) {
      return undefined;
    }
    return [addProperty(fixer, this.file.sourceCode, object, entry)];
  }

  /** Inserts `setResponseHeader(event, name, value);` before the statement that throws, returns or sends the error. */
  private eventHeaderBeforeError(fixer: RuleFixer, candidate: ErrorCandidate, name: string, value: string): RuleFix[] | undefined {
    const statement = statementOf(candidate.sender ?? candidate.node);
    if (!statement || !isInBlock(statement)) {
      return undefined;
    }
    const senderEvent = candidate.sender ? unwrap(candidate.sender.arguments[0] ?? candidate.sender) : undefined;
    const event = senderEvent?.type === AST_NODE_TYPES.Identifier ? senderEvent : this.eventParameterAround(candidate.node);
    if (!event) {
      return undefined;
    }
    return this.callHeaderWriter(fixer, candidate.node, event.name, name, value, statement);
  }

  /** The event parameter of the innermost enclosing function that has one. */
  private eventParameterAround(node: Node): TSESTree.Identifier | undefined {
    let fn = enclosingFunction(node);
    while (fn) {
      for (const param of fn.params) {
        const identifier = parameterIdentifier(param);
        if (identifier && this.eventOf(identifier)) {
          return identifier;
        }
      }
      fn = enclosingFunction(fn);
    }
    return undefined;
  }

  /**
   * Inserts `setResponseHeader(event, name, value);` before a statement, and
   * imports `setResponseHeader` from h3 when the file imports h3's functions
   * rather than relying on auto-imports.
   */
  private callHeaderWriter(
    fixer: RuleFixer,
    site: Node,
    event: string,
    name: string,
    value: string,
    before: TSESTree.Statement,
  ): RuleFix[] | undefined {
    const reference = this.headerWriterReference(fixer, site);
    if (!reference) {
      return undefined;
    }
    return [...reference.fixes, insertStatement(fixer, this.file, before, `${reference.name}(${event}, ${quote(name)}, ${quote(value)});`)];
  }

  private headerWriterReference(fixer: RuleFixer, site: Node): { name: string; fixes: RuleFix[] } | undefined {
    const scope = this.file.scopeOf(site);
    const existing = findVariable(scope as never, HEADER_WRITER) as Scope.Variable | null;
    if (existing && existing.defs.length > 0) {
      const origin = existing.identifiers[0] ? importOrigin(existing.identifiers[0], scope) : undefined;
      return origin && this.modules.includes(origin.source) && origin.imported === HEADER_WRITER ? { name: HEADER_WRITER, fixes: [] } : undefined;
    }
    // Another local name may already hold it: `import { setResponseHeader as setHeader } from 'h3'`.
    for (const declaration of this.h3ImportDeclarations()) {
      for (const specifier of declaration.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier && importedName(specifier) === HEADER_WRITER) {
          return { name: specifier.local.name, fixes: [] };
        }
      }
    }
    if (this.usesGlobals || !this.file.importsAny(this.modules)) {
      return { name: HEADER_WRITER, fixes: [] };
    }

    // Add it to the import of h3's other functions: `import { ... } from 'h3'` or `const { ... } = require('h3')`.
    const declaration = this.h3ImportDeclarations().find(
      (candidate) => candidate.importKind !== 'type' && candidate.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
    );
    const lastSpecifier = declaration?.specifiers[declaration.specifiers.length - 1];
    if (lastSpecifier?.type === AST_NODE_TYPES.ImportSpecifier) {
      return { name: HEADER_WRITER, fixes: [appendListItem(fixer, this.file.sourceCode, lastSpecifier, HEADER_WRITER)] };
    }
    const pattern = this.h3RequirePattern();
    const lastProperty = pattern?.properties[pattern.properties.length - 1];
    if (lastProperty?.type === AST_NODE_TYPES.Property) {
      return { name: HEADER_WRITER, fixes: [appendListItem(fixer, this.file.sourceCode, lastProperty, HEADER_WRITER)] };
    }
    return undefined;
  }

  /** Returns the pattern of a top-level `const { ... } = require('h3')`. */
  private h3RequirePattern(): TSESTree.ObjectPattern | undefined {
    for (const statement of this.file.program.body) {
      if (statement.type !== AST_NODE_TYPES.VariableDeclaration) {
        continue;
      }
      for (const declarator of statement.declarations) {
        const init = declarator.init ? unwrap(declarator.init) : undefined;
        const source = init ? requireSource(init) : undefined;
        if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && source !== undefined && this.modules.includes(source)) {
          return declarator.id;
        }
      }
    }
    return undefined;
  }

  private h3ImportDeclarations(): TSESTree.ImportDeclaration[] {
    return this.file.program.body.filter(
      (statement): statement is TSESTree.ImportDeclaration =>
        statement.type === AST_NODE_TYPES.ImportDeclaration && this.modules.includes(statement.source.value),
    );
  }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Whether a file imports a server-only h3 function (`defineEventHandler`, `setResponseStatus`) from a module. */
function importsServerFunction(program: TSESTree.Program, source: string): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.source.value === source &&
      statement.specifiers.some((specifier) => {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) {
          return false;
        }
        const role = H3_FUNCTIONS.get(importedName(specifier));
        return role !== undefined && SERVER_ONLY_ROLES.has(role);
      }),
  );
}

function typeName(identifier: TSESTree.Identifier): string | undefined {
  const annotation = identifier.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) {
    return undefined;
  }
  const name = annotation.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) {
    return name.name;
  }
  return name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : undefined;
}

/** Whether a node is the callee member of `.get()` (`headers.get('authorization')`). */
function isGetCall(node: Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'get' && node.parent?.type === AST_NODE_TYPES.CallExpression;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

function hasSpread(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
}

function isStaticString(node: Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
    (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
  );
}

/**
 * Changes a numeric status literal, and a reason phrase written beside it
 * (`statusMessage: 'Forbidden'`) when it is the old status's phrase.
 */
function changeStatusWithPhrase(fixer: RuleFixer, statusExpression: Node, phraseNode: Node, newStatus: number): RuleFix[] | undefined {
  const status = unwrap(statusExpression);
  if (status.type !== AST_NODE_TYPES.Literal || typeof status.value !== 'number') {
    return undefined;
  }
  const fixes = [fixer.replaceText(status, String(newStatus))];
  const phrase = unwrap(phraseNode);
  const oldPhrase = REASON_PHRASES.get(status.value);
  const newPhrase = REASON_PHRASES.get(newStatus);
  if (
    phrase.type === AST_NODE_TYPES.Literal &&
    typeof phrase.value === 'string' &&
    oldPhrase !== undefined &&
    newPhrase !== undefined &&
    phrase.value.toLowerCase() === oldPhrase.toLowerCase()
  ) {
    fixes.push(fixer.replaceText(phrase, quote(newPhrase)));
  }
  return fixes;
}


import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, Scope } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from '../node-types';
import { calleeName, declaredName, enclosingFunction, isFunction, isWithin, memberName, parameterIdentifier, propertyKey, rootIdentifier, unwrap } from '../ast';
import { collectHints, shapeOf } from '../body';
import { branchRelation } from '../conditions';
import type { FileContext } from '../file-context';
import { PROBLEM_JSON, headerValue, mediaType, staticString } from '../headers';
import { importOrigin, requireSource, resolveVariable } from '../imports';
import type { AdapterFixes, Body, HeaderState, ResponseSite, Status } from '../model';
import { resolveStatus } from '../status';
import { appendListItem, quote } from '../../fixes/edits';
import { STATUS_CONSTANT_NAMES } from '../../syntax/reason-phrases';
import type { ResponseObjectAdapter } from './express';
import { RESPONSE_APIS } from './response-object';
import type { ResponseFramework, ResponseObject } from './response-object';

/** Text of which a NestJS file needs one for a site. */
export const MARKERS = ['Exception', 'HttpCode', 'canActivate'];

type Node = TSESTree.Node;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

const NEST_COMMON = '@nestjs/common';
const NEST_PASSPORT = '@nestjs/passport';

/**
 * Modules whose decorators take a class or method out of HTTP: GraphQL
 * resolvers, microservice handlers and WebSocket gateways report errors in
 * their own protocol, so a thrown `ForbiddenException` there is no 403.
 */
const NON_HTTP_MODULES = new Set(['@nestjs/graphql', '@nestjs/microservices', '@nestjs/websockets']);

const NEST_GRAPHQL = '@nestjs/graphql';
/** The class of @nestjs/graphql that turns a guard's context into GraphQL's. */
const GQL_EXECUTION_CONTEXT = 'GqlExecutionContext';
/** The calls of a guard that read the HTTP context, or tell it from GraphQL's. */
const HTTP_CONTEXT_CALLS = ['switchToHttp', 'getType'];

/** The built-in exceptions of @nestjs/common 11 and the status each sends. */
const EXCEPTION_STATUSES = new Map<string, number>([
  ['BadRequestException', 400],
  ['UnauthorizedException', 401],
  ['ForbiddenException', 403],
  ['NotFoundException', 404],
  ['MethodNotAllowedException', 405],
  ['NotAcceptableException', 406],
  ['RequestTimeoutException', 408],
  ['ConflictException', 409],
  ['GoneException', 410],
  ['PreconditionFailedException', 412],
  ['PayloadTooLargeException', 413],
  ['UnsupportedMediaTypeException', 415],
  ['ImATeapotException', 418],
  ['MisdirectedException', 421],
  ['UnprocessableEntityException', 422],
  ['InternalServerErrorException', 500],
  ['NotImplementedException', 501],
  ['BadGatewayException', 502],
  ['ServiceUnavailableException', 503],
  ['GatewayTimeoutException', 504],
  ['HttpVersionNotSupportedException', 505],
]);

/** `new HttpException(body, status)` takes its status as the second argument. */
const HTTP_EXCEPTION = 'HttpException';
const UNAUTHORIZED_EXCEPTION = 'UnauthorizedException';

/** The exception class to throw for a status, when a fix changes it. */
const EXCEPTION_FOR_STATUS = new Map([...EXCEPTION_STATUSES].map(([name, status]) => [status, name]));

/** Names of Nest's `HttpStatus` members where they differ from the reason phrase in upper case. */
const NEST_STATUS_NAMES = new Map([
  [413, 'PAYLOAD_TOO_LARGE'],
  [418, 'I_AM_A_TEAPOT'],
  [421, 'MISDIRECTED'],
  [422, 'UNPROCESSABLE_ENTITY'],
]);

/** Method decorators of @nestjs/common that make a controller method a route handler. */
const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']);
const CONTROLLER_DECORATOR = 'Controller';
const FILTER_DECORATOR = 'Catch';
/** The decorator that hands a controller's or a handler's errors to exception filters. */
const USE_FILTERS_DECORATOR = 'UseFilters';
const HEADER_DECORATOR = 'Header';
const HTTP_CODE_DECORATOR = 'HttpCode';
/** Parameter decorators that inject the platform's response object; `@Res()` is an alias of `@Response()`. */
const RESPONSE_DECORATORS = new Set(['Res', 'Response']);

/** The interface of @nestjs/common that guards implement, and the guard class factory of @nestjs/passport. */
const GUARD_INTERFACE = 'CanActivate';
const PASSPORT_GUARD = 'AuthGuard';
/**
 * Guard methods that receive the `ExecutionContext`, with its parameter
 * index: `canActivate(context)`, and `handleRequest(err, user, info,
 * context)` of a guard that extends passport's `AuthGuard`.
 */
const GUARD_CONTEXT_PARAMETERS = new Map([
  ['canActivate', 0],
  ['handleRequest', 3],
]);
const CAN_ACTIVATE = 'canActivate';
/** The interface of @nestjs/common that interceptors implement, and their method, which gets the `ExecutionContext` first. */
const INTERCEPTOR_INTERFACE = 'NestInterceptor';
const INTERCEPT = 'intercept';

/** The exception filter method that gets the caught exception and the `ArgumentsHost`. */
const FILTER_METHOD = 'catch';
/** The call on `host.switchToHttp()` or `context.switchToHttp()` that returns the platform's response object. */
const GET_RESPONSE = 'getResponse';

/** Methods that write a header on the Express response or the Fastify reply (`header` exists on both). */
const RESPONSE_HEADER_METHODS = new Set(['set', 'header', 'setHeader', 'append']);
/** Methods that only Express's response has: an untyped response object that calls one is Express's. */
const EXPRESS_ONLY_METHODS = new Set(['json', 'jsonp', 'sendStatus', 'set']);
/** Methods that only Fastify's reply has. */
const FASTIFY_ONLY_METHODS = new Set(['code']);
/** The response types of the two platforms, by module and exported type name. */
const RESPONSE_TYPES = new Map<string, ReadonlyMap<string, ResponseFramework>>([
  ['express', new Map([['Response', 'express']])],
  ['fastify', new Map([['FastifyReply', 'fastify']])],
]);

/** Rxjs's `throwError(() => error)`, which Nest handles like a thrown error. */
const THROW_ERROR_FUNCTIONS = new Set(['throwError']);

/** The content type of a returned body on Nest 11 with platform-express: JSON for objects, text/html for strings and numbers. */
const DEFAULT_CONTENT_TYPES = new Map([
  ['json', 'application/json'],
  ['text', 'text/html'],
]);

const WWW_AUTHENTICATE = 'www-authenticate';
const CONTENT_TYPE = 'content-type';

/** A decorator resolved to the module and member it comes from. */
interface DecoratorRef {
  source: string;
  name: string;
  node: TSESTree.Decorator;
  call: TSESTree.CallExpression | undefined;
}

type ClassRole = 'controller' | 'guard' | 'interceptor' | 'filter' | 'other';

/** The role of a class and its traits, read from its decorators and interfaces. */
interface ClassInfo {
  role: ClassRole;
  nonHttp: boolean;
  graphqlGuard: boolean;
  usesFilters: boolean;
}

/** A method of a class in a Nest file, with what its decorators make of it. */
interface NestMethod {
  fn: TSESTree.FunctionExpression;
  definition: TSESTree.MethodDefinition;
  name: string | undefined;
  classRole: ClassRole;
  /** Decorators of @nestjs/common on the method. */
  decorators: DecoratorRef[];
  isRoute: boolean;
  /** Whether the class or method belongs to GraphQL, a microservice or a WebSocket gateway. */
  nonHttp: boolean;
  /** Whether the method's class is a guard that reads GraphQL's context, where a header fix on the HTTP response would throw. */
  graphqlGuard: boolean;
  /** Whether `@UseFilters()` on the method or its class hands its errors to exception filters. */
  usesFilters: boolean;
}

/**
 * Collects the response sites of NestJS code: thrown built-in exceptions and
 * `HttpException`, a guard's `canActivate` that returns `false` (Nest sends
 * 403 "Forbidden resource"), and `@HttpCode(n)` on a route handler that
 * returns its body. `@Header()` on the handler counts for the success and the
 * error path. Nest never sets `WWW-Authenticate` by itself (observed on Nest
 * 11 and 12).
 */
export function collectNestSites(file: FileContext, responses: ResponseObjectAdapter): ResponseSite[] {
  if (!file.importsAny([NEST_COMMON, NEST_PASSPORT])) {
    return [];
  }
  const nest = nestFileOf(file);
  const sites: ResponseSite[] = [];

  for (const node of file.news) {
    const site = exceptionSite(node, nest, responses);
    if (site) {
      sites.push(site);
    }
  }
  for (const method of nest.methods()) {
    if (method.nonHttp) {
      continue;
    }
    if (method.classRole === 'guard' && method.name === CAN_ACTIVATE) {
      sites.push(...guardSites(method, nest));
    }
    if (method.isRoute) {
      const site = httpCodeSite(method, nest, responses);
      if (site) {
        sites.push(site);
      }
    }
  }
  return sites;
}

/**
 * Finds the platform response objects of a Nest file, for the Express and
 * Fastify response adapter: a route parameter decorated with `@Res()` or
 * `@Response()`, and `host.switchToHttp().getResponse()` in an exception
 * filter's `catch(exception, host)`, whose caught exception gives the status.
 * The platform comes from the type (`Response` of express, `FastifyReply`)
 * or, untyped, from a method that only one platform has (`res.json()`).
 */
/**
 * Tells whether a node runs directly in a NestJS route handler whose errors
 * reach Nest's own exception filter. Neither `@UseFilters()` on the handler or
 * its class nor an exception filter (`@Catch()`) in the file may take them,
 * because such a filter may send an error's status itself. A service's error
 * may be converted by its caller, so only the handler's own code counts.
 */
export function reachesNestDefaultFilter(file: FileContext, node: Node): boolean {
  const nest = nestFileOf(file);
  const method = nest.enclosingMethod(node);
  if (!method || method.fn !== enclosingFunction(node) || !method.isRoute || method.nonHttp || method.usesFilters) {
    return false;
  }
  return !nest.methods().some((candidate) => candidate.classRole === 'filter');
}

export function findNestResponseObjects(file: FileContext): ResponseObject[] {
  if (!file.modules.has(NEST_COMMON)) {
    return [];
  }
  const nest = nestFileOf(file);
  const found: ResponseObject[] = [];

  for (const method of nest.methods()) {
    for (const param of method.fn.params) {
      const identifier = parameterIdentifier(param);
      if (!identifier || !decoratorsOf(param).some((decorator) => nest.isNestDecorator(decorator, RESPONSE_DECORATORS))) {
        continue;
      }
      const variable = resolveVariable(identifier, file.scopeOf(method.fn));
      const framework = variable ? platformOf(identifier.typeAnnotation?.typeAnnotation, variable, file) : undefined;
      if (variable && framework) {
        found.push(responseObject(variable, framework, method.fn, undefined));
      }
    }
  }

  for (const declarator of file.declarators) {
    const init = declarator.init ? unwrap(declarator.init) : undefined;
    if (init?.type !== AST_NODE_TYPES.CallExpression || calleeName(init) !== GET_RESPONSE || declarator.id.type !== AST_NODE_TYPES.Identifier) {
      continue;
    }
    const method = nest.enclosingMethod(declarator);
    if (!method || method.classRole !== 'filter' || method.name !== FILTER_METHOD) {
      continue;
    }
    const variable = resolveVariable(declarator.id, file.scopeOf(declarator));
    const typeNode = declarator.id.typeAnnotation?.typeAnnotation ?? init.typeArguments?.params[0];
    const framework = variable ? platformOf(typeNode, variable, file) : undefined;
    const exception = parameterIdentifier(method.fn.params[0]);
    if (variable && framework) {
      found.push(responseObject(variable, framework, method.fn, exception ? resolveVariable(exception, file.scopeOf(method.fn)) : undefined));
    }
  }
  return found;
}

function responseObject(
  variable: Scope.Variable,
  framework: ResponseFramework,
  handler: TSESTree.FunctionExpression,
  errorParameter: Scope.Variable | undefined,
): ResponseObject {
  return { variable, framework, api: RESPONSE_APIS[framework], handler, errorParameter, nextParameter: undefined, runsBeforeHandlers: false };
}

/** Tells the platform of an injected response object from its type, or from the methods called on it. */
function platformOf(typeNode: TSESTree.TypeNode | undefined, variable: Scope.Variable, file: FileContext): ResponseFramework | undefined {
  if (typeNode) {
    if (typeNode.type !== AST_NODE_TYPES.TSTypeReference) {
      return undefined;
    }
    // `Response` imported from express, or `express.Response` through a namespace or default import.
    const typeName = typeNode.typeName;
    const qualified = typeName.type === AST_NODE_TYPES.TSQualifiedName;
    const root = qualified ? typeName.left : typeName;
    if (root.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const origin = importOrigin(root, file.scopeOf(root));
    if (!origin) {
      return undefined;
    }
    const member = qualified ? typeName.right.name : origin.imported;
    return RESPONSE_TYPES.get(origin.source)?.get(member);
  }

  let express = false;
  let fastify = false;
  for (const reference of variable.references) {
    const parent = reference.identifier.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) {
      continue;
    }
    const name = memberName(parent);
    express ||= name !== undefined && EXPRESS_ONLY_METHODS.has(name);
    fastify ||= name !== undefined && FASTIFY_ONLY_METHODS.has(name);
  }
  if (express === fastify) {
    return undefined;
  }
  return express ? 'express' : 'fastify';
}

const nestFiles = new WeakMap<FileContext, NestFile>();

function nestFileOf(file: FileContext): NestFile {
  let nest = nestFiles.get(file);
  if (!nest) {
    nest = new NestFile(file);
    nestFiles.set(file, nest);
  }
  return nest;
}

/** The classes and methods of one Nest file, resolved once and shared by the site collectors and the response finder. */
class NestFile {
  private methodList: NestMethod[] | undefined;
  private readonly byFunction = new Map<TSESTree.FunctionExpression, NestMethod>();
  private readonly classRoles = new Map<ClassNode, ClassInfo>();
  private gqlCreations: TSESTree.CallExpression[] | undefined;
  private callsByMethod: Map<TSESTree.FunctionExpression, TSESTree.CallExpression[]> | undefined;

  constructor(readonly file: FileContext) {}

  methods(): NestMethod[] {
    if (!this.methodList) {
      this.methodList = [];
      for (const fn of this.file.functions) {
        const definition = fn.parent;
        if (fn.type !== AST_NODE_TYPES.FunctionExpression || definition?.type !== AST_NODE_TYPES.MethodDefinition) {
          continue;
        }
        const method = this.describeMethod(fn, definition);
        this.methodList.push(method);
        this.byFunction.set(fn, method);
      }
    }
    return this.methodList;
  }

  /** Returns the class method that contains a node, through nested callbacks. */
  enclosingMethod(node: Node): NestMethod | undefined {
    this.methods();
    let fn = enclosingFunction(node);
    while (fn) {
      if (fn.type === AST_NODE_TYPES.FunctionExpression) {
        const method = this.byFunction.get(fn);
        if (method) {
          return method;
        }
      }
      fn = enclosingFunction(fn);
    }
    return undefined;
  }

  /** The calls inside a method, in source order, grouped in one pass over the file's calls. */
  callsIn(method: NestMethod): TSESTree.CallExpression[] {
    if (!this.callsByMethod) {
      this.callsByMethod = new Map();
      for (const call of this.file.calls) {
        const owner = this.enclosingMethod(call);
        if (!owner) {
          continue;
        }
        const list = this.callsByMethod.get(owner.fn);
        if (list) {
          list.push(call);
        } else {
          this.callsByMethod.set(owner.fn, [call]);
        }
      }
    }
    return this.callsByMethod.get(method.fn) ?? [];
  }

  /** Resolves a decorator to the module member it calls (`@Get()`, `@common.Get()`). */
  resolveDecorator(decorator: TSESTree.Decorator): DecoratorRef | undefined {
    const expression = unwrap(decorator.expression);
    const call = expression.type === AST_NODE_TYPES.CallExpression ? expression : undefined;
    const callee = call ? unwrap(call.callee) : expression;
    const root = rootIdentifier(callee);
    if (!root || (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression)) {
      return undefined;
    }
    const origin = importOrigin(root, this.file.scopeOf(decorator));
    if (!origin) {
      return undefined;
    }
    if (callee.type === AST_NODE_TYPES.Identifier) {
      return { source: origin.source, name: origin.imported, node: decorator, call };
    }
    const name = memberName(callee);
    return isWholeModule(origin.imported) && unwrap(callee.object) === root && name !== undefined
      ? { source: origin.source, name, node: decorator, call }
      : undefined;
  }

  isNestDecorator(decorator: TSESTree.Decorator, names: ReadonlySet<string>): boolean {
    const ref = this.resolveDecorator(decorator);
    return ref !== undefined && ref.source === NEST_COMMON && names.has(ref.name);
  }

  /** Checks whether an identifier or `namespace.member` refers to the export `name` of `source`. */
  refersTo(node: Node, source: string, name: string): boolean {
    const expression = unwrap(node);
    const root = rootIdentifier(expression);
    if (!root) {
      return false;
    }
    const origin = importOrigin(root, this.file.scopeOf(root));
    if (origin?.source !== source) {
      return false;
    }
    if (expression.type === AST_NODE_TYPES.Identifier) {
      return origin.imported === name;
    }
    return (
      expression.type === AST_NODE_TYPES.MemberExpression &&
      isWholeModule(origin.imported) &&
      unwrap(expression.object) === root &&
      memberName(expression) === name
    );
  }

  private describeMethod(fn: TSESTree.FunctionExpression, definition: TSESTree.MethodDefinition): NestMethod {
    const classNode = definition.parent.parent;
    const classInfo = this.classInfo(classNode);
    const refs = decoratorsOf(definition).map((decorator) => this.resolveDecorator(decorator)).filter((ref) => ref !== undefined);
    const decorators = refs.filter((ref) => ref.source === NEST_COMMON);
    const name = definition.key.type === AST_NODE_TYPES.Identifier && !definition.computed ? definition.key.name : undefined;
    return {
      fn,
      definition,
      name,
      classRole: classInfo.role,
      decorators,
      isRoute: classInfo.role === 'controller' && decorators.some((ref) => ROUTE_DECORATORS.has(ref.name)),
      nonHttp: classInfo.nonHttp || refs.some((ref) => NON_HTTP_MODULES.has(ref.source)),
      graphqlGuard: classInfo.graphqlGuard,
      usesFilters: classInfo.usesFilters || decorators.some((ref) => ref.name === USE_FILTERS_DECORATOR),
    };
  }

  private classInfo(node: ClassNode): ClassInfo {
    const cached = this.classRoles.get(node);
    if (cached) {
      return cached;
    }
    const refs = decoratorsOf(node).map((decorator) => this.resolveDecorator(decorator)).filter((ref) => ref !== undefined);
    const nestDecorators = new Set(refs.filter((ref) => ref.source === NEST_COMMON).map((ref) => ref.name));
    let role: ClassRole = 'other';
    if (this.isGuard(node)) {
      role = 'guard';
    } else if ((node.implements ?? []).some((clause) => this.refersTo(clause.expression, NEST_COMMON, INTERCEPTOR_INTERFACE))) {
      role = 'interceptor';
    } else if (nestDecorators.has(FILTER_DECORATOR)) {
      role = 'filter';
    } else if (nestDecorators.has(CONTROLLER_DECORATOR)) {
      role = 'controller';
    }
    // A guard that reads only GraphQL's context serves no HTTP route. One that also reads the HTTP context serves both.
    const contexts = role === 'guard' ? this.guardContexts(node) : { graphql: false, http: false };
    const graphqlGuard = contexts.graphql;
    const nonHttp = refs.some((ref) => NON_HTTP_MODULES.has(ref.source)) || (contexts.graphql && !contexts.http);
    const info = { role, nonHttp, graphqlGuard, usesFilters: nestDecorators.has(USE_FILTERS_DECORATOR) };
    this.classRoles.set(node, info);
    return info;
  }

  /**
   * Finds how a guard reads its context: GraphQL's when it calls
   * `GqlExecutionContext.create()` (under any import name) or calls a helper
   * of the file that does, and the HTTP context when it or that helper calls
   * `switchToHttp()` or `getType()`. Nest's GraphQL driver sends a guard's
   * exceptions as GraphQL errors with status 200.
   */
  private guardContexts(node: ClassNode): { graphql: boolean; http: boolean } {
    let graphql = false;
    let http = this.callsWithin(node, HTTP_CONTEXT_CALLS);
    for (const call of this.graphQLContextCreations()) {
      if (isWithin(call, node)) {
        graphql = true;
        continue;
      }
      // function requestOf(context) { return GqlExecutionContext.create(context).getContext().req; }
      const helper = enclosingFunction(call);
      const name = helper ? declaredName(helper)?.name : undefined;
      if (helper && name !== undefined && this.callsWithin(node, [name])) {
        graphql = true;
        http ||= this.callsWithin(helper, HTTP_CONTEXT_CALLS);
      }
    }
    return { graphql, http };
  }

  /** Returns the file's calls of `GqlExecutionContext.create()`, found once. */
  private graphQLContextCreations(): TSESTree.CallExpression[] {
    if (this.gqlCreations) {
      return this.gqlCreations;
    }
    const names = new Set<string>();
    for (const statement of this.file.program.body) {
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== NEST_GRAPHQL) {
        continue;
      }
      for (const specifier of statement.specifiers) {
        const imported = specifier.type === AST_NODE_TYPES.ImportSpecifier ? specifier.imported : undefined;
        const importedName = imported?.type === AST_NODE_TYPES.Identifier ? imported.name : imported?.value;
        if (importedName === GQL_EXECUTION_CONTEXT) {
          names.add(specifier.local.name);
        }
      }
    }
    this.gqlCreations = this.file.callsNamed(['create']).filter((call) => {
      const callee = unwrap(call.callee);
      const object = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
      return object?.type === AST_NODE_TYPES.Identifier && names.has(object.name);
    });
    return this.gqlCreations;
  }

  /** Checks whether a class or function calls one of `names`, such as `context.switchToHttp()`. */
  private callsWithin(node: TSESTree.Node, names: readonly string[]): boolean {
    return this.file.callsNamed(names).some((call) => isWithin(call, node));
  }

  /** Checks whether a class is a guard: it implements `CanActivate` of @nestjs/common or extends `AuthGuard(...)` of @nestjs/passport. */
  private isGuard(node: ClassNode): boolean {
    if ((node.implements ?? []).some((clause) => this.refersTo(clause.expression, NEST_COMMON, GUARD_INTERFACE))) {
      return true;
    }
    const superClass = node.superClass ? unwrap(node.superClass) : undefined;
    return superClass?.type === AST_NODE_TYPES.CallExpression && this.refersTo(superClass.callee, NEST_PASSPORT, PASSPORT_GUARD);
  }
}

// ---------------------------------------------------------------------------
// Thrown exceptions

interface ExceptionClass {
  name: string;
  /** The callee node to rewrite when the class changes: the identifier, or the member of a namespace. */
  callee: TSESTree.Identifier | TSESTree.MemberExpression;
}

function exceptionClassOf(node: TSESTree.NewExpression, nest: NestFile): ExceptionClass | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const name = callee.type === AST_NODE_TYPES.Identifier ? importOrigin(callee, nest.file.scopeOf(callee))?.imported : memberName(callee);
  if (name === undefined || (name !== HTTP_EXCEPTION && !EXCEPTION_STATUSES.has(name))) {
    return undefined;
  }
  return nest.refersTo(callee, NEST_COMMON, name) ? { name, callee } : undefined;
}

/**
 * Tells whether an error is thrown, through `err || new X()` and ternaries or
 * by rxjs's `throwError`, and finds the `throw` statement when there is one.
 */
function throwingStatement(node: Node): { thrown: boolean; statement: TSESTree.ThrowStatement | undefined } {
  let child: Node = node;
  let parent = node.parent;
  while (parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ThrowStatement:
        return { thrown: true, statement: parent };
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (child === parent.test) {
          return { thrown: false, statement: undefined };
        }
        break;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return { thrown: parent.body === child && isThrowErrorArgument(parent), statement: undefined };
      case AST_NODE_TYPES.CallExpression:
        return { thrown: parent.arguments.includes(child as TSESTree.Expression) && isThrowErrorCall(parent), statement: undefined };
      default:
        return { thrown: false, statement: undefined };
    }
    child = parent;
    parent = parent.parent;
  }
  return { thrown: false, statement: undefined };
}

function isThrowErrorArgument(fn: TSESTree.ArrowFunctionExpression): boolean {
  return fn.parent?.type === AST_NODE_TYPES.CallExpression && fn.parent.arguments.includes(fn) && isThrowErrorCall(fn.parent);
}

function isThrowErrorCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  return name !== undefined && THROW_ERROR_FUNCTIONS.has(name);
}

function exceptionSite(node: TSESTree.NewExpression, nest: NestFile, responses: ResponseObjectAdapter): ResponseSite | undefined {
  const exception = exceptionClassOf(node, nest);
  if (!exception) {
    return undefined;
  }
  const isHttpException = exception.name === HTTP_EXCEPTION;
  const status: Status = isHttpException
    ? resolveStatus(node.arguments[1], nest.file)
    : { kind: 'number', value: EXCEPTION_STATUSES.get(exception.name) ?? 500 };
  if (status.kind !== 'number') {
    return undefined;
  }
  const raised = throwingStatement(node);
  const method = nest.enclosingMethod(node);
  if (!raised.thrown || method?.nonHttp) {
    return undefined;
  }

  const bodyArgument = node.arguments[0];
  const addHeader = headerFixFor(method, raised.statement, nest);
  const fixes: AdapterFixes = {
    addHeader,
    changeStatus: (fixer, newStatus) => changeExceptionStatus(fixer, node, exception, newStatus, nest),
    headerFixProven: addHeader !== undefined,
  };

  return {
    framework: 'nest',
    kind: 'throw',
    statusNode: node,
    status,
    scope: enclosingFunction(node) ?? nest.file.program,
    body: exceptionBody(node, bodyArgument, nest.file),
    contentType: method?.isRoute ? headerDecoratorValue(method, CONTENT_TYPE, nest) : undefined,
    defaultContentType: 'application/json',
    wwwAuthenticate: exceptionChallenge(node, method, nest, responses),
    thrown: true,
    inErrorHandler: false,
    fixTarget: { form: 'adapter', fixes },
    anchor: node,
    hints: collectHints(isHttpException ? [bodyArgument] : node.arguments),
  };
}

/**
 * Describes the body Nest sends for an exception. An object literal argument
 * goes out verbatim as JSON. Nest wraps a string in `{ message, error,
 * statusCode }` and sends `{ message, statusCode }` without an argument,
 * which is never problem details, but its shape stays unknown here because
 * the rules judge thrown errors by option only.
 */
function exceptionBody(node: TSESTree.NewExpression, argument: TSESTree.CallExpressionArgument | undefined, file: FileContext): Body {
  const { shape } = shapeOf(argument, file);
  if (argument && shape.kind === 'object') {
    return { shape, encoding: 'json', reportNode: argument };
  }
  return { shape: { kind: 'unknown' }, encoding: 'json', reportNode: argument ?? node };
}

/**
 * Reads the challenge that goes out with a thrown exception: `@Header()` on
 * the route handler (applied on the error path too), a header written on an
 * injected `@Res()` before the throw, or, in a guard or an interceptor, on
 * `context.switchToHttp().getResponse()` before the throw.
 */
function exceptionChallenge(node: Node, method: NestMethod | undefined, nest: NestFile, responses: ResponseObjectAdapter): HeaderState {
  if (method?.isRoute) {
    const decorated = headerDecoratorState(method, nest);
    if (decorated.kind !== 'absent') {
      return decorated;
    }
  }
  const readsContext =
    (method?.classRole === 'guard' && GUARD_CONTEXT_PARAMETERS.has(method.name ?? '')) || (method?.classRole === 'interceptor' && method.name === INTERCEPT);
  if (method && readsContext) {
    return guardResponseChallenge(method, node, nest);
  }
  return responses.raisedErrorChallenge(node, true);
}

/** The `WWW-Authenticate` state that `@Header()` decorators give a route handler. */
function headerDecoratorState(method: NestMethod, nest: NestFile): HeaderState {
  let opaque = false;
  for (const ref of method.decorators) {
    if (ref.name !== HEADER_DECORATOR || !ref.call) {
      continue;
    }
    const name = staticString(ref.call.arguments[0], nest.file);
    if (name === undefined) {
      opaque = true;
    } else if (name.toLowerCase() === WWW_AUTHENTICATE) {
      return { kind: 'set', value: headerValue(ref.call.arguments[1], nest.file) };
    }
  }
  return opaque ? { kind: 'unknown' } : { kind: 'absent' };
}

/** The content type that a `@Header('Content-Type', ...)` decorator sets, if any. */
function headerDecoratorValue(method: NestMethod, name: string, nest: NestFile): ResponseSite['contentType'] {
  const decorator = findHeaderDecorator(method, name, nest);
  const valueNode = decorator?.call?.arguments[1];
  return decorator ? { value: mediaType(staticString(valueNode, nest.file), false), node: valueNode } : undefined;
}

function findHeaderDecorator(method: NestMethod, name: string, nest: NestFile): DecoratorRef | undefined {
  return method.decorators.find(
    (ref) => ref.name === HEADER_DECORATOR && ref.call !== undefined && staticString(ref.call.arguments[0], nest.file)?.toLowerCase() === name,
  );
}

/** Reads header writes on the guard's response object (`context.switchToHttp().getResponse()`) before a position. */
function guardResponseChallenge(method: NestMethod, site: Node, nest: NestFile): HeaderState {
  let state: HeaderState = { kind: 'absent' };
  for (const call of nest.callsIn(method)) {
    if (call.range[0] >= site.range[0]) {
      break;
    }
    const callee = unwrap(call.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || name === undefined || !RESPONSE_HEADER_METHODS.has(name) || !isGuardResponse(callee.object, nest)) {
      continue;
    }
    // A write in a branch that leaves before the site does not count, and one in a branch that may not run is uncertain.
    const relation = branchRelation(call, site, { exitingBlocks: true, exclusiveBranches: true });
    if (relation === 'exited') {
      continue;
    }
    const headerName = staticString(call.arguments[0], nest.file);
    if (headerName === undefined || (relation === 'uncertain' && headerName.toLowerCase() === WWW_AUTHENTICATE)) {
      state = state.kind === 'set' ? state : { kind: 'unknown' };
    } else if (headerName.toLowerCase() === WWW_AUTHENTICATE) {
      state = { kind: 'set', value: headerValue(call.arguments[1], nest.file) };
    }
  }
  return state;
}

/** Checks whether an expression is a `getResponse()` call, or a `const` bound to one. */
function isGuardResponse(node: Node, nest: NestFile): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.CallExpression) {
    return calleeName(expression) === GET_RESPONSE;
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const definition = resolveVariable(expression, nest.file.scopeOf(expression))?.defs[0];
  const init = definition?.type === 'Variable' ? definition.node.init : undefined;
  return init !== undefined && init !== null && unwrap(init).type === AST_NODE_TYPES.CallExpression && calleeName(unwrap(init) as TSESTree.CallExpression) === GET_RESPONSE;
}

// ---------------------------------------------------------------------------
// Guards

/**
 * Builds a 403 site for each `return false` of a guard's `canActivate`,
 * which Nest sends as "Forbidden resource", and for each returned test such
 * as `return Boolean(request.user)`, which sends it where the test is false.
 */
function guardSites(method: NestMethod, nest: NestFile): ResponseSite[] {
  const sites: ResponseSite[] = [];
  for (const statement of returnStatements(method.fn, nest.file)) {
    const argument = statement.argument ? unwrap(statement.argument) : undefined;
    const returnsFalse = argument?.type === AST_NODE_TYPES.Literal && argument.value === false;
    const test = argument && !returnsFalse && isReturnedTest(argument) && !holdsVerifyResult(argument, method, nest) ? statement.argument : undefined;
    if (!returnsFalse && !test) {
      continue;
    }

    // A header written before a returned test would go out on every request, so that form gets no fix.
    const addHeader = test ? undefined : headerFixFor(method, statement, nest);
    sites.push({
      framework: 'nest',
      kind: 'guard',
      statusNode: statement,
      status: { kind: 'number', value: 403 },
      scope: method.fn,
      body: { shape: { kind: 'unknown' }, encoding: 'json', reportNode: statement },
      contentType: undefined,
      defaultContentType: 'application/json',
      wwwAuthenticate: guardResponseChallenge(method, statement, nest),
      // Nest throws a ForbiddenException for the guard, so exception filters shape this body.
      thrown: true,
      inErrorHandler: false,
      fixTarget: {
        form: 'adapter',
        fixes: {
          addHeader,
          changeStatus: test ? undefined : (fixer, newStatus) => guardReturnToThrow(fixer, statement, newStatus, nest),
          headerFixProven: addHeader !== undefined,
        },
      },
      anchor: statement,
      sentWhen: test ? { kind: 'test', test, holds: false } : undefined,
      hints: [],
    });
  }
  return sites;
}

/**
 * Tells whether a returned value is what a verify call gives, such as
 * `this.jwt.verifyAsync(token)` or `!!(await verify(token))`. jsonwebtoken's
 * `verify` and Nest's `verifyAsync` throw on a bad credential rather than
 * return a falsy value, so the guard's 403 never happens there.
 *
 * NOTE: a verify function of the app's own that returns false is left alone
 * too. The path analysis still reads `if (!jwt.verify(token)) return false`
 * as a failed verify, although jsonwebtoken throws there instead.
 */
function returnsVerifyResult(node: Node): boolean {
  const value = testedValue(node);
  return value.type === AST_NODE_TYPES.CallExpression && (calleeName(value)?.toLowerCase().includes('verify') ?? false);
}

/** Returns the value whose truth a test reads, without `!`, `await` and `Boolean()` around it. */
function testedValue(node: Node): Node {
  let value = unwrap(node);
  for (let depth = 0; depth < 8; depth += 1) {
    if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === '!') {
      value = unwrap(value.argument);
    } else if (value.type === AST_NODE_TYPES.AwaitExpression) {
      value = unwrap(value.argument);
    } else if (value.type === AST_NODE_TYPES.CallExpression && calleeName(value) === 'Boolean' && value.arguments[0]) {
      value = unwrap(value.arguments[0]);
    } else {
      break;
    }
  }
  return value;
}

/**
 * Tells whether a returned name or member holds a verify call's result:
 * `const payload = await this.jwt.verifyAsync(token)`, or
 * `request.user = await this.jwt.verifyAsync(token)` in the guard.
 */
function holdsVerifyResult(returned: Node, method: NestMethod, nest: NestFile): boolean {
  const node = testedValue(returned);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const definition = resolveVariable(node, nest.file.scopeOf(node))?.defs[0];
    return definition?.type === 'Variable' && definition.node.init !== null && returnsVerifyResult(definition.node.init);
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const text = nest.file.text(node);
  const [start, end] = method.fn.range;
  return nest.file.assignments.some(
    (assignment) =>
      assignment.range[0] > start && assignment.range[1] < end && nest.file.text(assignment.left) === text && returnsVerifyResult(assignment.right),
  );
}

/**
 * Tells whether a guard's returned value is a form the path classification
 * reads as a test: `Boolean(x)`, `!!x`, a comparison,
 * `a && b`, or a name, member or call such as `request.isAuthenticated()`.
 */
function isReturnedTest(node: Node): boolean {
  if (returnsVerifyResult(node)) {
    return false;
  }
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === '&&';
    default:
      return false;
  }
}

/** Replaces a guard's `return false` with `throw new UnauthorizedException()`, the only way a guard sends 401. */
function guardReturnToThrow(fixer: RuleFixer, statement: TSESTree.ReturnStatement, newStatus: number, nest: NestFile): RuleFix[] | undefined {
  if (newStatus !== 401) {
    return undefined;
  }
  const reference = nestReference(fixer, nest, UNAUTHORIZED_EXCEPTION, statement);
  if (!reference) {
    return undefined;
  }
  const semicolon = nest.file.text(statement).endsWith(';') ? ';' : '';
  return [...reference.fixes, fixer.replaceText(statement, `throw new ${reference.text}()${semicolon}`)];
}

// ---------------------------------------------------------------------------
// @HttpCode on a route handler

/**
 * A route handler decorated with `@HttpCode(n)` for an error status sends
 * its return value with that status. A handler that injects `@Res()` without
 * `passthrough` sends the response itself, and Nest ignores `@HttpCode`.
 */
function httpCodeSite(method: NestMethod, nest: NestFile, responses: ResponseObjectAdapter): ResponseSite | undefined {
  const httpCode = method.decorators.find((ref) => ref.name === HTTP_CODE_DECORATOR);
  const statusNode = httpCode?.call?.arguments[0];
  if (!statusNode || injectsResponseWithoutPassthrough(method, nest)) {
    return undefined;
  }
  const status = resolveStatus(statusNode, nest.file);
  if (status.kind !== 'number' || status.value < 400) {
    return undefined;
  }

  const returned = returnStatements(method.fn, nest.file).flatMap((statement) => (statement.argument ? [statement.argument] : []));
  const body = returnedBody(returned, statusNode, nest.file);
  let challenge = headerDecoratorState(method, nest);
  const response = responses.responseAround(method.fn.body);
  if (challenge.kind === 'absent' && response) {
    challenge = responses.challengeBefore(response, method.fn.range[1]);
  }

  return {
    framework: 'nest',
    kind: 'return',
    statusNode,
    status,
    scope: method.fn,
    body,
    contentType: headerDecoratorValue(method, CONTENT_TYPE, nest),
    defaultContentType: DEFAULT_CONTENT_TYPES.get(body.encoding),
    wwwAuthenticate: challenge,
    thrown: false,
    inErrorHandler: false,
    fixTarget: {
      form: 'adapter',
      fixes: {
        addHeader: (fixer, name, value) => addHeaderDecorator(fixer, method, name, value, nest),
        setProblemContentType: (fixer) => setProblemContentTypeDecorator(fixer, method, nest),
        changeStatus: (fixer, newStatus) => replaceStatusExpression(fixer, statusNode, newStatus, nest),
        headerFixProven: true,
      },
    },
    anchor: statusNode,
    hints: collectHints(returned),
  };
}

/**
 * The body of a handler with one `return <value>`; with several, its shape
 * is unknown. Nest sends an object or array as JSON and anything else
 * through Express's `send` (a string goes out as text/html).
 */
function returnedBody(returned: Node[], statusNode: Node, file: FileContext): Body {
  const [only] = returned;
  if (returned.length === 0) {
    return { shape: { kind: 'empty' }, encoding: 'none', reportNode: statusNode };
  }
  if (returned.length > 1 || !only) {
    return { shape: { kind: 'unknown' }, encoding: 'json', reportNode: statusNode };
  }
  const { shape } = shapeOf(only, file);
  switch (shape.kind) {
    case 'object':
    case 'array':
    case 'unknown':
      return { shape, encoding: 'json', reportNode: only };
    case 'empty':
      return { shape, encoding: 'none', reportNode: only };
    default:
      return { shape, encoding: 'text', reportNode: only };
  }
}

function injectsResponseWithoutPassthrough(method: NestMethod, nest: NestFile): boolean {
  return method.fn.params.some((param) => {
    return decoratorsOf(param).some((decorator) => {
      if (!nest.isNestDecorator(decorator, RESPONSE_DECORATORS)) {
        return false;
      }
      const expression = unwrap(decorator.expression);
      const options = expression.type === AST_NODE_TYPES.CallExpression && expression.arguments[0] ? unwrap(expression.arguments[0]) : undefined;
      if (options?.type !== AST_NODE_TYPES.ObjectExpression) {
        return true;
      }
      const passthrough = options.properties.find(
        (property) => property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === 'passthrough',
      );
      const value = passthrough?.type === AST_NODE_TYPES.Property ? unwrap(passthrough.value) : undefined;
      return !(value?.type === AST_NODE_TYPES.Literal && value.value === true);
    });
  });
}

// ---------------------------------------------------------------------------
// Fixes

/**
 * Returns the header fix for a site in a method: the `@Header()` decorator on
 * a route handler, or in a guard's `canActivate` or passport `handleRequest` a
 * statement that writes the header on `context.switchToHttp().getResponse()`
 * before the statement that ends the request. Both forms run on Nest 11 with
 * platform-express and platform-fastify in tests/fixes-on-frameworks/nest.test.ts,
 * so they may be autofixes.
 */
function headerFixFor(
  method: NestMethod | undefined,
  statement: TSESTree.Statement | undefined,
  nest: NestFile,
): AdapterFixes['addHeader'] {
  if (!method) {
    return undefined;
  }
  if (method.isRoute) {
    return (fixer, name, value) => addHeaderDecorator(fixer, method, name, value, nest);
  }
  // On a GraphQL request, `switchToHttp().getResponse()` gives the resolver's arguments, which have no `header()`.
  if (method.graphqlGuard) {
    return undefined;
  }
  const contextIndex = method.classRole === 'guard' && method.name !== undefined ? GUARD_CONTEXT_PARAMETERS.get(method.name) : undefined;
  const context = contextIndex === undefined ? undefined : parameterIdentifier(method.fn.params[contextIndex]);
  if (!context || !statement) {
    return undefined;
  }
  return (fixer, name, value) => guardHeaderStatement(fixer, statement, context, name, value, nest);
}

/** Inserts `context.switchToHttp().getResponse().header(name, value);` before a statement of a block. */
function guardHeaderStatement(
  fixer: RuleFixer,
  statement: TSESTree.Statement,
  context: TSESTree.Identifier,
  name: string,
  value: string,
  nest: NestFile,
): RuleFix[] | undefined {
  const container = statement.parent;
  if (container?.type !== AST_NODE_TYPES.BlockStatement && container?.type !== AST_NODE_TYPES.SwitchCase) {
    return undefined;
  }
  // The context parameter must be what its name refers to at the statement.
  const declared = resolveVariable(context, nest.file.scopeOf(context));
  const seen = findVariable(nest.file.scopeOf(statement) as never, context.name) as Scope.Variable | null;
  if (!declared || seen !== declared) {
    return undefined;
  }
  const indent = indentationOf(statement, nest);
  return [fixer.insertTextBefore(statement, `${context.name}.switchToHttp().getResponse().header(${quote(name)}, ${quote(value)});\n${indent}`)];
}

/** Adds `@Header(name, value)` after the last decorator of a route handler, importing `Header` when needed. */
function addHeaderDecorator(fixer: RuleFixer, method: NestMethod, name: string, value: string, nest: NestFile): RuleFix[] | undefined {
  const decorators = decoratorsOf(method.definition);
  const first = decorators[0];
  const last = decorators[decorators.length - 1];
  const reference = nestReference(fixer, nest, HEADER_DECORATOR, method.definition);
  if (!first || !last || !reference) {
    return undefined;
  }
  const indent = indentationOf(first, nest);
  return [...reference.fixes, fixer.insertTextAfter(last, `\n${indent}@${reference.text}(${quote(name)}, ${quote(value)})`)];
}

/** Sets the content type of a route handler to problem+json: rewrites a literal `@Header('Content-Type', ...)` or adds one. */
function setProblemContentTypeDecorator(fixer: RuleFixer, method: NestMethod, nest: NestFile): RuleFix[] | undefined {
  const existing = findHeaderDecorator(method, CONTENT_TYPE, nest);
  if (!existing) {
    return addHeaderDecorator(fixer, method, 'Content-Type', PROBLEM_JSON, nest);
  }
  const value = existing.call?.arguments[1] ? unwrap(existing.call.arguments[1]) : undefined;
  const isLiteral = value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'string';
  return value && isLiteral ? [fixer.replaceText(value, quote(PROBLEM_JSON))] : undefined;
}

/**
 * Changes the status of a thrown exception: a built-in exception becomes the
 * class for the new status (`ForbiddenException` to `UnauthorizedException`),
 * and `HttpException` gets a new status argument.
 */
function changeExceptionStatus(
  fixer: RuleFixer,
  node: TSESTree.NewExpression,
  exception: ExceptionClass,
  newStatus: number,
  nest: NestFile,
): RuleFix[] | undefined {
  if (exception.name === HTTP_EXCEPTION) {
    const statusArgument = node.arguments[1];
    return statusArgument ? replaceStatusExpression(fixer, statusArgument, newStatus, nest) : undefined;
  }
  const newClass = EXCEPTION_FOR_STATUS.get(newStatus);
  if (newClass === undefined) {
    return undefined;
  }
  if (exception.callee.type === AST_NODE_TYPES.MemberExpression) {
    return [fixer.replaceText(exception.callee.property, newClass)];
  }
  const reference = nestReference(fixer, nest, newClass, node);
  return reference ? [...reference.fixes, fixer.replaceText(exception.callee, reference.text)] : undefined;
}

/** Rewrites a status written as a number or as a member of `HttpStatus`. */
function replaceStatusExpression(fixer: RuleFixer, node: Node, newStatus: number, nest: NestFile): RuleFix[] | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'number') {
    return [fixer.replaceText(expression, String(newStatus))];
  }
  if (expression.type !== AST_NODE_TYPES.MemberExpression || expression.computed || !nest.refersTo(expression.object, NEST_COMMON, 'HttpStatus')) {
    return undefined;
  }
  const name = NEST_STATUS_NAMES.get(newStatus) ?? [...STATUS_CONSTANT_NAMES].find(([, status]) => status === newStatus)?.[0];
  return name === undefined ? undefined : [fixer.replaceText(expression.property, name)];
}

/**
 * Returns how to refer to a value export of @nestjs/common at a node, with the
 * import edit it needs. It reuses a named or namespace import (or a
 * `require('@nestjs/common')` binding), else adds the name to the file's
 * import from @nestjs/common, else adds an import declaration. Returns
 * undefined when the name is bound to something else, or when the file has
 * no import or `require` of @nestjs/common to add to and no ES imports at all.
 */
function nestReference(fixer: RuleFixer, nest: NestFile, name: string, at: Node): { text: string; fixes: RuleFix[] } | undefined {
  const imports = nest.file.program.body.filter(
    (statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration,
  );
  const valueImports = imports.filter((declaration) => declaration.source.value === NEST_COMMON && declaration.importKind !== 'type');
  for (const declaration of valueImports) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
        return { text: `${specifier.local.name}.${name}`, fixes: [] };
      }
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== 'type' && importedName(specifier) === name) {
        return { text: specifier.local.name, fixes: [] };
      }
    }
  }
  const required = nestRequires(nest);
  for (const pattern of required) {
    if (pattern.type === AST_NODE_TYPES.Identifier) {
      return { text: `${pattern.name}.${name}`, fixes: [] };
    }
    const local = pattern.properties.find((property) => property.type === AST_NODE_TYPES.Property && propertyKey(property) === name);
    if (local?.type === AST_NODE_TYPES.Property && local.value.type === AST_NODE_TYPES.Identifier) {
      return { text: local.value.name, fixes: [] };
    }
  }

  if (findVariable(nest.file.scopeOf(at) as never, name)) {
    return undefined;
  }
  for (const declaration of valueImports) {
    const named = declaration.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
    const last = named[named.length - 1];
    if (last) {
      return { text: name, fixes: [appendListItem(fixer, nest.file.sourceCode, last, name)] };
    }
  }
  for (const pattern of required) {
    const last = pattern.type === AST_NODE_TYPES.ObjectPattern ? pattern.properties[pattern.properties.length - 1] : undefined;
    if (last?.type === AST_NODE_TYPES.Property) {
      return { text: name, fixes: [appendListItem(fixer, nest.file.sourceCode, last, name)] };
    }
  }
  const lastImport = imports[imports.length - 1];
  return lastImport ? { text: name, fixes: [fixer.insertTextAfter(lastImport, `\nimport { ${name} } from '${NEST_COMMON}';`)] } : undefined;
}

/** Lists the bindings of `const x = require('@nestjs/common')` and `const { A } = require('@nestjs/common')` at the top level. */
function nestRequires(nest: NestFile): (TSESTree.Identifier | TSESTree.ObjectPattern)[] {
  const patterns: (TSESTree.Identifier | TSESTree.ObjectPattern)[] = [];
  for (const declarator of nest.file.declarators) {
    const init = declarator.init ? unwrap(declarator.init) : undefined;
    if (!init || requireSource(init) !== NEST_COMMON || declarator.parent.parent?.type !== AST_NODE_TYPES.Program) {
      continue;
    }
    if (declarator.id.type === AST_NODE_TYPES.Identifier || declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      patterns.push(declarator.id);
    }
  }
  return patterns;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

function indentationOf(node: Node, nest: NestFile): string {
  const line = nest.file.sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

// ---------------------------------------------------------------------------

/**
 * Checks whether an import binds the whole module: a namespace import, or a
 * default import or `require()`, which for the Nest packages (they have no
 * default export) is the module object.
 */
function isWholeModule(imported: string): boolean {
  return imported === '*' || imported === 'default';
}

/** Returns a node's decorators; parsers without decorator support (espree) leave the property out. */
function decoratorsOf(node: { decorators?: TSESTree.Decorator[] }): TSESTree.Decorator[] {
  return node.decorators ?? [];
}

/** Lists the `return` statements of a function, without those of nested functions and classes. */
function returnStatements(fn: TSESTree.FunctionExpression, file: FileContext): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  const visitorKeys = file.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) {
      break;
    }
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      found.push(node);
      continue;
    }
    if (isFunction(node) || node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) {
      continue;
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as Node).type === 'string') {
          stack.push(item as Node);
        }
      }
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../node-types';
import { enclosingFunction, findProperty, isFunction, memberName, unwrap } from '../ast';
import { collectHints, shapeOf } from '../body';
import type { FileContext } from '../file-context';
import { findHeader, laterHeaderWrites, mediaType, readHeaders } from '../headers';
import type { HeaderSet } from '../headers';
import { importOrigin, resolveVariable } from '../imports';
import type { Body, HeaderState, IneffectiveStatus, ResponseSite } from '../model';
import { inExportedRequestHandler, servesHttp, takesRequest } from '../server-evidence';
import { errorStatusString, errorStatusValue, resolveStatus } from '../status';

/**
 * Text of which a file needs one for a web Response or next/navigation site,
 * besides a status write. Remix's `json(body, 401)` shows no status write.
 */
export const MARKERS = ['Response(', 'Response.', 'unauthorized(', 'forbidden(', '@remix-run/'];

type Node = TSESTree.Node;
type ResponseCreation = TSESTree.NewExpression | TSESTree.CallExpression;

/**
 * A framework's effect on the challenge of a web Response that a handler
 * returns without one. It gives `unknown` when the framework may add headers
 * of its own and `dropped` when it loses a challenge set elsewhere. It gives
 * undefined when the Response goes out as built, or the file is not the framework's.
 */
export type ResponseWrapper = (file: FileContext, response: Node) => HeaderState | undefined;

/** Constructors and static helpers that create a web `Response`, and the modules they may come from. */
const RESPONSE_CLASSES = new Map<string, readonly (string | undefined)[]>([
  ['Response', [undefined, 'undici', 'node-fetch', 'cross-fetch', '@remix-run/node', '@remix-run/web-fetch']],
  ['NextResponse', ['next/server', 'next/dist/server/web/spec-extension/response']],
]);

/** Modules whose `json(body, init)` returns a web Response with the init's status and headers. */
const JSON_HELPER_MODULES = new Set(['@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime', '@sveltejs/kit']);

/**
 * The web `Response` adapter (Next.js route handlers and middleware, Remix,
 * SvelteKit, Workers): `new Response(body, init)`, `Response.json(body,
 * init)` and the same on `NextResponse`. The status and headers come from the
 * init object literal; headers set later through `response.headers.set()`
 * on a `const` count too.
 */
export function collectFetchSites(file: FileContext, wrappers: readonly ResponseWrapper[]): ResponseSite[] {
  const sites: ResponseSite[] = [];
  // Service workers, SDKs, mocks and test helpers build Responses that no server sends.
  const serves = servesHttp(file);
  for (const node of file.news) {
    const site = siteOf(node, false, file, wrappers);
    if (site && (serves || takesRequest(node) || inExportedRequestHandler(node))) {
      sites.push(site);
    }
  }
  // Of the static helpers, the adapter reads `json(body, init)` (`Response.json`, `NextResponse.json`, and Remix's and SvelteKit's `json`).
  for (const node of file.callsNamed(['json', ...jsonHelperAliases(file.program)])) {
    const site = siteOf(node, true, file, wrappers);
    if (site && (serves || takesRequest(node) || inExportedRequestHandler(node))) {
      sites.push(site);
    }
  }

  if (file.modules.has('next/navigation') && NEXT_ROUTE_FILE.test(file.filename)) {
    for (const node of file.callsNamed(NAVIGATION_FACTORIES.keys())) {
      const site = navigationSite(node, file);
      if (site) {
        sites.push(site);
      }
    }
  }
  return sites;
}

/** `unauthorized()` and `forbidden()` of next/navigation, and the statuses they send. */
const NAVIGATION_FACTORIES = new Map([
  ['unauthorized', 401],
  ['forbidden', 403],
]);

/** A Next.js App Router route handler file, named `route.ts` or `route.js` under `app`. */
const NEXT_ROUTE_FILE = /(?:^|[\\/])route\.[cm]?[jt]sx?$/;

/**
 * `unauthorized()` / `forbidden()` from next/navigation in a route handler
 * send 401 / 403 with an empty body and no challenge. On a page they render
 * an error page instead, which is left alone, so the caller checks the file first.
 */
function navigationSite(call: TSESTree.CallExpression, file: FileContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const origin = importOrigin(callee, file.scopeOf(callee));
  const status = origin?.source === 'next/navigation' ? NAVIGATION_FACTORIES.get(origin.imported) : undefined;
  if (status === undefined) {
    return undefined;
  }
  return {
    framework: 'fetch',
    kind: 'throw',
    statusNode: call,
    status: { kind: 'number', value: status },
    scope: enclosingFunction(call) ?? file.program,
    body: { shape: { kind: 'empty' }, encoding: 'none', reportNode: call },
    contentType: undefined,
    defaultContentType: undefined,
    wwwAuthenticate: { kind: 'absent' },
    thrown: true,
    inErrorHandler: false,
    fixTarget: undefined,
    anchor: call,
    hints: [],
  };
}

/** Response classes whose init must be an object: the web platform's, undici's and Next.js's. A number there is a TypeError. */
const STRICT_INIT_MODULES = new Set([undefined, 'undici', 'next/server', 'next/dist/server/web/spec-extension/response']);

/**
 * Returns the web `Response` creations that pass an error status where the
 * init object goes: `new Response(body, 401)`, `Response.json(body, 401)`,
 * `NextResponse.json(body, 401)`. They throw a TypeError, so the client gets
 * 500. Remix's `json(body, 401)` takes a number and is not one of them.
 */
export function collectNumericInits(file: FileContext): IneffectiveStatus[] {
  const found: IneffectiveStatus[] = [];
  const check = (node: ResponseCreation, responseClass: Node): void => {
    const init = node.arguments[1];
    if (!init || init.type === AST_NODE_TYPES.SpreadElement) {
      return;
    }
    // The class is checked by name first, because most `new` expressions and `json` calls are of other classes.
    if (responseClass.type !== AST_NODE_TYPES.Identifier || !RESPONSE_CLASSES.has(responseClass.name)) {
      return;
    }
    // A number can never be an init, so a constant counts as much as a literal.
    const status = errorStatusValue(init, file) ?? errorStatusString(init);
    if (status === undefined || !isResponseClass(responseClass, file)) {
      return;
    }
    const variable = resolveVariable(responseClass, file.scopeOf(responseClass));
    if (STRICT_INIT_MODULES.has(variable ? file.moduleOf(responseClass) : undefined)) {
      found.push({ form: 'numeric-init', node: init, status, call: node });
    }
  };

  for (const node of file.news) {
    check(node, unwrap(node.callee));
  }
  for (const node of file.callsNamed(['json'])) {
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      check(node, unwrap(callee.object));
    }
  }
  return found;
}

function siteOf(node: ResponseCreation, isCall: boolean, file: FileContext, wrappers: readonly ResponseWrapper[]): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  let helper: string | undefined;
  // The module of Remix's or SvelteKit's `json()`, when the call is one.
  let helperModule: string | undefined;
  if (isCall && callee.type === AST_NODE_TYPES.Identifier) {
    // `json(body, init)` of Remix and SvelteKit, which builds the Response as `Response.json` does.
    const origin = importOrigin(callee, file.scopeOf(callee));
    if (origin?.imported !== 'json' || !JSON_HELPER_MODULES.has(origin.source)) {
      return undefined;
    }
    helper = 'json';
    helperModule = origin.source;
  } else if (isCall) {
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    helper = memberName(callee);
    const object = unwrap(callee.object);
    if (helper !== 'json' || object.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    // `kit.json()` after `import * as kit from '@sveltejs/kit'`.
    const origin = importOrigin(object, file.scopeOf(object));
    if (origin?.imported === '*' && JSON_HELPER_MODULES.has(origin.source)) {
      helperModule = origin.source;
    } else if (!isResponseClass(object, file)) {
      return undefined;
    }
  } else if (callee.type !== AST_NODE_TYPES.Identifier || !isResponseClass(callee, file)) {
    return undefined;
  }

  // The `res` of a Hono HTTPException gives headers and body, but the exception gives the status.
  if (isHttpExceptionResponse(node, file)) {
    return undefined;
  }

  const [bodyArgument, initArgument] = node.arguments;
  const init = initArgument ? unwrap(initArgument) : undefined;
  // Remix's `json(body, 401)` takes the status alone.
  if (init && helperModule?.startsWith('@remix-run/') && init.type !== AST_NODE_TYPES.ObjectExpression) {
    return statusOnlySite(node, init, bodyArgument, file, wrappers);
  }
  if (init?.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const statusProperty = findProperty(init, 'status');
  if (!statusProperty) {
    return undefined;
  }
  const status = resolveStatus(statusProperty.value, file);

  const headersProperty = findProperty(init, 'headers');
  // A spread in the init (`{ ...base, status: 401 }`) may carry headers of its own.
  const spread = init.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
  const headers: HeaderSet = headersProperty ? readHeaders(headersProperty.value, file) : { writes: [], opaque: spread };
  const later = laterHeaderWrites(node, file);
  const all: HeaderSet = { writes: [...headers.writes, ...later.writes], opaque: headers.opaque || later.opaque };

  const { challenge, contentType } = headerFacts(all, node, file, wrappers);

  const body = bodyOf(bodyArgument, helper === 'json', node, file);
  // A Remix route with a component renders its loader's and action's data, and the error boundary renders thrown Responses.
  if (isRemixUiRoute(file)) {
    body.rendered = true;
  }
  return {
    framework: 'fetch',
    kind: 'return',
    statusNode: statusProperty,
    status,
    scope: enclosingFunction(node) ?? file.program,
    body,
    contentType,
    defaultContentType: defaultContentTypeOf(helper, body),
    wwwAuthenticate: challenge,
    thrown: false,
    inErrorHandler: false,
    fixTarget: spread ? undefined : { form: 'response-init', call: node },
    anchor: node,
    hints: collectHints([bodyArgument]),
  };
}

/**
 * Builds the site of Remix's `json(body, status)`, which sends the status
 * with no headers of its own. A fix would have to turn the status into an
 * init object, so the site has none.
 */
function statusOnlySite(
  node: ResponseCreation,
  statusNode: Node,
  bodyArgument: Node | undefined,
  file: FileContext,
  wrappers: readonly ResponseWrapper[],
): ResponseSite | undefined {
  const status = resolveStatus(statusNode, file);
  if (status.kind === 'unknown') {
    return undefined;
  }
  const { challenge, contentType } = headerFacts(laterHeaderWrites(node, file), node, file, wrappers);
  const body = bodyOf(bodyArgument, true, node, file);
  if (isRemixUiRoute(file)) {
    body.rendered = true;
  }
  return {
    framework: 'fetch',
    kind: 'return',
    statusNode,
    status,
    scope: enclosingFunction(node) ?? file.program,
    body,
    contentType,
    defaultContentType: defaultContentTypeOf('json', body),
    wwwAuthenticate: challenge,
    thrown: false,
    inErrorHandler: false,
    fixTarget: undefined,
    anchor: node,
    hints: collectHints([bodyArgument]),
  };
}

/** Reads the challenge and the content type that a Response's headers send. */
function headerFacts(
  headers: HeaderSet,
  node: ResponseCreation,
  file: FileContext,
  wrappers: readonly ResponseWrapper[],
): { challenge: HeaderState; contentType: ResponseSite['contentType'] } {
  const challengeWrite = findHeader(headers, 'www-authenticate');
  let challenge: HeaderState = challengeWrite
    ? { kind: 'set', value: challengeWrite.value }
    : headers.opaque
      ? { kind: 'unknown' }
      : { kind: 'absent' };
  // The framework around the handler may add the challenge elsewhere, or drop one set elsewhere.
  if (challenge.kind === 'absent') {
    challenge = wrapperChallenge(wrappers, file, node) ?? challenge;
  }
  const typeWrite = findHeader(headers, 'content-type');
  // Headers the analysis cannot read may set the content type too.
  const contentType: ResponseSite['contentType'] = typeWrite
    ? { value: mediaType(typeWrite.value.value, false), node: typeWrite.value.node }
    : headers.opaque
      ? { value: undefined, node: undefined }
      : undefined;
  return { challenge, contentType };
}

/** Local names of Remix's and SvelteKit's `json` imported under another name: `import { json as kitJson } from '@sveltejs/kit'`. */
function jsonHelperAliases(program: TSESTree.Program): string[] {
  const aliases: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !JSON_HELPER_MODULES.has(statement.source.value)) {
      continue;
    }
    for (const specifier of statement.specifiers) {
      if (
        specifier.type === AST_NODE_TYPES.ImportSpecifier &&
        specifier.local.name !== 'json' &&
        (specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value) === 'json'
      ) {
        aliases.push(specifier.local.name);
      }
    }
  }
  return aliases;
}

const uiRoutes = new WeakMap<FileContext, boolean>();

/**
 * Tells whether a file is a Remix (or React Router framework) route module
 * with a UI: it imports from Remix and has a default export, the route's
 * component. Its `json()` bodies go to `useLoaderData()` and
 * `useActionData()`, which parse only `application/json`.
 */
function isRemixUiRoute(file: FileContext): boolean {
  let uiRoute = uiRoutes.get(file);
  if (uiRoute === undefined) {
    const importsRemix = [...file.modules].some((module) => module.startsWith('@remix-run/') || module === 'react-router' || module.startsWith('@react-router/'));
    uiRoute = importsRemix && file.program.body.some((statement) => statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && isComponent(statement.declaration, file));
    uiRoutes.set(file, uiRoute);
  }
  return uiRoute;
}

/** Tells whether a default export may be a component: a function, a call such as `memo()`, or a name whose value is no object literal (a Workers handler). */
function isComponent(declaration: TSESTree.ExportDefaultDeclaration['declaration'], file: FileContext): boolean {
  const value = unwrap(declaration);
  if (value.type !== AST_NODE_TYPES.Identifier) {
    return isFunction(value) || value.type === AST_NODE_TYPES.CallExpression;
  }
  const definition = resolveVariable(value, file.scopeOf(value))?.defs[0];
  const init = definition?.type === 'Variable' ? definition.node.init : undefined;
  return !init || unwrap(init).type !== AST_NODE_TYPES.ObjectExpression;
}

function isResponseClass(identifier: TSESTree.Identifier, file: FileContext): boolean {
  const modules = RESPONSE_CLASSES.get(identifier.name);
  if (!modules) {
    return false;
  }
  const variable = resolveVariable(identifier, file.scopeOf(identifier));
  if (!variable) {
    return modules.includes(undefined);
  }
  const source = file.moduleOf(identifier);
  return source !== undefined && modules.includes(source);
}

function bodyOf(argument: Node | undefined, isJsonHelper: boolean, node: ResponseCreation, file: FileContext): Body {
  const { shape, stringified } = shapeOf(argument, file);
  const reportNode = argument ?? node;
  if (isJsonHelper) {
    return { shape, encoding: 'json', reportNode };
  }
  if (stringified) {
    return { shape, encoding: 'json-string', reportNode };
  }
  return { shape, encoding: shape.kind === 'text' ? 'text' : 'none', reportNode };
}

function isHttpExceptionResponse(node: ResponseCreation, file: FileContext): boolean {
  const property = node.parent;
  const options = property?.parent;
  const exception = options?.parent;
  if (
    property?.type !== AST_NODE_TYPES.Property ||
    property.value !== node ||
    options?.type !== AST_NODE_TYPES.ObjectExpression ||
    exception?.type !== AST_NODE_TYPES.NewExpression
  ) {
    return false;
  }
  const callee = unwrap(exception.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  // The class may be imported under another name: import { HTTPException as E } from 'hono/http-exception'.
  const origin = importOrigin(callee, file.scopeOf(callee));
  return origin ? origin.imported === 'HTTPException' : callee.name === 'HTTPException';
}

function wrapperChallenge(wrappers: readonly ResponseWrapper[], file: FileContext, node: Node): HeaderState | undefined {
  for (const wrapper of wrappers) {
    const challenge = wrapper(file, node);
    if (challenge) {
      return challenge;
    }
  }
  return undefined;
}

/** Returns the media type a web `Response` gets by default: JSON for the `json` helper, text for a string body. */
function defaultContentTypeOf(helper: string | undefined, body: Body): string | undefined {
  if (helper === 'json') {
    return 'application/json';
  }
  return body.encoding === 'none' ? undefined : 'text/plain';
}

import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from '../node-types';
import { enclosingFunction, findProperty, isNullish, memberName, parameterIdentifier, propertyKey, rootIdentifier, stringValue, unwrap } from '../ast';
import { collectHints, shapeOf } from '../body';
import type { ChallengeWrite } from '../challenges';
import type { FileContext } from '../file-context';
import { headerValue, mediaType, staticString } from '../headers';
import { importOrigin, resolveVariable } from '../imports';
import type { AdapterFixes, Body, HeaderState, IneffectiveStatus, ResponseSite } from '../model';
import { errorStatusString, resolveStatus } from '../status';
import { COMPUTED_PART } from '../../syntax/www-authenticate';
import type { AdapterContext } from '.';
import { isOutermostCall, unwindChain } from './response-object';

/** Text of which a hapi file needs one for a site, besides a `.code(` call. */
export const MARKERS = ['Boom'];

type Node = TSESTree.Node;

// A route module often imports only Boom, so Boom marks a hapi file too.
const HAPI_MODULES = ['@hapi/hapi', 'hapi', '@hapi/boom'];
const BOOM_MODULES = new Set(['@hapi/boom', 'boom']);

/** Boom's helpers and the statuses they create (@hapi/boom 10). */
const BOOM_HELPERS = new Map([
  ['badRequest', 400],
  ['unauthorized', 401],
  ['paymentRequired', 402],
  ['forbidden', 403],
  ['notFound', 404],
  ['methodNotAllowed', 405],
  ['notAcceptable', 406],
  ['proxyAuthRequired', 407],
  ['clientTimeout', 408],
  ['conflict', 409],
  ['resourceGone', 410],
  ['lengthRequired', 411],
  ['preconditionFailed', 412],
  ['entityTooLarge', 413],
  ['uriTooLong', 414],
  ['unsupportedMediaType', 415],
  ['rangeNotSatisfiable', 416],
  ['expectationFailed', 417],
  ['teapot', 418],
  ['badData', 422],
  ['locked', 423],
  ['failedDependency', 424],
  ['tooEarly', 425],
  ['preconditionRequired', 428],
  ['tooManyRequests', 429],
  ['illegal', 451],
  ['internal', 500],
  ['badImplementation', 500],
  ['notImplemented', 501],
  ['badGateway', 502],
  ['serverUnavailable', 503],
  ['gatewayTimeout', 504],
]);

/** Returns the code that throws a status in hapi: Boom's helper for it, or the Boom constructor. */
export function boomErrorFor(status: number): string {
  for (const [helper, value] of BOOM_HELPERS) {
    if (value === status) {
      return `Boom.${helper}(message)`;
    }
  }
  return `new Boom.Boom(message, { statusCode: ${status} })`;
}

/** The Boom helper for each status that the status suggestions switch between. */
const BOOM_HELPER_FOR_STATUS = new Map([
  [401, 'unauthorized'],
  [403, 'forbidden'],
]);

/** The media type hapi sends by default, by body encoding. */
const DEFAULT_CONTENT_TYPES = new Map([
  ['json', 'application/json'],
  ['text', 'text/html'],
]);

/** Methods of the response that `h.response()` returns. */
const STATUS_METHOD = 'code';
const HEADER_METHOD = 'header';
const TYPE_METHOD = 'type';

/**
 * The hapi adapter: `h.response(body).code(n).header(k, v).type(t)` chains on
 * the response toolkit, and Boom errors (`throw Boom.unauthorized(message,
 * scheme)`, returned or thrown). Boom sends a challenge only when a scheme is
 * given.
 */
export function collectHapiSites({ file }: AdapterContext): ResponseSite[] {
  const sites: ResponseSite[] = [];
  const isHapiFile = file.importsAny(HAPI_MODULES);
  // Both kinds of site need an import: Boom's helpers by their origin, the toolkit by a hapi file.
  if (!isHapiFile && !file.importsAny([...BOOM_MODULES])) {
    return sites;
  }

  const dropping = preResponseDroppingHeaders(file);
  for (const call of file.calls) {
    const boom = boomSite(call, file, dropping);
    if (boom) {
      sites.push(boom);
      continue;
    }
    if (isHapiFile && isOutermostCall(call)) {
      const toolkit = toolkitSite(call, file);
      if (toolkit) {
        sites.push(toolkit);
      }
    }
  }
  return sites;
}

/**
 * Finds status strings in the toolkit's `h.response(body).code('401')`,
 * which hapi rejects with "Status code must be an integer", so the client
 * gets 500 (hapi 21).
 */
export function collectHapiStringStatuses(file: FileContext): IneffectiveStatus[] {
  if (!file.importsAny(HAPI_MODULES)) {
    return [];
  }
  const found: IneffectiveStatus[] = [];
  for (const call of file.callsNamed([STATUS_METHOD])) {
    const { root, calls } = unwindChain(call);
    const argument = call.arguments[0];
    const status = argument ? errorStatusString(argument) : undefined;
    if (argument && status !== undefined && root.type === AST_NODE_TYPES.Identifier && calls[0]?.name === 'response' && isToolkit(root, file)) {
      found.push({ form: 'string-status', node: unwrap(argument), status, framework: 'hapi' });
    }
  }
  return found;
}

const DROPPED_BY_PRE_RESPONSE =
  "the file's onPreResponse extension answers Boom errors with a response of its own and does not copy the error's `output.headers`";

/**
 * Finds an `onPreResponse` extension that replaces Boom errors with a new
 * response (`if (response.isBoom) return h.response(problem).code(...)`)
 * without reading `output.headers`, where Boom keeps WWW-Authenticate.
 * Routes in the same file then lose the challenge of their Boom errors.
 */
function preResponseDroppingHeaders(file: FileContext): Node | undefined {
  for (const call of file.callsNamed(['ext'])) {
    const [first, second] = call.arguments;
    let method: Node | undefined;
    if (first && stringValue(first) === 'onPreResponse') {
      method = second;
    } else if (first?.type === AST_NODE_TYPES.ObjectExpression && stringValue(findProperty(first, 'type')?.value) === 'onPreResponse') {
      method = findProperty(first, 'method')?.value;
    }
    const fn = method ? file.functionOf(method) : undefined;
    if (!fn) {
      continue;
    }
    const text = file.text(fn);
    if (text.includes('isBoom') && text.includes('.response(') && !text.includes('headers')) {
      return fn;
    }
  }
  return undefined;
}

/**
 * Tells whether a call is `Boom.unauthorized(...)` on Boom imported from
 * `@hapi/boom` or `boom`, raised or not: auth schemes pass it to
 * `h.unauthenticated()`, and handlers may keep it in a variable first.
 */
export function isBoomUnauthorized(call: TSESTree.CallExpression, file: FileContext): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'unauthorized') {
    return false;
  }
  const root = rootIdentifier(callee);
  if (!root || unwrap(callee.object) !== root) {
    return false;
  }
  const origin = importOrigin(root, file.scopeOf(root));
  return origin !== undefined && BOOM_MODULES.has(origin.source);
}

function boomSite(call: TSESTree.CallExpression, file: FileContext, dropping: Node | undefined): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const helper = memberName(callee);
  const status = helper === undefined ? undefined : BOOM_HELPERS.get(helper);
  const root = rootIdentifier(callee);
  if (status === undefined || !root || unwrap(callee.object) !== root) {
    return undefined;
  }
  const origin = importOrigin(root, file.scopeOf(root));
  if (!origin || !BOOM_MODULES.has(origin.source) || !isRaised(call)) {
    return undefined;
  }

  const [message, scheme] = call.arguments;
  let challenge: HeaderState =
    helper === 'unauthorized' && scheme && !isNullish(scheme)
      ? { kind: 'set', value: headerValue(scheme, file) }
      : { kind: 'absent' };
  if (dropping && challenge.kind === 'set' && scheme) {
    challenge = { kind: 'dropped', node: scheme, reason: DROPPED_BY_PRE_RESPONSE, where: 'in that extension, from `request.response.output.headers`' };
  }

  return {
    framework: 'hapi',
    kind: 'throw',
    statusNode: call,
    status: { kind: 'number', value: status },
    scope: enclosingFunction(call) ?? file.program,
    body: { shape: { kind: 'unknown' }, encoding: 'json', reportNode: call },
    contentType: undefined,
    defaultContentType: 'application/json',
    wwwAuthenticate: challenge,
    thrown: true,
    inErrorHandler: false,
    // A challenge that Boom adds would not reach the client past that extension either.
    fixTarget: dropping ? undefined : { form: 'adapter', fixes: boomFixes(call, helper ?? '', message) },
    anchor: call,
    hints: collectHints(message ? [message] : []),
  };
}

/**
 * `Boom.unauthorized()` becomes `Boom.unauthorized(null, 'Bearer')`. A
 * message in the first argument would go into the header as
 * `error="<message>"`, so a call with a message gets no fix.
 */
function boomFixes(call: TSESTree.CallExpression, helper: string, message: Node | undefined): AdapterFixes {
  return {
    headerFixProven: true,
    addHeader(fixer: RuleFixer, name: string, value: string): RuleFix[] | undefined {
      // A forbidden() gets the scheme only together with its change to unauthorized(), in the 403-to-401 suggestion.
      if ((helper !== 'unauthorized' && helper !== 'forbidden') || name.toLowerCase() !== 'www-authenticate' || call.arguments.length > 1) {
        return undefined;
      }
      if (message && !isNullish(message)) {
        return undefined;
      }
      const scheme = /^\S+/.exec(value.trim())?.[0];
      if (scheme === undefined || scheme !== value.trim()) {
        // Boom builds the challenge from a scheme and attributes; a value with parameters needs both.
        return undefined;
      }
      const text = `null, ${JSON.stringify(scheme).replace(/^"|"$/g, "'")}`;
      return message ? [fixer.replaceText(message, text)] : [fixer.replaceTextRange([call.range[1] - 1, call.range[1] - 1], text)];
    },
    changeStatus(fixer: RuleFixer, newStatus: number): RuleFix[] | undefined {
      const name = BOOM_HELPER_FOR_STATUS.get(newStatus);
      const callee = unwrap(call.callee);
      // forbidden()'s second argument is data, not a scheme, so a call with one cannot simply be renamed.
      if (!name || callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || (name === 'forbidden' && call.arguments.length > 1)) {
        return undefined;
      }
      return [fixer.replaceText(callee.property, name)];
    },
  };
}

/** Tells whether a Boom error is thrown or returned, the two ways hapi sends it. */
function isRaised(call: TSESTree.CallExpression): boolean {
  let node: Node = call;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.AwaitExpression || node.parent.type === AST_NODE_TYPES.TSAsExpression)) {
    node = node.parent;
  }
  const parent = node.parent;
  return (
    parent?.type === AST_NODE_TYPES.ThrowStatement ||
    parent?.type === AST_NODE_TYPES.ReturnStatement ||
    (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node)
  );
}


/** `h.response(body).code(401).header(k, v).type(t)`, where `h` is a handler's second parameter. */
function toolkitSite(call: TSESTree.CallExpression, file: FileContext): ResponseSite | undefined {
  const { root, calls } = unwindChain(call);
  const first = calls[0];
  const statusCall = calls.find((item) => item.name === STATUS_METHOD);
  if (root.type !== AST_NODE_TYPES.Identifier || first?.name !== 'response' || !statusCall || !isToolkit(root, file)) {
    return undefined;
  }
  const statusArgument = statusCall.call.arguments[0];
  if (!statusArgument) {
    return undefined;
  }

  let challenge: HeaderState = { kind: 'absent' };
  let contentType: ResponseSite['contentType'];
  for (const item of calls) {
    if (item.name === HEADER_METHOD) {
      const name = staticString(item.call.arguments[0], file)?.toLowerCase();
      if (name === undefined) {
        challenge = challenge.kind === 'set' ? challenge : { kind: 'unknown' };
      } else if (name === 'www-authenticate') {
        challenge = { kind: 'set', value: headerValue(item.call.arguments[1], file) };
      } else if (name === 'content-type') {
        contentType = { value: mediaType(staticString(item.call.arguments[1], file), false), node: item.call.arguments[1] };
      }
    } else if (item.name === TYPE_METHOD) {
      contentType = { value: mediaType(staticString(item.call.arguments[0], file), false), node: item.call.arguments[0] };
    }
  }

  const bodyArgument = first.call.arguments[0];
  const body = bodyOf(bodyArgument, first.call, file);
  const status = resolveStatus(statusArgument, file);
  return {
    framework: 'hapi',
    kind: 'return',
    statusNode: statusArgument,
    status,
    scope: enclosingFunction(call) ?? file.program,
    body,
    contentType,
    defaultContentType: DEFAULT_CONTENT_TYPES.get(body.encoding),
    wwwAuthenticate: challenge,
    thrown: false,
    inErrorHandler: false,
    fixTarget: { form: 'adapter', fixes: toolkitFixes(call, contentType?.node) },
    anchor: statusArgument,
    hints: collectHints([bodyArgument]),
  };
}

function bodyOf(argument: Node | undefined, call: TSESTree.CallExpression, file: FileContext): Body {
  const { shape, stringified } = shapeOf(argument, file);
  const reportNode = argument ?? call;
  if (stringified) {
    return { shape, encoding: 'json-string', reportNode };
  }
  if (shape.kind === 'object' || shape.kind === 'array') {
    return { shape, encoding: 'json', reportNode };
  }
  return { shape, encoding: shape.kind === 'text' ? 'text' : 'none', reportNode };
}

/** hapi applies `.header()` and `.type()` whenever they are called on the response, so they go at the end of the chain. */
function toolkitFixes(call: TSESTree.CallExpression, explicitType: Node | undefined): AdapterFixes {
  const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return {
    headerFixProven: true,
    addHeader: (fixer, name, value) => [fixer.insertTextAfter(call, `.header(${quote(name)}, ${quote(value)})`)],
    setProblemContentType(fixer) {
      const literal = explicitType ? unwrap(explicitType) : undefined;
      if (literal) {
        return literal.type === AST_NODE_TYPES.Literal ? [fixer.replaceText(literal, quote('application/problem+json'))] : undefined;
      }
      return [fixer.insertTextAfter(call, `.type(${quote('application/problem+json')})`)];
    },
  };
}

/** Whether `h` is the response toolkit: the second parameter of a route handler or extension in a hapi file. */
function isToolkit(identifier: TSESTree.Identifier, file: FileContext): boolean {
  const definition = resolveVariable(identifier, file.scopeOf(identifier))?.defs[0];
  if (definition?.type !== 'Parameter') {
    return false;
  }
  const fn = definition.node;
  if (
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    fn.type !== AST_NODE_TYPES.FunctionExpression &&
    fn.type !== AST_NODE_TYPES.FunctionDeclaration
  ) {
    return false;
  }
  return parameterIdentifier(fn.params[1]) === definition.name;
}

/**
 * Builds the challenges of `Boom.unauthorized(message, scheme, attributes)`
 * calls, thrown, returned or passed to `h.unauthenticated()`. Boom writes the
 * scheme, then each attribute as `name="value"`, then a message that is not
 * empty as `error="message"`, escaping `"` and `\` in the values. Boom sends
 * them with 401.
 */
export function collectBoomChallenges(file: FileContext): ChallengeWrite[] {
  const writes: ChallengeWrite[] = [];
  for (const call of file.callsNamed(['unauthorized'])) {
    const [message, schemeNode, attributes] = call.arguments;
    if (!schemeNode || isNullish(schemeNode) || !isBoomUnauthorized(call, file)) {
      continue;
    }
    const scheme = stringValue(schemeNode);
    const parameters = attributes === undefined || isNullish(attributes) ? [] : attributeParameters(attributes);
    if (scheme === undefined || parameters === undefined) {
      continue;
    }
    // Boom adds `error=` only for a truthy message, so `''` sends no error, as null does.
    const messageText = message === undefined || isNullish(message) || isFalsyLiteral(message) ? undefined : boomValue(message);
    if (messageText !== undefined) {
      parameters.push(`error="${messageText}"`);
    }
    const text = parameters.length > 0 ? `${scheme} ${parameters.join(', ')}` : scheme;
    writes.push({ header: 'WWW-Authenticate', node: call, literal: undefined, text, statuses: new Set([401]), messageAsError: messageText !== undefined });
  }
  return writes;
}

/** Returns the `name="value"` parameters of Boom's attributes object, or undefined when a spread hides some. */
function attributeParameters(node: Node): string[] | undefined {
  const object = unwrap(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const parameters: string[] = [];
  for (const property of object.properties) {
    const name = property.type === AST_NODE_TYPES.Property ? propertyKey(property) : undefined;
    if (property.type !== AST_NODE_TYPES.Property || name === undefined) {
      return undefined;
    }
    parameters.push(`${name}="${boomValue(property.value)}"`);
  }
  return parameters;
}

function isFalsyLiteral(node: Node): boolean {
  const value = unwrap(node);
  return value.type === AST_NODE_TYPES.Literal && !value.value;
}

/** Returns a value as Boom quotes it, with `COMPUTED_PART` for what only runs show. */
function boomValue(node: Node): string {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal && value.value !== null && typeof value.value !== 'object') {
    return String(value.value).replaceAll('\\', '\\\\').replaceAll('"', '\\"');
  }
  return COMPUTED_PART;
}

import type { TSESTree } from '@typescript-eslint/utils';
import { getStaticValue } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, memberName, propertyKey, unwrap } from './ast';
import type { FileContext } from './file-context';
import { branchRelation } from './conditions';
import { constInitializer, resolveVariable } from './imports';
import type { HeaderState, HeaderValue, ResponseSite } from './model';

type Node = TSESTree.Node;

const WWW_AUTHENTICATE = 'www-authenticate';
const CONTENT_TYPE = 'content-type';

/** One header written on a response; `name` is lower-case, or undefined when computed. */
export interface HeaderWrite {
  name: string | undefined;
  value: HeaderValue;
  node: Node;
}

/** Headers read from an object literal, an array of pairs or `new Headers(...)`. */
export interface HeaderSet {
  writes: HeaderWrite[];
  /** Whether some headers are hidden (a spread, a variable, a computed key). */
  opaque: boolean;
}

const EMPTY: HeaderSet = { writes: [], opaque: false };
const OPAQUE: HeaderSet = { writes: [], opaque: true };

/** Resolves a header name or value to a string, folding constants. */
export function staticString(node: Node | undefined, file: FileContext): string | undefined {
  if (!node) {
    return undefined;
  }
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Literal) {
    return typeof expression.value === 'string' ? expression.value : undefined;
  }
  if (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0) {
    return expression.quasis[0]?.value.cooked ?? undefined;
  }
  const folded = getStaticValue(expression as never, file.scopeOf(expression) as never);
  return folded && typeof folded.value === 'string' ? folded.value : undefined;
}

/** Reads the headers of an expression that contains them: an object literal, pairs, or `new Headers(init)`. */
export function readHeaders(node: Node | undefined, file: FileContext, depth = 0): HeaderSet {
  if (!node) {
    return EMPTY;
  }
  const expression = unwrap(node);

  if (expression.type === AST_NODE_TYPES.ObjectExpression) {
    const writes: HeaderWrite[] = [];
    let opaque = false;
    for (const property of expression.properties) {
      if (property.type !== AST_NODE_TYPES.Property) {
        opaque = true;
        continue;
      }
      const key = property.computed ? staticString(property.key, file) : propertyKey(property);
      if (key === undefined) {
        opaque = true;
        continue;
      }
      writes.push({ name: key.toLowerCase(), value: headerValue(property.value, file), node: property });
    }
    return { writes, opaque };
  }

  if (expression.type === AST_NODE_TYPES.ArrayExpression) {
    const writes: HeaderWrite[] = [];
    let opaque = false;
    for (const element of expression.elements) {
      const pair = element ? unwrap(element) : undefined;
      if (pair?.type !== AST_NODE_TYPES.ArrayExpression || pair.elements.length !== 2) {
        opaque = true;
        continue;
      }
      const name = staticString(pair.elements[0] ?? undefined, file);
      if (name === undefined) {
        opaque = true;
        continue;
      }
      writes.push({ name: name.toLowerCase(), value: headerValue(pair.elements[1] ?? undefined, file), node: pair });
    }
    return { writes, opaque };
  }

  // Node's `res.setHeaders()` also takes a Map of names to values.
  if (expression.type === AST_NODE_TYPES.NewExpression && (calleeName(expression) === 'Headers' || calleeName(expression) === 'Map')) {
    return expression.arguments.length === 0 ? EMPTY : readHeaders(expression.arguments[0], file, depth);
  }

  // const PROBLEM = { 'Content-Type': 'application/problem+json' }; ... { headers: PROBLEM }
  if (expression.type === AST_NODE_TYPES.Identifier && depth < 2) {
    const variable = resolveVariable(expression, file.scopeOf(expression));
    const init = constInitializer(variable);
    const mutations = variable?.references.filter((reference) => isMutation(reference.identifier as TSESTree.Identifier)) ?? [];
    // const headers = new Headers(); headers.set('Content-Type', ...): named writes before the use count too.
    const calls = mutations.map((reference) => headerMethodWrite(reference.identifier as TSESTree.Identifier, expression, file));
    if (init && calls.every((call) => call !== undefined)) {
      const headers = readHeaders(init, file, depth + 1);
      const later = calls.filter((call): call is HeaderWrite => call !== null);
      // Writes of a shared constant are reported at the use, not in the declaration.
      return { writes: [...headers.writes, ...later].map((write) => ({ ...write, node: expression })), opaque: headers.opaque };
    }
  }
  return OPAQUE;
}

export function headerValue(node: Node | undefined, file: FileContext): HeaderValue {
  return { node, value: staticString(node, file) };
}

export function findHeader(headers: HeaderSet, name: string): HeaderWrite | undefined {
  return headers.writes.find((write) => write.name === name);
}

const SHORT_TYPES = new Map([
  ['json', 'application/json'],
  ['html', 'text/html'],
  ['text', 'text/plain'],
  ['txt', 'text/plain'],
  ['xml', 'application/xml'],
]);

/**
 * Normalises a content type to its media type: lower-case, without
 * parameters. Express's `res.type('json')` looks up an extension, and a
 * value with no slash that is not a known extension becomes
 * `application/octet-stream`.
 */
export function mediaType(value: string | undefined, allowShortNames: boolean): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const base = (value.split(';')[0] ?? '').trim().toLowerCase();
  if (base.includes('/')) {
    return base;
  }
  if (!allowShortNames) {
    return base;
  }
  return SHORT_TYPES.get(base.replace(/^\./, '')) ?? 'application/octet-stream';
}

export const PROBLEM_JSON = 'application/problem+json';

export const LOG_METHODS = ['log', 'debug', 'info', 'warn', 'error', 'trace'];

/**
 * Library calls that take the response object or a Hono context only to
 * read from it or to log (next-auth's `getServerSession(req, res, options)`,
 * `getCookie(c, 'sid')`), so they cannot have written a header.
 */
const READ_ONLY_CALLS = new Set(['getServerSession', 'getSession', 'getToken', 'getCookie', 'getSignedCookie', 'getAuth', ...LOG_METHODS]);

/** Tells whether a call that receives a response object or a context cannot write the challenge on it. */
export function isReadOnlyCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const name = calleeName(call);
  return name !== undefined && READ_ONLY_CALLS.has(name);
}

/** Tells whether a media type is JSON: `application/json` or any `+json` suffix. */
export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/**
 * Reads `headers.set(name, value)` or `headers.append(name, value)` on a
 * headers variable, with a name the analysis can read: the write, or null
 * when the call comes after `use` and so cannot change what `use` sends.
 * Returns undefined for any other change, which leaves the headers unknown.
 */
function headerMethodWrite(identifier: TSESTree.Identifier, use: Node, file: FileContext): HeaderWrite | null | undefined {
  const member = identifier.parent;
  const call = member?.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) {
    return undefined;
  }
  const method = memberName(member);
  const name = staticString(call.arguments[0], file);
  if ((method !== 'set' && method !== 'append') || name === undefined) {
    return undefined;
  }
  if (call.range[0] > use.range[0]) {
    return null;
  }
  return { name: name.toLowerCase(), value: headerValue(call.arguments[1], file), node: call };
}

/** The methods of `Headers` and `Map` that change the headers. */
const HEADER_MUTATORS = new Set(['set', 'append', 'delete']);

/**
 * Whether a reference to a headers object changes it (`headers.x = y`,
 * `headers['x'] = y`, `headers.set(name, value)` on a `Headers`,
 * `Object.assign(headers, ...)`).
 */
function isMutation(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const outer = parent.parent;
    if (outer?.type === AST_NODE_TYPES.CallExpression && outer.callee === parent) {
      return HEADER_MUTATORS.has(memberName(parent) ?? '');
    }
    return (outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === parent) || outer?.type === AST_NODE_TYPES.UnaryExpression;
  }
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === identifier;
}

/**
 * Reads the `headers.set()` and `headers.append()` calls on the `const` that
 * `node` initialises (`const r = new Response(...)`, `const r = c.json(b, 401)`).
 * Passing the response to another function hides what it sets.
 */
export function laterHeaderWrites(node: TSESTree.CallExpression | TSESTree.NewExpression, file: FileContext): HeaderSet {
  let outer: Node = node;
  while (outer.parent && (outer.parent.type === AST_NODE_TYPES.AwaitExpression || outer.parent.type === AST_NODE_TYPES.TSAsExpression)) {
    outer = outer.parent;
  }
  const declarator = outer.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return { writes: [], opaque: false };
  }
  const variable = resolveVariable(declarator.id, file.scopeOf(declarator));
  if (!variable) {
    return { writes: [], opaque: false };
  }

  const writes: HeaderWrite[] = [];
  let opaque = false;
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(identifier)) {
      opaque = true;
      continue;
    }
    const method = parent?.type === AST_NODE_TYPES.MemberExpression && memberName(parent) === 'headers' ? parent.parent : undefined;
    if (method?.type !== AST_NODE_TYPES.MemberExpression || method.parent?.type !== AST_NODE_TYPES.CallExpression) {
      continue;
    }
    const methodName = memberName(method);
    if (methodName !== 'set' && methodName !== 'append') {
      continue;
    }
    const write = headerWriteOf(method.parent, file);
    writes.push(write);
    opaque ||= write.name === undefined;
  }
  return { writes, opaque };
}

/** Reads a `(name, value)` header call: `headers.set()`, `c.header()`. */
export function headerWriteOf(call: TSESTree.CallExpression, file: FileContext): HeaderWrite {
  const [nameArgument, valueArgument] = call.arguments;
  const name = staticString(nameArgument, file);
  return { name: name?.toLowerCase(), value: headerValue(valueArgument, file), node: call };
}

/** Header writes of one statement or call, as an adapter records them. */
export interface PlacedHeaderWrites {
  node: Node;
  writes: readonly HeaderWrite[];
  /** Whether the statement may write headers that syntax does not show, as when it passes the response to a function. */
  opaque: boolean;
}

/**
 * Folds the header writes before a site into the challenge and content type
 * it sends. A write on a branch that returned is skipped, and one on a branch
 * that may not run makes its header unknown. `contentTypeOf` reads a
 * content-type write for a framework that sends something else.
 */
export function headersAtSite<Write extends PlacedHeaderWrites>(
  writes: Iterable<Write>,
  site: Node,
  contentTypeOf: (header: HeaderWrite, write: Write) => ResponseSite['contentType'] = (header) => ({
    value: mediaType(header.value.value, false),
    node: header.value.node,
  }),
): { challenge: HeaderState; contentType: ResponseSite['contentType']; opaque: boolean } {
  let challenge: HeaderState = { kind: 'absent' };
  let contentType: ResponseSite['contentType'];
  let opaque = false;
  let uncertainType = false;

  for (const write of writes) {
    const relation = branchRelation(write.node, site);
    if (relation === 'exited') {
      continue;
    }
    opaque ||= write.opaque;
    for (const header of write.writes) {
      if (relation === 'uncertain') {
        opaque ||= header.name === WWW_AUTHENTICATE;
        uncertainType ||= header.name === CONTENT_TYPE;
      } else if (header.name === WWW_AUTHENTICATE) {
        challenge = { kind: 'set', value: header.value };
      } else if (header.name === CONTENT_TYPE) {
        contentType = contentTypeOf(header, write);
      }
    }
  }

  if (uncertainType && contentType?.value !== PROBLEM_JSON) {
    contentType = { value: undefined, node: undefined };
  }
  return { challenge, contentType, opaque };
}

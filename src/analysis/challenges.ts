import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, memberName, outermost, propertyKey, stringValue, unwrap } from './ast';
import type { FileContext } from './file-context';
import { constInitializer, resolveVariable } from './imports';
import type { ResponseSite } from './model';
import { COMPUTED_PART } from '../syntax/www-authenticate';

type Node = TSESTree.Node;

export type ChallengeHeader = 'WWW-Authenticate' | 'Proxy-Authenticate';

/**
 * One challenge value written to a response: a string or template literal,
 * in place or as a constant's value, a concatenation of strings, or a challenge that hapi's Boom builds
 * from the arguments of `Boom.unauthorized(message, scheme, attributes)`
 * (`collectBoomChallenges` in the hapi adapter).
 */
export interface ChallengeWrite {
  header: ChallengeHeader;
  /** The node to report: the literal, the concatenation, or the Boom call. */
  node: Node;
  /** The literal whose text is the value (or starts it, in a concatenation), which fixes edit; undefined for a value that Boom builds. */
  literal: TSESTree.Literal | TSESTree.TemplateLiteral | undefined;
  /** The value, with `COMPUTED_PART` for each interpolation of a template literal and each computed operand of a concatenation. */
  text: string;
  /** The statuses the value is sent with, where the sites that send it show one. */
  statuses: ReadonlySet<number>;
  /** Whether Boom sends the call's message as the `error` parameter, as it does for a message that is not null. */
  messageAsError?: boolean;
}

/**
 * A header name in quotes, as a call argument or an object key:
 * `'WWW-Authenticate'`, `"proxy-authenticate"`. Linear: one pass, no nested
 * quantifier.
 */
const CHALLENGE_HEADER_NAME = /["'`](?:www|proxy)-authenticate["'`]/gi;

/**
 * Functions whose name says they write a header given its name and then its
 * value: Node `setHeader`, h3 `setResponseHeader`, and NestJS's `@Header()`
 * decorator.
 */
const HEADER_SETTERS = new Set(['setHeader', 'Header', 'appendHeader', 'setResponseHeader', 'appendResponseHeader']);

/**
 * Methods that write a header on a response or a `Headers` object
 * (`res.set`, `ctx.set`, `reply.header`, `headers.append`), but also on a
 * `Map` or a documentation builder (`doc.header()`), so their receiver
 * decides.
 */
const RECEIVER_SETTERS = new Set(['set', 'append', 'header']);

/**
 * Roots of receivers that are responses or headers: `res`, `reply`, Koa's
 * `ctx`, Hono's `c`, hapi's `h`, `response.headers`, `reply.code(401)`.
 */
const RESPONSE_RECEIVER = /^(?:res|response|reply|ctx|context|c|h|headers|responseheaders|resheaders)$/i;

/**
 * Calls and constructors that take headers as an object or as pairs:
 * `res.writeHead(401, { ... })`, `res.set({ ... })`, `reply.headers({ ... })`,
 * `new Headers([...])`.
 */
const HEADERS_TAKING_CALLS = new Set(['writeHead', 'set', 'header', 'headers', 'setHeaders', 'Headers', 'setResponseHeaders', 'appendResponseHeaders']);

/** Keys of response options that hold headers: `headers`, and `multiValueHeaders` of an AWS Lambda response. */
const HEADERS_KEYS = new Set(['headers', 'multivalueheaders']);

/** Hono's response helpers, which take headers as their third argument: `c.json(body, 401, { ... })`. */
const HONO_RESPONSE_HELPERS = new Set(['json', 'text', 'body', 'html', 'newResponse']);

/** Mock servers and browser-test stubs, which imitate other servers, broken ones too, on purpose. */
const MOCK_MODULES = ['msw', 'nock', 'fetch-mock', 'miragejs', 'cypress', '@playwright/test', 'playwright'];

/** Folders of browser tests, whose support files stub responses without importing the test library. */
const BROWSER_TEST_FOLDER = /(?:^|[\\/])(?:cypress|playwright)[\\/]/;

/**
 * Finds the challenge values a file writes: the argument after the header
 * name in a setter call, the value of the header's key in a headers object
 * (`{ headers: { 'WWW-Authenticate': v } }`, `res.writeHead(401, { ... })`,
 * a constant used as headers), the second member of a `[name, value]` pair
 * in headers, and `set.headers['WWW-Authenticate'] = v`. A value counts when
 * it is a string or template literal, a `const` holding one, a
 * concatenation of strings, each branch of a conditional, or each member of
 * an array of values. The header names are found in the text, so that the
 * tree is not walked again.
 */
export function collectChallengeWrites(file: FileContext, sites: readonly ResponseSite[]): ChallengeWrite[] {
  // Most files name no challenge header. Two plain searches rule them out faster than the case-insensitive pattern.
  const text = file.sourceCode.text;
  if (!text.includes('uthenticate') && !text.includes('UTHENTICATE')) {
    return [];
  }
  if (BROWSER_TEST_FOLDER.test(file.filename) || [...file.modules].some((module) => MOCK_MODULES.some((mock) => module === mock || module.startsWith(`${mock}/`)))) {
    return [];
  }
  const statuses = sentStatuses(sites);
  const writes = new Map<Node, ChallengeWrite & { statuses: Set<number> }>();
  for (const match of text.matchAll(CHALLENGE_HEADER_NAME)) {
    const name = headerNameAt(file, match.index);
    const value = name ? writtenValue(name.node, file, statuses) : undefined;
    if (!name || !value) {
      continue;
    }
    const sent = name.header === 'WWW-Authenticate' ? statuses.get(unwrap(value)) : undefined;
    for (const { node, literal, text: valueText, branch } of valuesOf(value, file)) {
      let write = writes.get(node);
      if (!write) {
        write = { header: name.header, node, literal, text: valueText, statuses: new Set() };
        writes.set(node, write);
      }
      // Each branch of a conditional may go out with another of the sites' statuses.
      for (const status of branch ? [] : (sent ?? [])) {
        write.statuses.add(status);
      }
    }
  }
  return [...writes.values()];
}

/** Returns the header-name literal at a position of the text, skipping matches in comments and in longer strings. */
function headerNameAt(file: FileContext, index: number): { node: Node; header: ChallengeHeader } | undefined {
  let node: Node | undefined = nodeAt(file, index);
  if (node?.type === AST_NODE_TYPES.TemplateElement) {
    node = node.parent;
  }
  const name = node ? stringValue(node)?.toLowerCase() : undefined;
  if (!node || (name !== 'www-authenticate' && name !== 'proxy-authenticate')) {
    return undefined;
  }
  return { node, header: name === 'www-authenticate' ? 'WWW-Authenticate' : 'Proxy-Authenticate' };
}

/**
 * Returns the value written with a header name, when the name is in a place
 * where a header is written. A `set` or `append` counts on a response or
 * headers receiver, or when a response site sends the value, so that a
 * `Map` of header descriptions is left alone.
 */
function writtenValue(name: Node, file: FileContext, statuses: ReadonlyMap<Node, ReadonlySet<number>>): Node | undefined {
  const parent = name.parent;
  if (!parent) {
    return undefined;
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.key === name) {
    return inHeadersPosition(parent.parent, file, 0) ? parent.value : undefined;
  }
  if (parent.type === AST_NODE_TYPES.CallExpression) {
    const index = parent.arguments.indexOf(name as TSESTree.CallExpressionArgument);
    const value = index >= 0 ? parent.arguments[index + 1] : undefined;
    const setter = calleeName(parent);
    if (!value || setter === undefined) {
      return undefined;
    }
    if (HEADER_SETTERS.has(setter) || (RECEIVER_SETTERS.has(setter) && (isResponseReceiver(parent) || statuses.has(unwrap(value))))) {
      return value;
    }
    return undefined;
  }
  // `new Headers([['WWW-Authenticate', v]])`
  if (parent.type === AST_NODE_TYPES.ArrayExpression && parent.elements.length === 2 && parent.elements[0] === name) {
    const pairs = parent.parent;
    return pairs?.type === AST_NODE_TYPES.ArrayExpression && inHeadersPosition(pairs, file, 0) ? (parent.elements[1] ?? undefined) : undefined;
  }
  // Elysia's `set.headers['WWW-Authenticate'] = v`, and the same on other headers objects.
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === name && parent.computed && isHeadersMember(parent.object)) {
    const assignment = outermost(parent).parent;
    return assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === outermost(parent) ? assignment.right : undefined;
  }
  return undefined;
}

/**
 * Tells whether a method call's receiver is a response or headers: by the
 * receiver's own name (`res`, `response.headers`), or by the root of a
 * chain of calls on one (`reply.code(401).header()`, `h.response(b).header()`).
 */
function isResponseReceiver(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  let receiver = unwrap(callee.object);
  while (receiver.type === AST_NODE_TYPES.CallExpression) {
    const inner = unwrap(receiver.callee);
    if (inner.type !== AST_NODE_TYPES.MemberExpression) {
      return false;
    }
    receiver = unwrap(inner.object);
  }
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    return RESPONSE_RECEIVER.test(receiver.name);
  }
  const name = receiver.type === AST_NODE_TYPES.MemberExpression ? memberName(receiver) : undefined;
  return name !== undefined && RESPONSE_RECEIVER.test(name);
}

/** Tells whether an expression is a `headers` member: `set.headers`, `res.headers`. */
function isHeadersMember(node: Node): boolean {
  const expression = unwrap(node);
  return expression.type === AST_NODE_TYPES.MemberExpression && memberName(expression)?.toLowerCase() === 'headers';
}

/**
 * Tells whether an object or an array of pairs is used as headers: the value
 * of a `headers` key, an argument of a call that takes headers
 * (`res.writeHead(401, { ... })`, `new Headers([...])`), assigned to a
 * `headers` member, spread into headers, or a `const` used in one of these
 * places. A logger's redaction map or a table of header descriptions does
 * not count.
 */
function inHeadersPosition(node: Node | undefined, file: FileContext, depth: number): boolean {
  if (!node || depth > 3) {
    return false;
  }
  const expression = outermost(node);
  const parent = expression.parent;
  if (!parent) {
    return false;
  }
  switch (parent.type) {
    case AST_NODE_TYPES.Property:
      return (
        parent.value === expression &&
        HEADERS_KEYS.has(propertyKey(parent)?.toLowerCase() ?? '') &&
        parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
        isResponseOptions(parent.parent)
      );
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const callee = calleeName(parent);
      const index = parent.arguments.indexOf(expression as TSESTree.CallExpressionArgument);
      return callee !== undefined && index >= 0 && (HEADERS_TAKING_CALLS.has(callee) || (HONO_RESPONSE_HELPERS.has(callee) && index === 2));
    }
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === expression && isHeadersMember(parent.left);
    case AST_NODE_TYPES.SpreadElement:
      return inHeadersPosition(parent.parent, file, depth + 1);
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.init !== expression || parent.id.type !== AST_NODE_TYPES.Identifier) {
        return false;
      }
      const variable = resolveVariable(parent.id, file.scopeOf(parent.id));
      return (variable?.references ?? []).some(
        (reference) => reference.identifier !== parent.id && inHeadersPosition(reference.identifier as Node, file, depth + 1),
      );
    }
    default:
      return false;
  }
}

/**
 * Tells whether an object with a `headers` key describes a response: it has
 * a `status` or `statusCode` key (`{ statusCode: 401, headers }` of a
 * Lambda handler), or it is an argument after the first of a call or `new`
 * (`new Response(body, init)`, `createError(401, message, { headers })`).
 * A table of translations or documentation under a `headers` key is
 * neither.
 */
function isResponseOptions(object: TSESTree.ObjectExpression): boolean {
  const hasStatus = object.properties.some((property) => {
    const key = property.type === AST_NODE_TYPES.Property ? propertyKey(property) : undefined;
    return key === 'status' || key === 'statusCode';
  });
  if (hasStatus) {
    return true;
  }
  const outer = outermost(object);
  const parent = outer.parent;
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.indexOf(outer as TSESTree.CallExpressionArgument) > 0
  );
}

/** A value the code writes: the node to report, the literal that fixes may edit, and the text with `COMPUTED_PART` for computed parts. */
interface WrittenValue {
  node: Node;
  literal: TSESTree.Literal | TSESTree.TemplateLiteral | undefined;
  text: string;
  /** Whether the value is one branch of a conditional. */
  branch: boolean;
}

/** How many operands of a `+` chain the value reads, so that a generated chain of thousands of terms stays cheap. */
const MAX_CONCATENATED_PARTS = 64;

/** Returns the values a header value may be: literals, `const` strings, each branch of a conditional, and string concatenations. */
function valuesOf(node: Node, file: FileContext, branch = false, depth = 0): WrittenValue[] {
  const value = unwrap(node);
  if (depth > 4) {
    return [];
  }
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
      return typeof value.value === 'string' ? [{ node: value, literal: value, text: value.value, branch }] : [];
    case AST_NODE_TYPES.TemplateLiteral:
      return [{ node: value, literal: value, text: textOf(value), branch }];
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(resolveVariable(value, file.scopeOf(value)));
      return init ? valuesOf(init, file, branch, depth + 1) : [];
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const concatenation = value.operator === '+' ? concatenatedText(value, file) : undefined;
      return concatenation ? [{ node: value, literal: concatenation.first, text: concatenation.text, branch }] : [];
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return [...valuesOf(value.consequent, file, true, depth + 1), ...valuesOf(value.alternate, file, true, depth + 1)];
    case AST_NODE_TYPES.ArrayExpression:
      return value.elements.flatMap((element) =>
        element && element.type !== AST_NODE_TYPES.SpreadElement ? valuesOf(element, file, branch, depth + 1) : [],
      );
    default:
      return [];
  }
}

/**
 * Returns the text of a string concatenation (`'Bearer realm="' + realm + '"'`),
 * with `COMPUTED_PART` for each operand that is not a string literal, a
 * template literal or a `const` holding one. The chain must contain a string
 * literal, so that `+` is known to join strings. `first` is the leftmost
 * operand when it is a literal, where fixes may edit the value's start.
 */
function concatenatedText(
  expression: TSESTree.BinaryExpression,
  file: FileContext,
): { text: string; first: TSESTree.Literal | TSESTree.TemplateLiteral | undefined } | undefined {
  const operands: Node[] = [];
  const pending: Node[] = [expression];
  while (pending.length > 0 && operands.length < MAX_CONCATENATED_PARTS) {
    const current = unwrap(pending.pop() as Node);
    if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
      // The right operand goes on the stack first, so that the left one is read first.
      pending.push(current.right, current.left as Node);
    } else {
      operands.push(current);
    }
  }
  if (pending.length > 0) {
    return undefined;
  }

  let text = '';
  let joinsStrings = false;
  for (const operand of operands) {
    const literal = operand.type === AST_NODE_TYPES.Identifier ? constInitializer(resolveVariable(operand, file.scopeOf(operand))) : operand;
    const part = literal ? unwrap(literal) : undefined;
    if (part?.type === AST_NODE_TYPES.Literal && typeof part.value === 'string') {
      text += part.value;
      joinsStrings = true;
    } else if (part?.type === AST_NODE_TYPES.TemplateLiteral) {
      text += textOf(part);
      joinsStrings = true;
    } else if (part?.type === AST_NODE_TYPES.Literal && typeof part.value === 'number') {
      text += String(part.value);
    } else {
      text += COMPUTED_PART;
    }
  }
  const first = operands[0];
  const literal = first?.type === AST_NODE_TYPES.TemplateLiteral || (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') ? first : undefined;
  return joinsStrings ? { text, first: literal } : undefined;
}

/**
 * Returns the innermost node that contains a position of the text. It
 * descends from the root and searches each list of children by range, so a
 * lookup reads about depth × log(width) nodes. ESLint's
 * `getNodeByRangeIndex` visits every child of each node on the way, which
 * made a file of many handlers quadratic.
 */
function nodeAt(file: FileContext, index: number): Node | undefined {
  const visitorKeys = file.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  let node: Node = file.program;
  if (index < node.range[0] || index >= node.range[1]) {
    return undefined;
  }
  descend: for (;;) {
    for (const key of visitorKeys[node.type] ?? []) {
      const child: unknown = (node as unknown as Record<string, unknown>)[key];
      const found: Node | undefined = Array.isArray(child) ? childAt(child as (Node | null)[], index) : containing(child, index);
      if (found) {
        node = found;
        continue descend;
      }
    }
    return node;
  }
}

/** Finds the member of a list of nodes in source order that contains a position. Holes (`[a, , b]`) are skipped. */
function childAt(children: readonly (Node | null)[], index: number): Node | undefined {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    let probe = middle;
    while (probe <= high && !children[probe]) {
      probe += 1;
    }
    const child = children[probe];
    if (!child) {
      high = middle - 1;
      continue;
    }
    if (index < child.range[0]) {
      high = middle - 1;
    } else if (index >= child.range[1]) {
      low = probe + 1;
    } else {
      return child;
    }
  }
  return undefined;
}

function containing(value: unknown, index: number): Node | undefined {
  const node = value as Node | null | undefined;
  return node && typeof node.type === 'string' && node.range[0] <= index && index < node.range[1] ? node : undefined;
}

function textOf(literal: TSESTree.TemplateLiteral): string {
  return literal.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(COMPUTED_PART);
}

/**
 * Maps each challenge value the sites send to the error statuses they send
 * it with. A value set before the branches of a handler goes out with the
 * status of each branch (`invalid_token` on both the 401 and the 403). A
 * site whose status is unknown or not an error adds none.
 */
function sentStatuses(sites: readonly ResponseSite[]): Map<Node, Set<number>> {
  const statuses = new Map<Node, Set<number>>();
  for (const site of sites) {
    const challenge = site.wwwAuthenticate;
    const node = challenge.kind === 'set' && challenge.value.node ? unwrap(challenge.value.node) : undefined;
    if (!node) {
      continue;
    }
    const known = statuses.get(node) ?? new Set<number>();
    statuses.set(node, known);
    if (site.status.kind === 'number' && site.status.value >= 400) {
      known.add(site.status.value);
    }
  }
  return statuses;
}

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, propertyKey, stringValue, unwrap } from './ast';
import type { FileContext } from './file-context';
import { constInitializer, resolveVariable } from './imports';
import type { ResponseSite } from './model';
import { COMPUTED_PART } from '../syntax/www-authenticate';

type Node = TSESTree.Node;

export type ChallengeHeader = 'WWW-Authenticate' | 'Proxy-Authenticate';

/** One challenge value written to a response: a string or template literal, in place or as a constant's value. */
export interface ChallengeWrite {
  header: ChallengeHeader;
  /** The literal whose text is the value, where it is reported and fixed. */
  literal: TSESTree.Literal | TSESTree.TemplateLiteral;
  /** The value, with `COMPUTED_PART` for each interpolation of a template literal. */
  text: string;
  /** The status of the sites that send the value, when they all send one number. */
  status: number | undefined;
}

/**
 * A header name in quotes, as a call argument or an object key:
 * `'WWW-Authenticate'`, `"proxy-authenticate"`. Linear: one pass, no nested
 * quantifier.
 */
const CHALLENGE_HEADER_NAME = /["'`](?:www|proxy)-authenticate["'`]/gi;

/**
 * Functions that write a header given its name and then its value: Express
 * `res.set`, Node `setHeader`, Fastify `reply.header`, `Headers#append`, h3
 * `setResponseHeader`, and NestJS's `@Header()` decorator.
 */
const HEADER_SETTERS = new Set(['set', 'setHeader', 'header', 'Header', 'append', 'appendHeader', 'setResponseHeader', 'appendResponseHeader']);

/**
 * Finds the challenge values a file writes: the argument after the header
 * name in a setter call, the value of the header's key in a headers object
 * (`{ headers: { 'WWW-Authenticate': v } }`, `res.writeHead(401, { ... })`,
 * `const headers = { ... }`), and the second member of a `[name, value]` pair.
 * A value counts when it is a string or template literal, a `const` holding
 * one, each branch of a conditional, or each member of an array of values.
 * The header names are found in the text, so that the tree is not walked again.
 */
export function collectChallengeWrites(file: FileContext, sites: readonly ResponseSite[]): ChallengeWrite[] {
  const statuses = sentStatuses(sites);
  const writes: ChallengeWrite[] = [];
  const seen = new Set<Node>();
  for (const match of file.sourceCode.text.matchAll(CHALLENGE_HEADER_NAME)) {
    const name = headerNameAt(file, match.index);
    if (!name) {
      continue;
    }
    const value = writtenValue(name.node);
    if (!value) {
      continue;
    }
    for (const literal of literalsOf(value, file)) {
      if (seen.has(literal)) {
        continue;
      }
      seen.add(literal);
      const sent = name.header === 'WWW-Authenticate' ? statuses.get(unwrap(value)) : undefined;
      writes.push({ header: name.header, literal, text: textOf(literal), status: sent === null ? undefined : sent });
    }
  }
  return writes;
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

/** Returns the value written with a header name, when the name is in a place where a header is written. */
function writtenValue(name: Node): Node | undefined {
  const parent = name.parent;
  if (!parent) {
    return undefined;
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.key === name) {
    return isHeadersObject(parent.parent) ? parent.value : undefined;
  }
  if (parent.type === AST_NODE_TYPES.CallExpression) {
    const index = parent.arguments.indexOf(name as TSESTree.CallExpressionArgument);
    const setter = calleeName(parent);
    return index >= 0 && setter !== undefined && HEADER_SETTERS.has(setter) ? parent.arguments[index + 1] : undefined;
  }
  // `new Headers([['WWW-Authenticate', v]])`
  if (parent.type === AST_NODE_TYPES.ArrayExpression && parent.elements.length === 2 && parent.elements[0] === name) {
    return parent.parent?.type === AST_NODE_TYPES.ArrayExpression ? (parent.elements[1] ?? undefined) : undefined;
  }
  return undefined;
}

/**
 * Tells whether an object literal contains headers: the value of a `headers`
 * key, an argument of a call or `new` (`res.writeHead(401, { ... })`,
 * `new Headers({ ... })`), or a constant named after headers.
 */
function isHeadersObject(object: Node | undefined): boolean {
  const parent = object?.parent;
  if (!parent) {
    return false;
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === object) {
    return propertyKey(parent)?.toLowerCase() === 'headers';
  }
  if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
    return parent.arguments.includes(object as TSESTree.CallExpressionArgument);
  }
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return /headers?$/i.test(parent.id.name);
  }
  return false;
}

/** Returns the literals a value may be: itself, a constant's initialiser, both branches of a conditional, each member of an array. */
function literalsOf(node: Node, file: FileContext, depth = 0): (TSESTree.Literal | TSESTree.TemplateLiteral)[] {
  const value = unwrap(node);
  if (depth > 4) {
    return [];
  }
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
      return typeof value.value === 'string' ? [value] : [];
    case AST_NODE_TYPES.TemplateLiteral:
      return [value];
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(resolveVariable(value, file.scopeOf(value)));
      return init ? literalsOf(init, file, depth + 1) : [];
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return [...literalsOf(value.consequent, file, depth + 1), ...literalsOf(value.alternate, file, depth + 1)];
    case AST_NODE_TYPES.ArrayExpression:
      return value.elements.flatMap((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? literalsOf(element, file, depth + 1) : []));
    default:
      return [];
  }
}

function textOf(literal: TSESTree.Literal | TSESTree.TemplateLiteral): string {
  if (literal.type === AST_NODE_TYPES.Literal) {
    return String(literal.value);
  }
  return literal.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(COMPUTED_PART);
}

/**
 * Maps each challenge value the sites send to the status they send it with,
 * or to null when sites send it with different or unknown statuses.
 */
function sentStatuses(sites: readonly ResponseSite[]): Map<Node, number | null> {
  const statuses = new Map<Node, number | null>();
  for (const site of sites) {
    const challenge = site.wwwAuthenticate;
    const node = challenge.kind === 'set' && challenge.value.node ? unwrap(challenge.value.node) : undefined;
    if (!node) {
      continue;
    }
    const status = site.status.kind === 'number' ? site.status.value : null;
    const known = statuses.get(node);
    statuses.set(node, known === undefined || known === status ? status : null);
  }
  return statuses;
}

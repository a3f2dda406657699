import type { TSESTree } from '@typescript-eslint/utils';
import { getStaticValue } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, propertyKey, unwrap } from './ast';
import type { FileContext } from './file-context';
import { resolveVariable } from './imports';
import type { HeaderValue } from './model';

type Node = TSESTree.Node;

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

  if (expression.type === AST_NODE_TYPES.NewExpression && calleeName(expression) === 'Headers') {
    return expression.arguments.length === 0 ? EMPTY : readHeaders(expression.arguments[0], file, depth);
  }

  // const PROBLEM = { 'Content-Type': 'application/problem+json' }; ... { headers: PROBLEM }
  if (expression.type === AST_NODE_TYPES.Identifier && depth < 2) {
    const variable = resolveVariable(expression, file.scopeOf(expression));
    const definition = variable?.defs[0];
    const isConstant = definition?.type === 'Variable' && definition.parent.kind === 'const' && definition.node.id === definition.name;
    if (isConstant && definition.node.init && !variable?.references.some((reference) => isMutation(reference.identifier as TSESTree.Identifier))) {
      const headers = readHeaders(definition.node.init, file, depth + 1);
      // Writes of a shared constant are reported at the use, not in the declaration.
      return { writes: headers.writes.map((write) => ({ ...write, node: expression })), opaque: headers.opaque };
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

/** Tells whether a media type is JSON: `application/json` or any `+json` suffix. */
export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/** Whether a reference to a headers object changes it (`headers.x = y`, `headers['x'] = y`, `Object.assign(headers, ...)`). */
function isMutation(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const outer = parent.parent;
    return (outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === parent) || outer?.type === AST_NODE_TYPES.UnaryExpression;
  }
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === identifier;
}

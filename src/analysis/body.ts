import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, memberName, unwrap } from './ast';
import type { FileContext } from './file-context';
import { constInitializer, resolveVariable } from './imports';
import type { BodyShape } from './model';

type Node = TSESTree.Node;

/**
 * Describes what a body expression is. `JSON.stringify(<object literal>)`
 * is looked through, and reported as `stringified` so that callers can tell
 * that it goes out as a string. Given the file, a `const` that the body
 * alone reads is looked through too (see `sentBody`).
 */
export function shapeOf(node: Node | undefined, file?: FileContext): { shape: BodyShape; stringified: boolean } {
  if (!node) {
    return { shape: { kind: 'empty' }, stringified: false };
  }
  const expression = file ? sentBody(unwrap(node), file) : unwrap(node);

  switch (expression.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return { shape: { kind: 'object', node: expression }, stringified: false };
    case AST_NODE_TYPES.ArrayExpression:
      return { shape: { kind: 'array', node: expression }, stringified: false };
    case AST_NODE_TYPES.TemplateLiteral:
      if (expression.expressions.length === 0 && expression.quasis[0]?.value.cooked === '') {
        return { shape: { kind: 'empty' }, stringified: false };
      }
      return { shape: { kind: 'text', node: expression, addedByFramework: false, markup: isMarkup(expression.quasis[0]?.value.cooked) }, stringified: false };
    case AST_NODE_TYPES.Literal:
      if (expression.value === null) {
        return { shape: { kind: 'empty' }, stringified: false };
      }
      if (expression.value === '') {
        return { shape: { kind: 'empty' }, stringified: false };
      }
      if (typeof expression.value === 'string') {
        return { shape: { kind: 'text', node: expression, addedByFramework: false, markup: isMarkup(expression.value) }, stringified: false };
      }
      if (typeof expression.value === 'number') {
        return { shape: { kind: 'number', node: expression }, stringified: false };
      }
      return { shape: { kind: 'unknown' }, stringified: false };
    case AST_NODE_TYPES.Identifier:
      return expression.name === 'undefined'
        ? { shape: { kind: 'empty' }, stringified: false }
        : { shape: { kind: 'unknown' }, stringified: false };
    case AST_NODE_TYPES.CallExpression: {
      if (isJsonStringify(expression) && expression.arguments[0]) {
        const inner = shapeOf(expression.arguments[0], file);
        if (inner.shape.kind === 'object' || inner.shape.kind === 'array') {
          return { shape: inner.shape, stringified: true };
        }
      }
      return { shape: { kind: 'unknown' }, stringified: false };
    }
    default:
      return { shape: { kind: 'unknown' }, stringified: false };
  }
}

/**
 * Returns the initialiser of a `const` whose only use is this body
 * (`const body = { error: 'Not found' }; res.status(404).json(body)`), or
 * the expression itself. Another read, or a member write such as
 * `body.detail = message`, could change what is sent, so it keeps the body
 * unknown.
 */
function sentBody(expression: Node, file: FileContext): Node {
  if (expression.type !== AST_NODE_TYPES.Identifier || expression.name === 'undefined') {
    return expression;
  }
  const variable = resolveVariable(expression, file.scopeOf(expression));
  const init = constInitializer(variable);
  const reads = variable?.references.filter((reference) => !reference.init) ?? [];
  return init && reads.length === 1 && reads[0]?.identifier === expression ? unwrap(init) : expression;
}

/** Tells whether a string starts, after white space, with a tag or `<!doctype html>`. */
function isMarkup(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && text.trimStart().startsWith('<');
}

export function isJsonStringify(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(callee) === 'stringify' &&
    unwrap(callee.object).type === AST_NODE_TYPES.Identifier &&
    (unwrap(callee.object) as TSESTree.Identifier).name === 'JSON'
  );
}

/** Collects the string literals of a body or an error's arguments, for message hints. */
export function collectHints(nodes: readonly (Node | undefined)[]): string[] {
  const hints: string[] = [];
  for (const node of nodes) {
    if (node) {
      addHints(unwrap(node), hints, 0);
    }
  }
  return hints;
}

function addHints(node: Node, hints: string[], depth: number): void {
  if (depth > 3) {
    return;
  }
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === 'string') {
        hints.push(node.value);
      }
      break;
    case AST_NODE_TYPES.TemplateLiteral:
      for (const quasi of node.quasis) {
        hints.push(quasi.value.cooked ?? '');
      }
      break;
    case AST_NODE_TYPES.ObjectExpression:
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.Property) {
          addHints(unwrap(property.value), hints, depth + 1);
        }
      }
      break;
    case AST_NODE_TYPES.CallExpression:
      if (calleeName(node) === 'stringify') {
        for (const argument of node.arguments) {
          addHints(unwrap(argument), hints, depth + 1);
        }
      }
      break;
    default:
      break;
  }
}

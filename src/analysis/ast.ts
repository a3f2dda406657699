import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';

type Node = TSESTree.Node;

/** Strips TypeScript assertions (`as`, `satisfies`, `!`, `<T>x`) and `ChainExpression` wrappers. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** Returns the parent, skipping the wrappers that `unwrap` strips. */
export function parentOf(node: Node): Node | undefined {
  let current: Node | undefined = node.parent;
  while (current && isWrapper(current)) {
    current = current.parent;
  }
  return current;
}

/** Returns the outermost wrapper around a node (the node itself when none). */
export function outermost(node: Node): Node {
  let current = node;
  while (current.parent && isWrapper(current.parent)) {
    current = current.parent;
  }
  return current;
}

function isWrapper(node: Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSInstantiationExpression:
    case AST_NODE_TYPES.ChainExpression:
      return true;
    default:
      return false;
  }
}

/** Returns the static name of a member's property (`a.b`, `a['b']`), or undefined. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  }
  const property = unwrap(node.property);
  if (property.type === AST_NODE_TYPES.Literal && (typeof property.value === 'string' || typeof property.value === 'number')) {
    return String(property.value);
  }
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) {
    return property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Returns the static key of an object property, or undefined for computed keys. */
export function propertyKey(node: TSESTree.Property): string | undefined {
  const key = node.key;
  if (!node.computed && key.type === AST_NODE_TYPES.Identifier) {
    return key.name;
  }
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return undefined;
}

/** Finds a property of an object literal by key, case-insensitively when asked. */
export function findProperty(
  object: TSESTree.ObjectExpression,
  name: string,
  caseInsensitive = false,
): TSESTree.Property | undefined {
  const wanted = caseInsensitive ? name.toLowerCase() : name;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) {
      continue;
    }
    const key = propertyKey(property);
    if (key !== undefined && (caseInsensitive ? key.toLowerCase() : key) === wanted) {
      return property;
    }
  }
  return undefined;
}

/** Whether an object literal has spread elements or computed keys that hide its members. */
export function hasOpaqueMembers(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.SpreadElement ||
      (property.type === AST_NODE_TYPES.Property && propertyKey(property) === undefined),
  );
}

/** Returns the callee's method name (`x.json(...)` gives `json`), or the callee's name for a plain call. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    return memberName(callee);
  }
  return undefined;
}

/** Returns the object of a method call's callee (`res` in `res.json(x)`), unwrapped. */
export function calleeObject(call: TSESTree.CallExpression): Node | undefined {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
}

/** Returns the identifier at the root of a member chain (`req` in `req.headers.authorization`). */
export function rootIdentifier(node: Node): TSESTree.Identifier | undefined {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      return current;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = unwrap(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrap(current.callee);
    } else if (current.type === AST_NODE_TYPES.AwaitExpression) {
      current = unwrap(current.argument);
    } else {
      return undefined;
    }
  }
}

/** Returns a string literal's value, or a template literal's text when it has no interpolation. */
export function stringValue(node: Node | undefined): string | undefined {
  if (!node) {
    return undefined;
  }
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') {
    return inner.value;
  }
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) {
    return inner.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Tells whether an expression is `null` or `undefined`. */
export function isNullish(node: Node): boolean {
  const expression = unwrap(node);
  return (
    (expression.type === AST_NODE_TYPES.Literal && expression.value === null) ||
    (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined')
  );
}

export function isFunction(
  node: Node,
): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** Returns the innermost function that contains a node, or undefined at the top level. */
export function enclosingFunction(
  node: Node,
): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
  let current = node.parent;
  while (current) {
    if (isFunction(current)) {
      return current;
    }
    current = current.parent;
  }
  return undefined;
}

/** Returns the name of a function declared in the file (`function deny()`, `const deny = () => ...`). */
export function declaredName(fn: Node): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    return fn.id ?? undefined;
  }
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) {
    return undefined;
  }
  const parent = fn.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id : undefined;
}

/** Returns the statement that contains a node (the node itself when it is one). */
export function enclosingStatement(node: Node): TSESTree.Statement | undefined {
  let current: Node | undefined = node;
  while (current) {
    const parent: Node | undefined = current.parent;
    if (
      parent &&
      (parent.type === AST_NODE_TYPES.BlockStatement ||
        parent.type === AST_NODE_TYPES.Program ||
        parent.type === AST_NODE_TYPES.SwitchCase ||
        parent.type === AST_NODE_TYPES.StaticBlock)
    ) {
      return current as TSESTree.Statement;
    }
    if (!parent || isFunction(parent)) {
      return undefined;
    }
    current = parent;
  }
  return undefined;
}

/** Returns the parameter name of a simple identifier parameter (with or without a default or type). */
export function parameterIdentifier(param: TSESTree.Parameter | undefined): TSESTree.Identifier | undefined {
  if (!param) {
    return undefined;
  }
  if (param.type === AST_NODE_TYPES.Identifier) {
    return param;
  }
  if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) {
    return param.left;
  }
  if (param.type === AST_NODE_TYPES.TSParameterProperty && param.parameter.type === AST_NODE_TYPES.Identifier) {
    return param.parameter;
  }
  return undefined;
}

/** Tells whether a node lies inside another, by their source ranges. */
export function isWithin(node: Node, container: Node | undefined): boolean {
  return container !== undefined && container.range[0] <= node.range[0] && node.range[1] <= container.range[1];
}

/**
 * Splits a name into lower-case words at case changes and at any character
 * other than a letter or digit: `getHealth` and `health-check` give `get`,
 * `health` and `health`, `check`. Linear.
 */
export function nameWords(name: string): readonly string[] {
  let words = wordsByName.get(name);
  if (words === undefined) {
    words = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== '');
    if (wordsByName.size >= MAX_CACHED_NAMES) {
      wordsByName.clear();
    }
    wordsByName.set(name, words);
  }
  return words;
}

/**
 * The words of names split before, shared by all files: the same names
 * (`user`, `isAdmin`, `health`) come back in every handler. Cleared when
 * full, so that a long editor session keeps a bounded number.
 */
const wordsByName = new Map<string, readonly string[]>();
const MAX_CACHED_NAMES = 10_000;

/**
 * Tells whether a status written at one node may still be set at a later node
 * of the same handler: the write is on every path, or the later node lies in
 * the branch that contains the write (`if (x) { res.status(401); res.send(401); }`).
 */
export function reachesLater(write: Node, later: Node): boolean {
  let child: Node = write;
  for (let parent = child.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if (isBranch(parent, child)) {
      return isWithin(later, child);
    }
  }
  return true;
}

/** Tells whether a node is a branch of its parent that runs only on some paths. */
function isBranch(parent: Node, child: Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child !== parent.test;
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.right;
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.CatchClause:
      return true;
    default:
      return false;
  }
}

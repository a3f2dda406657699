import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from './node-types';
import { memberName, stringValue, unwrap } from './ast';

/** Where a local name comes from: a module and the imported member (`default` for default imports). */
export interface ImportOrigin {
  source: string;
  imported: string;
}

/**
 * Resolves an identifier to the module member it is bound to, through
 * `import` declarations and `const x = require('m')` (or `require('m').y`,
 * or a destructured `require`).
 */
export function importOrigin(identifier: TSESTree.Identifier, scope: Scope.Scope): ImportOrigin | undefined {
  const variable = lookUp(identifier, scope);
  const definition = variable?.defs[0];
  if (!definition) {
    return undefined;
  }

  if (definition.type === 'ImportBinding') {
    const declaration = definition.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) {
      return undefined;
    }
    const specifier = definition.node;
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported =
        specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      return { source: declaration.source.value, imported };
    }
    if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
      return { source: declaration.source.value, imported: 'default' };
    }
    return { source: declaration.source.value, imported: '*' };
  }

  if (definition.type === 'Variable' && definition.node.init) {
    return requireOrigin(definition.node.id, definition.name, definition.node.init);
  }
  return undefined;
}

function requireOrigin(
  pattern: TSESTree.BindingName,
  name: TSESTree.Identifier,
  init: TSESTree.Expression,
): ImportOrigin | undefined {
  let expression = unwrap(init);
  let member: string | undefined;
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    member = memberName(expression);
    expression = unwrap(expression.object);
  }
  const source = requireSource(expression);
  if (source === undefined) {
    return undefined;
  }

  if (pattern.type === AST_NODE_TYPES.Identifier) {
    return { source, imported: member ?? 'default' };
  }
  if (pattern.type === AST_NODE_TYPES.ObjectPattern && member === undefined) {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property) {
        continue;
      }
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value === name || (value.type === AST_NODE_TYPES.Identifier && value.name === name.name)) {
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : stringValue(property.key);
        return key === undefined ? undefined : { source, imported: key };
      }
    }
  }
  return undefined;
}

/** Returns the module of a `require('m')` call, or undefined. */
export function requireSource(node: TSESTree.Node): string | undefined {
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  ) {
    return stringValue(node.arguments[0]);
  }
  return undefined;
}

/** Returns the initialiser of a variable declared as `const name = value`, not through a pattern, or undefined. */
export function constInitializer(variable: Scope.Variable | undefined): TSESTree.Expression | undefined {
  const definition = variable?.defs[0];
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || definition.node.id !== definition.name) {
    return undefined;
  }
  return definition.node.init ?? undefined;
}

/** Returns the scope variable an identifier refers to, or undefined for globals. */
export function resolveVariable(identifier: TSESTree.Identifier, scope: Scope.Scope): Scope.Variable | undefined {
  const variable = lookUp(identifier, scope);
  return variable && variable.defs.length > 0 ? variable : undefined;
}

/** The identifiers that each variable declares or is referenced by, built once per variable. */
const identifiersByVariable = new WeakMap<Scope.Variable, ReadonlySet<TSESTree.Identifier>>();

/**
 * Finds the variable an identifier refers to. A lookup by name from `scope`
 * is cheap, and it is right whenever the variable found lists this very
 * identifier. Otherwise (`scope` is an outer scope and a nested block
 * declares the name) the exact lookup by node runs, which scans the child
 * scopes and would cost quadratic time if every lookup took it.
 */
function lookUp(identifier: TSESTree.Identifier, scope: Scope.Scope): Scope.Variable | null {
  const byName = findVariable(scope as never, identifier.name) as Scope.Variable | null;
  if (byName && (isOutsideChildScopes(identifier, scope) || identifiersOf(byName).has(identifier))) {
    return byName;
  }
  return findVariable(scope as never, identifier) as Scope.Variable | null;
}

/** How many child scopes a scope may have for the range check, which costs one comparison per child. */
const MAX_CHILD_SCOPES = 8;

/**
 * Tells whether an identifier lies in `scope` itself, inside its block and
 * outside its child scopes. Then `scope` is its innermost scope, where a
 * lookup by name is exact.
 */
function isOutsideChildScopes(identifier: TSESTree.Identifier, scope: Scope.Scope): boolean {
  if (scope.childScopes.length > MAX_CHILD_SCOPES) {
    return false;
  }
  const [start, end] = identifier.range;
  if (start < scope.block.range[0] || end > scope.block.range[1]) {
    return false;
  }
  return scope.childScopes.every((child) => end <= child.block.range[0] || start >= child.block.range[1]);
}

function identifiersOf(variable: Scope.Variable): ReadonlySet<TSESTree.Identifier> {
  let identifiers = identifiersByVariable.get(variable);
  if (!identifiers) {
    identifiers = new Set<TSESTree.Identifier>([
      ...(variable.identifiers as TSESTree.Identifier[]),
      ...variable.references.map((reference) => reference.identifier as TSESTree.Identifier),
    ]);
    identifiersByVariable.set(variable, identifiers);
  }
  return identifiers;
}

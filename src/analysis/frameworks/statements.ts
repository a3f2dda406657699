import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from '../node-types';
import { shapeOf } from '../body';
import type { FileContext } from '../file-context';
import type { Body } from '../model';

/*
 * Statement helpers for the adapters of frameworks whose handlers return
 * their body and take headers from separate statements (h3 and Elysia).
 */

type Node = TSESTree.Node;

/** Describes a returned body: an object or array goes out as JSON, a string as text. */
export function bodyOf(argument: Node, file: FileContext): Body {
  const { shape, stringified } = shapeOf(argument, file);
  let encoding: Body['encoding'] = 'none';
  if (stringified) {
    encoding = 'json-string';
  } else if (shape.kind === 'object' || shape.kind === 'array' || shape.kind === 'number') {
    encoding = 'json';
  } else if (shape.kind === 'text') {
    encoding = 'text';
  }
  return { shape, encoding, reportNode: argument };
}

/** Returns the outermost expression around a node through `await`, assertions and parentheses. */
export function outerExpression(node: Node): Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.AwaitExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    current = current.parent;
  }
  return current;
}

/** Returns the statement a node is the whole expression of (`setResponseStatus(event, 401);`, `throw err;`, `return err;`). */
export function statementOf(node: Node): TSESTree.Statement | undefined {
  const outer = outerExpression(node);
  const parent = outer.parent;
  if (
    parent?.type === AST_NODE_TYPES.ExpressionStatement ||
    parent?.type === AST_NODE_TYPES.ThrowStatement ||
    parent?.type === AST_NODE_TYPES.ReturnStatement
  ) {
    return parent;
  }
  return undefined;
}

/** Tells whether a statement sits directly in a block, where a statement can be inserted before it without braces. */
export function isInBlock(statement: TSESTree.Statement): boolean {
  const parent = statement.parent;
  return (
    parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program || parent?.type === AST_NODE_TYPES.SwitchCase
  );
}

/** Inserts a statement on its own line before another, with the same indentation. */
export function insertStatement(fixer: RuleFixer, file: FileContext, before: TSESTree.Statement, text: string): RuleFix {
  const line = file.sourceCode.lines[before.loc.start.line - 1] ?? '';
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  return fixer.insertTextBefore(before, `${text}\n${indent}`);
}

/**
 * Finds the statement that ends the path through a statement's block: the
 * next `return` or `throw` in the same block, when no branch or loop comes
 * first. The handler's return value is the body that goes out with the status.
 */
export function followingExit(
  statement: TSESTree.Statement,
): { kind: 'return'; statement: TSESTree.ReturnStatement } | { kind: 'throw'; statement: TSESTree.ThrowStatement } | undefined {
  if (statement.type === AST_NODE_TYPES.ReturnStatement) {
    return { kind: 'return', statement };
  }
  if (statement.type === AST_NODE_TYPES.ThrowStatement) {
    return { kind: 'throw', statement };
  }
  const block = statement.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement && block?.type !== AST_NODE_TYPES.SwitchCase && block?.type !== AST_NODE_TYPES.Program) {
    return undefined;
  }
  const statements: Node[] = block.type === AST_NODE_TYPES.SwitchCase ? block.consequent : block.body;
  for (const next of statements.slice(statements.indexOf(statement) + 1)) {
    if (next.type === AST_NODE_TYPES.ReturnStatement) {
      return { kind: 'return', statement: next };
    }
    if (next.type === AST_NODE_TYPES.ThrowStatement) {
      return { kind: 'throw', statement: next };
    }
    if (next.type !== AST_NODE_TYPES.ExpressionStatement && next.type !== AST_NODE_TYPES.VariableDeclaration) {
      return undefined;
    }
  }
  return undefined;
}

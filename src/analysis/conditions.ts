import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { isFunction } from './ast';

type Node = TSESTree.Node;

/**
 * One condition that holds on the path to a node: a test that is true or
 * false there, a `switch` case, or the `catch` clause of a `try`.
 */
export type Condition =
  | { kind: 'test'; test: TSESTree.Expression; holds: boolean }
  /**
   * A `switch` case: the discriminant equals `caseTest`, or for the `default`
   * case (`otherwise`), it equals none of the cases, of which `caseTest` is one.
   */
  | { kind: 'case'; discriminant: TSESTree.Expression; caseTest: TSESTree.Expression; otherwise: boolean }
  | { kind: 'catch'; clause: TSESTree.CatchClause };

/**
 * A path as a linked list, innermost condition first. Lists share their
 * outer parts, so the paths of all sites in a long handler take linear
 * space, and per-node caches (see identity.ts) make walking them linear too.
 */
export interface PathNode {
  condition: Condition;
  next: PathNode | undefined;
}

type Block = TSESTree.BlockStatement | TSESTree.Program | TSESTree.SwitchCase | TSESTree.StaticBlock;

/** Builds path lists for the nodes of one file, sharing prefixes between them. */
export class PathBuilder {
  /** For each block, the path before each of its statements, filled lazily (a plain map, as in IdentityClassifier). */
  private readonly blockPaths = new Map<Block, (PathNode | undefined | null)[]>();

  /** Returns the conditions that guard a node, innermost first. */
  pathOf(node: Node): PathNode | undefined {
    const expressionConditions: Condition[] = [];
    let child: Node = node;
    let parent: Node | undefined = node.parent;

    // Conditions inside the statement: ternaries and logical operators.
    while (parent && !isBlock(parent)) {
      const condition = conditionBetween(parent, child);
      if (condition) {
        expressionConditions.push(condition);
      }
      if (isFunction(parent)) {
        return prepend(expressionConditions, this.functionEntryPath(parent));
      }
      child = parent;
      parent = parent.parent;
    }
    if (!parent) {
      return prepend(expressionConditions, undefined);
    }

    const statements = blockStatements(parent);
    const index = statements.indexOf(child as TSESTree.Statement);
    const outer = index < 0 ? undefined : this.pathBefore(parent, index);
    return prepend(expressionConditions, outer);
  }

  /** Returns the path before statement `index` of a block: its entry path plus the early exits before it. */
  private pathBefore(block: Block, index: number): PathNode | undefined {
    let paths = this.blockPaths.get(block);
    if (!paths) {
      paths = [];
      this.blockPaths.set(block, paths);
    }

    // Fill forward from the last computed index, so each block costs linear time.
    let start = index;
    while (start > 0 && paths[start] === undefined) {
      start -= 1;
    }
    let current: PathNode | undefined;
    if (paths[start] === undefined) {
      current = this.blockEntryPath(block);
      paths[0] = current ?? null;
      start = 0;
    } else {
      current = paths[start] ?? undefined;
    }

    const statements = blockStatements(block);
    for (let i = start + 1; i <= index; i += 1) {
      const previous = statements[i - 1];
      const exit = previous ? earlyExitCondition(previous) : undefined;
      if (exit) {
        current = { condition: exit, next: current };
      }
      paths[i] = current ?? null;
    }
    return current;
  }

  private blockEntryPath(block: Block): PathNode | undefined {
    if (block.type === AST_NODE_TYPES.Program) {
      return undefined;
    }
    const parent = block.parent;
    if (!parent) {
      return undefined;
    }
    if (isFunction(parent)) {
      return this.functionEntryPath(parent);
    }
    if (block.type === AST_NODE_TYPES.SwitchCase) {
      const switchStatement = parent as TSESTree.SwitchStatement;
      const outer = this.pathOf(switchStatement);
      if (block.test) {
        return { condition: { kind: 'case', discriminant: switchStatement.discriminant, caseTest: block.test, otherwise: false }, next: outer };
      }
      const firstTest = switchStatement.cases.find((switchCase) => switchCase.test)?.test;
      return firstTest
        ? { condition: { kind: 'case', discriminant: switchStatement.discriminant, caseTest: firstTest, otherwise: true }, next: outer }
        : outer;
    }
    return this.pathOf(block);
  }

  /**
   * A callback runs where it is passed (`verify(token, (err) => ...)`), so its
   * path continues from the call; any other function starts a new path.
   */
  private functionEntryPath(fn: Node): PathNode | undefined {
    const parent = fn.parent;
    if (
      parent &&
      (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(fn as TSESTree.Expression)
    ) {
      return this.pathOf(parent);
    }
    return undefined;
  }
}

function prepend(conditions: Condition[], tail: PathNode | undefined): PathNode | undefined {
  let current = tail;
  for (let i = conditions.length - 1; i >= 0; i -= 1) {
    const condition = conditions[i];
    if (condition) {
      current = { condition, next: current };
    }
  }
  return current;
}

function isBlock(node: Node): node is Block {
  return (
    node.type === AST_NODE_TYPES.BlockStatement ||
    node.type === AST_NODE_TYPES.Program ||
    node.type === AST_NODE_TYPES.SwitchCase ||
    node.type === AST_NODE_TYPES.StaticBlock
  );
}

function blockStatements(block: Block): readonly Node[] {
  return block.type === AST_NODE_TYPES.SwitchCase ? block.consequent : block.body;
}

/** Returns the condition that a node's position under `parent` implies, if any. */
function conditionBetween(parent: Node, child: Node): Condition | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
      if (child === parent.consequent) {
        return { kind: 'test', test: parent.test, holds: true };
      }
      return child === parent.alternate ? { kind: 'test', test: parent.test, holds: false } : undefined;
    case AST_NODE_TYPES.ConditionalExpression:
      if (child === parent.consequent) {
        return { kind: 'test', test: parent.test, holds: true };
      }
      return child === parent.alternate ? { kind: 'test', test: parent.test, holds: false } : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      if (child !== parent.right || parent.operator === '??') {
        return undefined;
      }
      return { kind: 'test', test: parent.left, holds: parent.operator === '&&' };
    case AST_NODE_TYPES.CatchClause:
      return child === parent.body ? { kind: 'catch', clause: parent } : undefined;
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.ForStatement:
      return child === parent.body && parent.test ? { kind: 'test', test: parent.test, holds: true } : undefined;
    default:
      return undefined;
  }
}

/**
 * For an `if` statement that always leaves the function on one branch, the
 * condition that holds after it: `if (!user) return ...;` leaves `user`
 * truthy for the statements that follow.
 */
function earlyExitCondition(statement: Node): Condition | undefined {
  const assertion = assertedTest(statement);
  if (assertion) {
    return { kind: 'test', test: assertion, holds: true };
  }
  if (statement.type !== AST_NODE_TYPES.IfStatement) {
    return undefined;
  }
  const consequentExits = alwaysExits(statement.consequent);
  const alternateExits = statement.alternate ? alwaysExits(statement.alternate) : false;
  if (consequentExits && !alternateExits) {
    return { kind: 'test', test: statement.test, holds: false };
  }
  if (alternateExits && !consequentExits) {
    return { kind: 'test', test: statement.test, holds: true };
  }
  return undefined;
}

/** Whether a statement always returns or throws (checked on its last statement, without flow analysis). */
export function alwaysExits(statement: Node): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.ExpressionStatement:
      return isThrowingCall(statement.expression);
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body[statement.body.length - 1];
      return last ? alwaysExits(last) : false;
    }
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate ? alwaysExits(statement.consequent) && alwaysExits(statement.alternate) : false;
    default:
      return false;
  }
}

/** Whether an expression is a call that always throws: Koa's `ctx.throw(401)`. */
function isThrowingCall(expression: Node): boolean {
  const call = expression.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : expression;
  if (call.type !== AST_NODE_TYPES.CallExpression) {
    return false;
  }
  const callee = call.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'throw'
  );
}

/**
 * For an assertion statement (`ctx.assert(user, 401)`, `assert(user)`), the
 * test that holds after it, since a failed assertion throws.
 */
function assertedTest(statement: Node): TSESTree.Expression | undefined {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) {
    return undefined;
  }
  const call = statement.expression;
  const callee = call.callee;
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : undefined;
  const first = call.arguments[0];
  const onAssert =
    callee.type === AST_NODE_TYPES.MemberExpression &&
    ((callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'assert') ||
      (callee.object.type === AST_NODE_TYPES.MemberExpression &&
        callee.object.property.type === AST_NODE_TYPES.Identifier &&
        callee.object.property.name === 'assert'));
  const isAssertion = name === 'assert' || (name === 'ok' && onAssert);
  if (!isAssertion || !first || first.type === AST_NODE_TYPES.SpreadElement) {
    return undefined;
  }
  return first;
}

/** How an earlier write relates to a later site in the same function. */
export type BranchRelation = 'on-path' | 'exited' | 'uncertain';

/** Refinements of `branchRelation` that adapters opt into. */
export interface BranchRelationOptions {
  /** A block that always returns or throws makes a write in it `exited`, even outside an `if` branch. */
  exitingBlocks?: boolean;
  /** A write in one branch of an `if` or ternary is `exited` for a site in the other branch. */
  exclusiveBranches?: boolean;
}

/**
 * Tells how an earlier write relates to a site: `on-path` when no branch lies
 * between them, `exited` when the write sits in a branch that always leaves
 * the function before the site, and `uncertain` when it sits in a branch or
 * callback that may or may not run.
 */
export function branchRelation(write: Node, site: Node, options: BranchRelationOptions = {}): BranchRelation {
  let child: Node = write;
  let current: Node | undefined = write.parent;
  let branched = false;
  let exited = false;
  // A write in a callback may or may not run, unless the callback lies in a branch that leaves before the site.
  let inCallback = false;
  while (current) {
    if (current.range[0] <= site.range[0] && site.range[1] <= current.range[1]) {
      if (options.exclusiveBranches && isExclusiveBranch(current, child)) {
        return 'exited';
      }
      if (!branched) {
        return inCallback ? 'uncertain' : 'on-path';
      }
      return exited ? 'exited' : 'uncertain';
    }
    // Branches and exits inside the callback concern the callback alone, so only those around it count.
    if (isFunction(current)) {
      inCallback = true;
      branched = false;
      exited = false;
    }
    if (options.exitingBlocks && current.type === AST_NODE_TYPES.BlockStatement && alwaysExits(current)) {
      exited = true;
    }
    if (isBranch(current, child)) {
      branched = true;
      exited ||= alwaysExits(child);
    }
    // An exception in a try block goes on after the try statement when its catch does not leave.
    if (current.type === AST_NODE_TYPES.TryStatement && child === current.block && current.handler && !alwaysExits(current.handler.body)) {
      exited = false;
    }
    child = current;
    current = current.parent;
  }
  return 'on-path';
}

/** Whether `child` is a branch of `parent`: one that may or may not run when `parent` does. */
export function isBranch(parent: Node, child: Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child === parent.consequent || child === parent.alternate;
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.right;
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.CatchClause:
    case AST_NODE_TYPES.TryStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    default:
      return false;
  }
}

function isExclusiveBranch(parent: Node, child: Node): boolean {
  return (
    (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
    (child === parent.consequent || child === parent.alternate)
  );
}

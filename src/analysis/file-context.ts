import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, isFunction, unwrap } from './ast';
import { importOrigin, requireSource, resolveVariable } from './imports';

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * The nodes of one file that adapters look at, gathered during ESLint's
 * traversal, with the file's imported modules.
 */
export class FileContext {
  readonly calls: TSESTree.CallExpression[] = [];
  readonly news: TSESTree.NewExpression[] = [];
  readonly assignments: TSESTree.AssignmentExpression[] = [];
  readonly functions: FunctionNode[] = [];
  readonly declarators: TSESTree.VariableDeclarator[] = [];
  /** Module names imported or required anywhere in the file. */
  readonly modules = new Set<string>();
  /**
   * Indexes into `calls`, grouped by callee name (`calleeName`). They are
   * filled while ESLint visits the calls, so that an adapter looking for a
   * few names does not read every call of the file again.
   */
  private readonly callsByName = new Map<string, number[]>();

  constructor(
    readonly sourceCode: Readonly<SourceCode>,
    readonly program: TSESTree.Program,
    /** The linted file's name, as ESLint gives it. */
    readonly filename: string,
  ) {}

  /**
   * Returns listeners that gather the nodes during ESLint's own traversal, so
   * that the analysis never walks the tree a second time. ESLint visits nodes
   * depth-first in source order, and the lists keep that order.
   */
  listeners(): Record<string, (node: never) => void> {
    return {
      CallExpression: (node: TSESTree.CallExpression) => {
        this.calls.push(node);
        const name = calleeName(node);
        if (name !== undefined) {
          const list = this.callsByName.get(name);
          const position = this.calls.length - 1;
          if (list) {
            list.push(position);
          } else {
            this.callsByName.set(name, [position]);
          }
        }
        const source = requireSource(node);
        if (source !== undefined) {
          this.modules.add(source);
        }
      },
      NewExpression: (node: TSESTree.NewExpression) => this.news.push(node),
      AssignmentExpression: (node: TSESTree.AssignmentExpression) => this.assignments.push(node),
      VariableDeclarator: (node: TSESTree.VariableDeclarator) => this.declarators.push(node),
      ImportDeclaration: (node: TSESTree.ImportDeclaration) => this.modules.add(node.source.value),
      ImportExpression: (node: TSESTree.ImportExpression) => {
        if (node.source.type === AST_NODE_TYPES.Literal && typeof node.source.value === 'string') {
          this.modules.add(node.source.value);
        }
      },
      FunctionDeclaration: (node: FunctionNode) => this.functions.push(node),
      FunctionExpression: (node: FunctionNode) => this.functions.push(node),
      ArrowFunctionExpression: (node: FunctionNode) => this.functions.push(node),
    };
  }

  /** Returns the calls whose callee name is one of `names`, in the order of `calls`. */
  callsNamed(names: Iterable<string>): TSESTree.CallExpression[] {
    const positions: number[] = [];
    let matchedNames = 0;
    for (const name of names) {
      const list = this.callsByName.get(name);
      if (list) {
        positions.push(...list);
        matchedNames += 1;
      }
    }
    if (matchedNames > 1) {
      positions.sort((a, b) => a - b);
    }
    const calls: TSESTree.CallExpression[] = [];
    for (const position of positions) {
      const call = this.calls[position];
      if (call) {
        calls.push(call);
      }
    }
    return calls;
  }

  scopeOf(node: Node): Scope.Scope {
    return this.sourceCode.getScope(node) as Scope.Scope;
  }

  /** Returns the function a node is or names: `handler` with `function handler(c) {}` or `const handler = (c) => {}` in the file. */
  functionOf(node: Node): FunctionNode | undefined {
    const expression = unwrap(node);
    if (isFunction(expression)) {
      return expression;
    }
    if (expression.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const definition = resolveVariable(expression, this.scopeOf(expression))?.defs[0];
    if (definition?.type === 'FunctionName' && isFunction(definition.node)) {
      return definition.node;
    }
    if (definition?.type === 'Variable' && definition.node.init) {
      const init = unwrap(definition.node.init);
      return isFunction(init) ? init : undefined;
    }
    return undefined;
  }

  /** Returns the module an identifier was imported from, if any. */
  moduleOf(identifier: TSESTree.Identifier): string | undefined {
    return importOrigin(identifier, this.scopeOf(identifier))?.source;
  }

  importsAny(names: readonly string[]): boolean {
    return names.some((name) => this.modules.has(name));
  }

  text(node: Node): string {
    return this.sourceCode.getText(node);
  }
}

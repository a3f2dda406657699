import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { isFunction } from './ast';
import { importOrigin, requireSource } from './imports';

type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * The nodes of one file that adapters look at, gathered in one traversal,
 * with the file's imported modules.
 */
export class FileContext {
  readonly calls: TSESTree.CallExpression[] = [];
  readonly news: TSESTree.NewExpression[] = [];
  readonly assignments: TSESTree.AssignmentExpression[] = [];
  readonly functions: FunctionNode[] = [];
  readonly declarators: TSESTree.VariableDeclarator[] = [];
  /** Module names imported or required anywhere in the file. */
  readonly modules = new Set<string>();

  constructor(
    readonly sourceCode: Readonly<SourceCode>,
    readonly program: TSESTree.Program,
    /** The linted file's name, as ESLint gives it. */
    readonly filename: string,
  ) {
    this.collect(program);
  }

  scopeOf(node: Node): Scope.Scope {
    return this.sourceCode.getScope(node) as Scope.Scope;
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

  private collect(program: TSESTree.Program): void {
    const visitorKeys = this.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
    const stack: Node[] = [program];

    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) {
        break;
      }
      this.record(node);

      const keys = visitorKeys[node.type] ?? [];
      for (let k = keys.length - 1; k >= 0; k -= 1) {
        const key = keys[k];
        if (key === undefined || key === 'parent') {
          continue;
        }
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (let i = child.length - 1; i >= 0; i -= 1) {
            const item = child[i] as Node | null;
            if (item && typeof item.type === 'string') {
              stack.push(item);
            }
          }
        } else if (child && typeof (child as Node).type === 'string') {
          stack.push(child as Node);
        }
      }
    }
  }

  private record(node: Node): void {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression: {
        this.calls.push(node);
        const source = requireSource(node);
        if (source !== undefined) {
          this.modules.add(source);
        }
        break;
      }
      case AST_NODE_TYPES.NewExpression:
        this.news.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        this.assignments.push(node);
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        this.declarators.push(node);
        break;
      case AST_NODE_TYPES.ImportDeclaration:
        this.modules.add(node.source.value);
        break;
      case AST_NODE_TYPES.ImportExpression:
        if (node.source.type === AST_NODE_TYPES.Literal && typeof node.source.value === 'string') {
          this.modules.add(node.source.value);
        }
        break;
      default:
        if (isFunction(node)) {
          this.functions.push(node);
        }
    }
  }
}

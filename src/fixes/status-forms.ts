import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { stringValue, unwrap } from '../analysis/ast';
import { AST_NODE_TYPES } from '../analysis/node-types';
import type { IneffectiveStatus } from '../analysis/model';

/** An edit that writes a status in the form the framework sends. */
export type StatusFormFix = (fixer: RuleFixer) => RuleFix;

/**
 * Returns the edit that sends an ineffective status as written:
 * `res.send(401)` becomes `res.sendStatus(401)` (`res.status(401).end()` in Next.js), `res.json(401, body)`
 * becomes `res.status(401).json(body)`, `'401'` becomes `401`, and an init
 * of `401` becomes `{ status: 401 }`. An http-errors error in another
 * framework has no edit, because the framework's own error needs an import.
 * Returns undefined where an edit would drop a comment.
 */
export function statusFormFix(sourceCode: Readonly<SourceCode>, item: IneffectiveStatus): StatusFormFix | undefined {
  switch (item.form) {
    case 'string-status':
      return (fixer) => fixer.replaceText(item.node, String(item.status));
    case 'numeric-init': {
      const replacement = initObjectText(sourceCode, item);
      return (fixer) => fixer.replaceText(item.node, replacement);
    }
    case 'status-argument':
      return statusArgumentFix(sourceCode, item);
    case 'foreign-error':
    case 'status-property':
      return undefined;
  }
}

function statusArgumentFix(
  sourceCode: Readonly<SourceCode>,
  item: Extract<IneffectiveStatus, { form: 'status-argument' }>,
): StatusFormFix | undefined {
  const callee = item.call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const method = callee.property;
  if (!item.body && item.framework === 'express') {
    return (fixer) => fixer.replaceText(method, 'sendStatus');
  }

  // The rest of the forms rewrite everything from the method name to the closing parenthesis, so a comment there would be lost.
  if (sourceCode.getCommentsInside(item.call).some((comment) => comment.range[0] > method.range[0])) {
    return undefined;
  }
  const status = sourceCode.getText(item.node);
  // Next.js's response has no sendStatus().
  if (!item.body) {
    const replacement = `status(${status}).end()`;
    const range: TSESTree.Range = [method.range[0], item.call.range[1]];
    return (fixer) => fixer.replaceTextRange(range, replacement);
  }
  const replacement = `status(${status}).${method.name}(${sourceCode.getText(item.body)})`;
  const range: TSESTree.Range = [method.range[0], item.call.range[1]];
  return (fixer) => fixer.replaceTextRange(range, replacement);
}

/**
 * Returns the init object that replaces a numeric init: the status without a
 * cast such as `401 as unknown as ResponseInit`, which would not fit the
 * member, and a status string as a number.
 */
export function initObjectText(sourceCode: Readonly<SourceCode>, item: Extract<IneffectiveStatus, { form: 'numeric-init' }>): string {
  const inner = unwrap(item.node);
  const value = stringValue(inner) === undefined ? sourceCode.getText(inner) : String(item.status);
  return `{ status: ${value} }`;
}

import { queryModel } from '../analysis/collect';
import { statusIs } from '../analysis/status';
import { changeStatusFixes } from '../fixes/edits';
import { createRule } from '../util/create-rule';

export type Options = [];
export type MessageIds = 'unauthorizedForPermission' | 'unauthorizedForMixedCondition' | 'sendForbiddenInstead';

export default createRule<Options, MessageIds>({
  name: 'no-401-for-forbidden',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow 401 Unauthorized when a known identity lacks a permission',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unauthorizedForPermission:
        'This 401 is sent to a known identity that lacks a permission, so clients will sign in again and loop. Send 403 Forbidden instead.',
      unauthorizedForMixedCondition:
        'This 401 covers both a missing identity and a failed permission check. Split the check: keep 401 for the missing identity and send 403 for the permission.',
      sendForbiddenInstead: 'Send 403 Forbidden.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return queryModel(context, (model) => {
      for (const site of model.sites) {
        if (!statusIs(site.status, 401)) {
          continue;
        }

        const verdict = model.verdictOf(site);
        if (verdict === 'mixed') {
          context.report({ node: site.statusNode, messageId: 'unauthorizedForMixedCondition' });
          continue;
        }
        if (verdict !== 'permission') {
          continue;
        }

        context.report({
          node: site.statusNode,
          messageId: 'unauthorizedForPermission',
          suggest: [
            {
              messageId: 'sendForbiddenInstead',
              fix: (fixer) => changeStatusFixes(fixer, model.sourceCode, site, 401, 403) ?? null,
            },
          ],
        });
      }
    });
  },
});

import { queryModel } from '../analysis/collect';
import { statusIs } from '../analysis/status';
import { addHeaderFixes, changeStatusFixes } from '../fixes/edits';
import { challengeFor } from '../fixes/challenge';
import { createRule } from '../util/create-rule';

export type Options = [];
export type MessageIds =
  | 'forbiddenWithoutIdentity'
  | 'forbiddenForUnverifiedCredential'
  | 'forbiddenForMixedCondition'
  | 'sendUnauthorizedInstead';

export default createRule<Options, MessageIds>({
  name: 'no-403-for-unauthenticated',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow 403 Forbidden when the request carries no valid identity',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      forbiddenWithoutIdentity:
        '{{subject}} when no identity was established, so clients will not try to sign in. Send 401 with a WWW-Authenticate challenge instead.',
      forbiddenForUnverifiedCredential:
        '{{subject}} because the credential could not be verified (invalid, expired or unknown), so clients will not sign in again. Send 401 with a WWW-Authenticate challenge instead.',
      forbiddenForMixedCondition:
        'This 403 covers both a missing identity and a failed permission check. Answer the missing identity with 401 before the permission check, and keep 403 for the permission.',
      sendUnauthorizedInstead: 'Send 401 with a `WWW-Authenticate: {{challenge}}` challenge{{review}}.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return queryModel(context, (model) => {
      for (const site of model.sites) {
        if (!statusIs(site.status, 403)) {
          continue;
        }

        const verdict = model.verdictOf(site);
        if (verdict === 'mixed') {
          context.report({ node: site.statusNode, messageId: 'forbiddenForMixedCondition' });
          continue;
        }
        if (verdict !== 'missing' && verdict !== 'unverifiable') {
          continue;
        }

        const challenge = challengeFor(site, model);
        context.report({
          node: site.statusNode,
          messageId: verdict === 'missing' ? 'forbiddenWithoutIdentity' : 'forbiddenForUnverifiedCredential',
          // A NestJS guard shows no 403 in its code: Nest responds to its `false` with 403 Forbidden.
          data: { subject: site.kind === 'guard' ? 'This guard returns false, which NestJS answers with 403 Forbidden,' : 'This 403 is sent' },
          suggest: [
            {
              messageId: 'sendUnauthorizedInstead',
              // A path that reads an API key, a cookie or a password needs the scheme its clients use, which may not be Bearer.
              data: { challenge: challenge.value, review: challenge.needsReview ? ', then change it to the scheme this endpoint accepts' : '' },
              fix(fixer) {
                const statusFixes = changeStatusFixes(fixer, model.sourceCode, site, 403, 401);
                const headerFixes =
                  site.wwwAuthenticate.kind === 'set'
                    ? []
                    : addHeaderFixes(fixer, model.sourceCode, site, 'WWW-Authenticate', challenge.value);
                return statusFixes && headerFixes ? [...statusFixes, ...headerFixes] : null;
              },
            },
          ],
        });
      }
    });
  },
});

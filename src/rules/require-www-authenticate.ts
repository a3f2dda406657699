import { queryModel } from '../analysis/collect';
import { statusIs } from '../analysis/status';
import { challengeFor } from '../fixes/challenge';
import { addHeaderFixes, isHeaderFixProven } from '../fixes/edits';
import { invalidChallengeReason } from '../syntax/www-authenticate';
import { createRule } from '../util/create-rule';

export type Options = [
  {
    challenge?: string;
    ignoreThrownErrors?: boolean;
  },
];
export type MessageIds = 'missingChallenge' | 'droppedChallenge' | 'addChallenge';

export default createRule<Options, MessageIds>({
  name: 'require-www-authenticate',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a WWW-Authenticate challenge on every 401 response',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingChallenge:
        'This 401 is sent without a WWW-Authenticate header, so clients cannot tell how to authenticate (RFC 9110 §15.5.2). Add a challenge such as `WWW-Authenticate: {{challenge}}`, or, if signing in again cannot help, send another status (400, 403, 429).',
      droppedChallenge:
        'The WWW-Authenticate header written for this 401 is dropped before the response goes out: {{reason}}. Set it {{where}}.',
      addChallenge: 'Add `WWW-Authenticate: {{challenge}}` to this response.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          challenge: {
            type: 'string',
            minLength: 1,
            description: 'The WWW-Authenticate value that fixes insert, such as `Bearer realm="api"`.',
          },
          ignoreThrownErrors: {
            type: 'boolean',
            description: 'Skip thrown or forwarded 401 errors, for projects whose error handler adds the challenge to every 401.',
          },
        },
      },
    ],
    defaultOptions: [{ ignoreThrownErrors: false }],
  },
  defaultOptions: [{ ignoreThrownErrors: false }],
  create(context, [options]) {
    // Fixes insert the value as it is, so an invalid one would be reported by valid-www-authenticate right after.
    const invalid = options.challenge === undefined ? undefined : invalidChallengeReason(options.challenge);
    if (invalid !== undefined) {
      throw new TypeError(`The challenge option of ${context.id}, ${JSON.stringify(options.challenge)}, is not a valid challenge: ${invalid}.`);
    }

    return queryModel(context, (model) => {
      for (const site of model.sites) {
        if (!statusIs(site.status, 401) || site.viaHelper || (options.ignoreThrownErrors && site.thrown)) {
          continue;
        }

        // A 401 that should be a 403 is reported by no-401-for-forbidden alone.
        const verdict = model.verdictOf(site);
        if (verdict === 'permission' || verdict === 'mixed') {
          continue;
        }

        const header = site.wwwAuthenticate;
        if (header.kind === 'set' || header.kind === 'unknown') {
          continue;
        }
        if (header.kind === 'dropped') {
          context.report({
            node: site.statusNode,
            messageId: 'droppedChallenge',
            data: { reason: header.reason, where: header.where ?? 'on the error itself' },
          });
          continue;
        }

        const challenge = challengeFor(site, model, options.challenge);
        const buildFix = (fixer: Parameters<typeof addHeaderFixes>[0]) =>
          addHeaderFixes(fixer, model.sourceCode, site, 'WWW-Authenticate', challenge.value) ?? null;
        // A rendered login page for browsers may want another challenge than an API's, so its fix is a suggestion.
        const autofix = isHeaderFixProven(site) && !challenge.needsReview && site.body?.rendered !== true;

        context.report({
          node: site.statusNode,
          messageId: 'missingChallenge',
          data: { challenge: challenge.value },
          fix: autofix ? buildFix : null,
          suggest: autofix || !site.fixTarget ? [] : [{ messageId: 'addChallenge', data: { challenge: challenge.value }, fix: buildFix }],
        });
      }
    });
  },
});

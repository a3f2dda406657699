import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';

import type { ChallengeWrite } from '../analysis/challenges';
import { queryModel } from '../analysis/collect';
import { AST_NODE_TYPES } from '../analysis/node-types';
import { BEARER_ERROR_STATUS, COMPUTED_PART, TOKEN_SCHEMES, describeCharacter, paramOf, parseChallenges, schemeProblems } from '../syntax/www-authenticate';
import type { Challenge, ChallengeSyntaxProblem } from '../syntax/www-authenticate';
import { createRule } from '../util/create-rule';

export type Options = [];
export type MessageIds =
  | 'empty'
  | 'invalidCharacter'
  | 'headerName'
  | 'schemeColon'
  | 'unquotedSpace'
  | 'unterminatedQuote'
  | 'duplicateParameter'
  | 'unexpected'
  | 'basicWithoutRealm'
  | 'basicCharset'
  | 'unknownBearerError'
  | 'boomMessageAsError'
  | 'bearerErrorStatus'
  | 'removeColon'
  | 'removeHeaderName';

type Report = Parameters<RuleContext<MessageIds, Options>['report']>[0];

export default createRule<Options, MessageIds>({
  name: 'valid-www-authenticate',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require WWW-Authenticate and Proxy-Authenticate values to be valid challenges that match the status sent',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      empty: 'This {{header}} value is empty, so clients get no challenge to answer (RFC 9110 §11.6.1). Give a scheme, such as `Bearer realm="api"`.',
      invalidCharacter:
        'This {{header}} value contains {{character}}, which no header value may contain (RFC 9110 §5.5): Node.js and undici reject the header with a TypeError, and the client gets a 500. {{advice}}.',
      headerName:
        'This {{header}} value starts with the header name `{{name}}:`, so clients read `{{name}}` as the scheme. The value is only the challenge: remove the name and the colon.',
      schemeColon:
        'This {{header}} value has a colon after the scheme `{{scheme}}`, which the challenge grammar does not allow (RFC 9110 §11.6.1), so clients cannot read the scheme. Remove the colon.',
      unquotedSpace:
        'The value of `{{name}}` contains a space but has no quotes, so clients read only its first word (RFC 9110 §11.2). Put the value in double quotes.',
      unterminatedQuote: 'The quoted value of `{{name}}` has no closing double quote, so clients cannot read this challenge (RFC 9110 §5.6.4). Close the quote.',
      duplicateParameter:
        'The parameter `{{name}}` occurs twice in the `{{scheme}}` challenge, and RFC 9110 §11.2 allows each name once per challenge. Keep one.',
      unexpected:
        'This {{header}} value is not a valid challenge (RFC 9110 §11.6.1): it needs {{expected}} where it reads {{found}}. Write each challenge as `scheme name="value", ...` or `scheme token68`, and separate challenges with commas.',
      basicWithoutRealm: 'This Basic challenge has no `realm`, which RFC 7617 §2 requires. Add `realm="..."` to name the protection space.',
      basicCharset: 'The only `charset` a Basic challenge may name is `UTF-8` (RFC 7617 §2.1), not `{{charset}}`.',
      unknownBearerError:
        'The {{scheme}} error code `{{errorCode}}` is not registered, so clients cannot act on it (RFC 6750 §3.1). Use a registered code such as `invalid_request`, `invalid_token` or `insufficient_scope`.',
      boomMessageAsError:
        'Boom sends this message as the Bearer error code, `error="{{errorCode}}"`, which is not registered, so clients cannot act on it (RFC 6750 §3.1). Pass a registered code such as `invalid_token` as the message, or throw `Boom.forbidden()` for a missing scope, because `insufficient_scope` belongs on 403. Pass null only when the credentials are missing, because hapi then tries the next authentication strategy.',
      bearerErrorStatus:
        'The {{scheme}} error `{{errorCode}}` belongs on {{expected}}, but this challenge is sent with {{status}} (RFC 6750 §3.1). Send {{expected}}, change the error code, or write this challenge only on the {{expected}} response.',
      removeColon: 'Remove the colon after `{{scheme}}`.',
      removeHeaderName: 'Remove `{{name}}:` from the value.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return queryModel(context, (model) => {
      for (const write of model.challengeWrites()) {
        for (const report of challengeReports(write)) {
          context.report(report);
        }
      }
    });
  },
});

/** Returns the reports of one challenge value: its first syntax problem, or what its schemes require. */
function challengeReports(write: ChallengeWrite): Report[] {
  const parsed = parseChallenges(write.text);
  if (parsed.problem) {
    return [syntaxReport(write, parsed.problem)];
  }
  // A computed part outside quotes may hold any parameter, so what a scheme requires is left alone.
  if (parsed.computed) {
    return [];
  }
  return parsed.challenges.flatMap((challenge) => schemeReports(write, challenge));
}

function syntaxReport(write: ChallengeWrite, problem: ChallengeSyntaxProblem): Report {
  const node = write.node;
  const header = write.header;
  switch (problem.kind) {
    case 'empty':
      return { node, messageId: 'empty', data: { header } };
    case 'invalid-character':
      return {
        node,
        messageId: 'invalidCharacter',
        data: {
          header,
          character: describeCharacter(problem.character),
          advice: problem.character === '\n' || problem.character === '\r' ? 'Write the value on one line' : 'Remove the character, or percent-encode it',
        },
      };
    case 'header-name':
      return {
        node,
        messageId: 'headerName',
        data: { header, name: problem.name },
        suggest: editSuggestion(write, 0, problem.length, '', { messageId: 'removeHeaderName', data: { name: problem.name } }),
      };
    case 'scheme-colon': {
      // `Bearer:realm="api"` needs the space that the colon took.
      const next = write.text.charAt(problem.offset + 1);
      const replacement = next === '' || next === ' ' ? '' : ' ';
      return {
        node,
        messageId: 'schemeColon',
        data: { header, scheme: problem.scheme },
        suggest: editSuggestion(write, problem.offset, problem.offset + 1, replacement, { messageId: 'removeColon', data: { scheme: problem.scheme } }),
      };
    }
    case 'unquoted-space':
      return { node, messageId: 'unquotedSpace', data: { name: problem.name } };
    case 'unterminated-quote':
      return { node, messageId: 'unterminatedQuote', data: { name: problem.name } };
    case 'duplicate-parameter':
      return { node, messageId: 'duplicateParameter', data: { name: problem.name, scheme: problem.scheme } };
    case 'unexpected':
      return { node, messageId: 'unexpected', data: { header, expected: problem.expected, found: excerpt(write.text, problem.offset) } };
  }
}

/** Returns the reports of what RFC 7617 requires of Basic, and of the Bearer error registry and the status it belongs on. */
function schemeReports(write: ChallengeWrite, challenge: Challenge): Report[] {
  const node = write.node;
  const reports: Report[] = schemeProblems(challenge).map((problem): Report => {
    switch (problem.kind) {
      case 'basic-without-realm':
        return { node, messageId: 'basicWithoutRealm' };
      case 'basic-charset':
        return { node, messageId: 'basicCharset', data: { charset: problem.charset } };
      case 'unknown-bearer-error':
        return {
          node,
          messageId: write.messageAsError ? 'boomMessageAsError' : 'unknownBearerError',
          data: { errorCode: problem.code, scheme: TOKEN_SCHEMES.get(challenge.scheme.toLowerCase()) ?? challenge.scheme },
        };
    }
  });

  const scheme = TOKEN_SCHEMES.get(challenge.scheme.toLowerCase());
  const code = scheme === undefined ? undefined : paramOf(challenge, 'error')?.value;
  const expected = code === undefined ? undefined : BEARER_ERROR_STATUS.get(code);
  for (const status of write.statuses) {
    if (scheme !== undefined && code !== undefined && expected !== undefined && status !== expected) {
      reports.push({ node, messageId: 'bearerErrorStatus', data: { scheme, errorCode: code, expected: String(expected), status: String(status) } });
    }
  }
  return reports;
}

/**
 * Suggests replacing the value's characters from `from` to `to` with `text`,
 * or nothing when an escape sequence before them breaks the match between
 * value and source.
 */
function editSuggestion(
  write: ChallengeWrite,
  from: number,
  to: number,
  text: string,
  suggestion: { messageId: 'removeColon' | 'removeHeaderName'; data: Record<string, string> },
): Report['suggest'] {
  const literal = write.literal;
  const start = literal && sourceIndex(literal, from);
  const end = literal && sourceIndex(literal, to - 1);
  if (start === undefined || end === undefined) {
    return [];
  }
  return [{ ...suggestion, fix: (fixer: RuleFixer): RuleFix => fixer.replaceTextRange([start, end + 1], text) }];
}

/** Quotes the value from a position on, up to 16 characters, for a message. Computed parts read `${…}`. */
function excerpt(text: string, offset: number): string {
  if (offset >= text.length) {
    return 'the end of the value';
  }
  const first = text.charAt(offset);
  if (first === '\n' || first === '\r') {
    return 'a line break, which no header value may contain';
  }
  const rest = text.slice(offset, offset + 16).replaceAll(COMPUTED_PART, '${…}').replaceAll('\t', '\\t');
  return `\`${rest}${offset + 16 < text.length ? '…' : ''}\``;
}

/**
 * Returns the position in the source of a character of a literal's value,
 * when the literal is written without escapes before it, so that value and
 * source line up.
 */
function sourceIndex(literal: TSESTree.Literal | TSESTree.TemplateLiteral, offset: number): number | undefined {
  const raw = literal.type === AST_NODE_TYPES.Literal ? literal.raw.slice(1, -1) : literal.quasis[0]?.value.raw;
  const cooked = literal.type === AST_NODE_TYPES.Literal ? String(literal.value) : literal.quasis[0]?.value.cooked;
  if (raw === undefined || cooked === undefined || cooked === null || offset >= cooked.length || raw.slice(0, offset + 1) !== cooked.slice(0, offset + 1)) {
    return undefined;
  }
  return literal.range[0] + 1 + offset;
}

import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFixer } from '@typescript-eslint/utils/ts-eslint';

import { findProperty, propertyKey, reachesLater, stringValue, unwrap } from '../analysis/ast';
import { queryModel } from '../analysis/collect';
import { PROBLEM_JSON } from '../analysis/headers';
import type { ResponseSite } from '../analysis/model';
import { AST_NODE_TYPES } from '../analysis/node-types';
import { isErrorStatus } from '../analysis/status';
import { quote } from '../fixes/edits';
import { EXTENSION_NAME, PROBLEM_MEMBERS, isProblemObject, uriReferenceProblem } from '../syntax/problem-details';
import { REASON_PHRASES, isReasonPhrase, isSpellingOf } from '../syntax/reason-phrases';
import { createRule } from '../util/create-rule';

export type Options = [
  {
    reasonPhraseTitle?: boolean;
  },
];
export type MessageIds =
  | 'statusMismatch'
  | 'statusNotNumber'
  | 'memberNotString'
  | 'notUriReference'
  | 'titleNotReasonPhrase'
  | 'extensionName'
  | 'setStatus'
  | 'writeNumber'
  | 'useReasonPhrase'
  | 'setReasonPhrase';

/** The members whose value must be a string, and of those the URI references. */
const STRING_MEMBERS = new Set(['type', 'title', 'detail', 'instance']);
const URI_MEMBERS = new Set(['type', 'instance']);

export default createRule<Options, MessageIds>({
  name: 'valid-problem-details',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require problem details members to be well formed and to match the status sent',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      statusMismatch:
        'This problem details `status` is {{member}}, but the response is sent with {{sent}}, and RFC 9457 §3.1 requires them to be equal. Set it to {{sent}}.',
      statusNotNumber: 'The problem details `status` must be a JSON number, and clients ignore a member of another type (RFC 9457 §3.1). Write {{value}}.',
      memberNotString: 'The problem details `{{name}}` must be a string, and clients ignore a member of another type (RFC 9457 §3.1). {{advice}}.',
      notUriReference: 'The problem details `{{name}}` must be a URI reference (RFC 9457 §3.1), but this value contains {{problem}}. {{advice}}.',
      titleNotReasonPhrase:
        'With the type about:blank, given or left out, the `title` should be the reason phrase of {{status}}, "{{phrase}}" (RFC 9457 §4.2.1). Put the specific text in `detail`, or give the problem a `type` URI of its own.',
      extensionName:
        'The extension member name `{{name}}` should start with a letter and contain only letters, digits and `_` (RFC 9457 §3.2), so that clients can map it to a field.',
      setStatus: 'Set `status` to {{sent}}.',
      writeNumber: 'Write the status as the number {{value}}.',
      useReasonPhrase: 'Set `title` to "{{phrase}}" and move the text to `detail`.',
      setReasonPhrase: 'Set `title` to "{{phrase}}".',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reasonPhraseTitle: {
            type: 'boolean',
            description:
              'Require the reason phrase as the title of about:blank problems. Turn it off for an API that translates its titles into a language written in ASCII.',
          },
        },
      },
    ],
    defaultOptions: [{ reasonPhraseTitle: true }],
  },
  defaultOptions: [{ reasonPhraseTitle: true }],
  create(context, [options]) {
    return queryModel(context, (model) => {
      // A body that two sites send with different statuses (`res.status(400); if (x) res.status(404);`) has no one status.
      const statusesByBody = new Map<TSESTree.Node, Set<string>>();
      for (const site of model.sites) {
        const node = site.body?.shape.kind === 'object' ? site.body.shape.node : undefined;
        if (node) {
          const statuses = statusesByBody.get(node) ?? new Set<string>();
          statuses.add(site.status.kind === 'number' ? String(site.status.value) : site.status.kind);
          statusesByBody.set(node, statuses);
        }
      }

      for (const site of model.sites) {
        const object = problemObjectOf(site);
        if (!object || statusesByBody.get(object)?.size !== 1) {
          continue;
        }
        // A status set in a branch that the body does not share is the status on some paths only.
        // TODO: the Express adapter should give such a site an uncertain status itself, for every rule.
        const sentStatus = site.status.kind === 'number' && reachesLater(site.statusNode, object) ? site.status.value : undefined;
        const members = checkedMembers(object);
        // A body that already states the status that no-401-for-forbidden or no-403-for-unauthenticated requests is right.
        // Those rules report its status line, so the body is judged by the requested status.
        const corrected = sentStatus === undefined ? undefined : model.dueStatus(site);
        const sent = corrected !== undefined && numericMember(members, 'status') === corrected ? corrected : sentStatus;

        for (const property of members) {
          const name = propertyKey(property);
          const value = unwrap(property.value);
          if (name === undefined) {
            continue;
          }

          if (name === 'status') {
            checkStatus(property, value, sent);
          } else if (STRING_MEMBERS.has(name)) {
            checkString(name, value);
          } else if (!EXTENSION_NAME.test(name)) {
            context.report({ node: property.key, messageId: 'extensionName', data: { name } });
          }
        }

        // A title belongs to problem details only when they are sent as such; the content type is require-problem-details' report.
        if (options.reasonPhraseTitle !== false && site.contentType?.value === PROBLEM_JSON) {
          checkTitle(object, members, sent);
        }
      }

      function checkStatus(property: TSESTree.Property, value: TSESTree.Node, sent: number | undefined): void {
        const text = stringValue(value);
        if (text !== undefined || (value.type === AST_NODE_TYPES.Literal && typeof value.value !== 'number')) {
          // The member must equal the status sent, and a string of other digits would only move the mismatch.
          const number = sent === undefined ? (text !== undefined && /^\d{3}$/.test(text) ? text : undefined) : String(sent);
          context.report({
            node: property.value,
            messageId: 'statusNotNumber',
            data: { value: number ?? 'the status as a number' },
            suggest: number ? [{ messageId: 'writeNumber', data: { value: number }, fix: (fixer: RuleFixer) => fixer.replaceText(property.value, number) }] : [],
          });
          return;
        }
        if (value.type !== AST_NODE_TYPES.Literal || typeof value.value !== 'number' || sent === undefined || value.value === sent) {
          return;
        }
        context.report({
          node: property.value,
          messageId: 'statusMismatch',
          data: { member: String(value.value), sent: String(sent) },
          suggest: [{ messageId: 'setStatus', data: { sent: String(sent) }, fix: (fixer: RuleFixer) => fixer.replaceText(property.value, String(sent)) }],
        });
      }

      function checkString(name: string, value: TSESTree.Node): void {
        if (isNonString(value)) {
          const advice = value.type === AST_NODE_TYPES.Literal ? 'Write it as a string' : 'Put structured data in an extension member';
          context.report({ node: value, messageId: 'memberNotString', data: { name, advice } });
          return;
        }
        const text = stringValue(value) ?? staticText(value);
        const problem = URI_MEMBERS.has(name) && text !== undefined ? uriReferenceProblem(text) : undefined;
        if (problem) {
          const advice =
            name === 'type'
              ? 'Use a URI such as `https://example.com/problems/out-of-credit`'
              : 'Escape the parts that vary, for example with `encodeURIComponent()`';
          context.report({ node: value, messageId: 'notUriReference', data: { name, problem, advice } });
        }
      }

      function checkTitle(object: TSESTree.ObjectExpression, members: readonly TSESTree.Property[], sent: number | undefined): void {
        const phrase = sent === undefined ? undefined : REASON_PHRASES.get(sent);
        const byName = new Map(members.map((property) => [propertyKey(property), property]));
        const title = byName.get('title');
        const titleValue = title ? unwrap(title.value) : undefined;
        const literalTitle = titleValue ? stringValue(titleValue) : undefined;
        // A title with interpolations (`Widget ${id} not found`) is specific, whatever the values.
        const interpolated = literalTitle === undefined && titleValue?.type === AST_NODE_TYPES.TemplateLiteral;
        const titleText = literalTitle ?? (interpolated && titleValue ? staticText(titleValue) : undefined);

        // Without a type member, the type is about:blank (RFC 9457 §3.1.1), unless a spread may carry one.
        const type = byName.get('type');
        const aboutBlank = type ? stringValue(type.value)?.toLowerCase() === 'about:blank' : !hasSpread(object);
        // RFC 9110 lists 418 as unused, so it has no reason phrase to require.
        if (!title || titleText === undefined || phrase === undefined || sent === undefined || sent === 418 || !aboutBlank || isReasonPhrase(titleText, sent)) {
          return;
        }
        // RFC 9457 §4.2.1 lets the title be localized. A title beyond ASCII is taken as a translation.
        if (!/^[\x20-\x7e]*$/.test(titleText)) {
          return;
        }

        const hasDetail = byName.has('detail') || hasSpread(object);
        // An empty title has no text to keep, and a JSON-style object gets a quoted key.
        const detailKey = title.key.type === AST_NODE_TYPES.Literal ? '"detail"' : 'detail';
        const titleSource = model.sourceCode.getText(title.value);
        const phraseText = titleSource.startsWith('"') ? JSON.stringify(phrase) : quote(phrase);
        // An empty title or a spelling of the phrase has no text that `detail` should keep.
        const replaceOnly = titleText === '' || isSpellingOf(titleText, phrase);
        const fix = (fixer: RuleFixer) =>
          replaceOnly
            ? [fixer.replaceText(title.value, phraseText)]
            : [fixer.replaceText(title.value, phraseText), fixer.insertTextAfter(title, `, ${detailKey}: ${titleSource}`)];
        context.report({
          node: title.value,
          messageId: 'titleNotReasonPhrase',
          data: { status: String(sent), phrase },
          suggest: interpolated || (hasDetail && !replaceOnly) ? [] : [{ messageId: replaceOnly ? 'setReasonPhrase' : 'useReasonPhrase', data: { phrase }, fix }],
        });
      }
    });
  },
});

/**
 * Returns the body of a site when it is a problem details object literal that
 * the code sends itself: one sent as application/problem+json, or an error
 * body with `type` or `title` and one more member of RFC 9457. Many other
 * JSON objects have a `type` or a `title` (`{ type: 'Application', ... }` of
 * ActivityPub), so one such member alone is not enough.
 */
function problemObjectOf(site: ResponseSite): TSESTree.ObjectExpression | undefined {
  const shape = site.body?.shape;
  if (site.thrown || site.viaHelper || shape?.kind !== 'object') {
    return undefined;
  }
  if (site.contentType?.value === PROBLEM_JSON) {
    return shape.node;
  }
  // JSend's `{ status: 'fail', data }` and domain objects with a status word are other formats.
  const status = findProperty(shape.node, 'status');
  const statusText = status ? stringValue(status.value) : undefined;
  if (!isProblemObject(shape.node) || (statusText !== undefined && !/^\d{3}$/.test(statusText))) {
    return undefined;
  }
  const standardMembers = [...PROBLEM_MEMBERS].filter((name) => findProperty(shape.node, name) !== undefined).length;
  return isErrorStatus(site.status) && standardMembers >= 2 ? shape.node : undefined;
}

/** Returns the number literal of a member, such as `status: 403`. */
function numericMember(members: readonly TSESTree.Property[], name: string): number | undefined {
  const property = members.find((member) => propertyKey(member) === name);
  const value = property ? unwrap(property.value) : undefined;
  return value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'number' ? value.value : undefined;
}

/** Returns the members that decide the body: those after the last spread, which a spread cannot override. */
function checkedMembers(object: TSESTree.ObjectExpression): TSESTree.Property[] {
  const members: TSESTree.Property[] = [];
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      members.length = 0;
    } else if (!property.computed && property.kind === 'init') {
      members.push(property);
    }
  }
  return members;
}

function hasSpread(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
}

/** Tells whether a value is certainly not a string: a number, boolean or null literal, an object or an array. */
function isNonString(value: TSESTree.Node): boolean {
  if (value.type === AST_NODE_TYPES.Literal) {
    return typeof value.value !== 'string' && !('regex' in value);
  }
  return value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression;
}

/** Returns the static text of a template literal with interpolations, each of which stands for `x`. */
function staticText(value: TSESTree.Node): string | undefined {
  if (value.type !== AST_NODE_TYPES.TemplateLiteral) {
    return undefined;
  }
  return value.quasis.map((quasi) => quasi.value.cooked ?? '').join('x');
}

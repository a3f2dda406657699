import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from '../analysis/node-types';
import { hasOpaqueMembers, propertyKey, unwrap } from '../analysis/ast';
import { queryModel } from '../analysis/collect';
import type { FileModel } from '../analysis/collect';
import { PROBLEM_JSON } from '../analysis/headers';
import { isHealthCheck, isWebhookReceiver } from '../analysis/status-only-endpoints';
import { isPage } from '../analysis/model';
import type { Body, ResponseSite } from '../analysis/model';
import { isErrorStatus } from '../analysis/status';
import { problemContentTypeFixes, quote } from '../fixes/edits';
import { isErrorCode, isGraphQLErrorResponse, isJsonRpcErrorResponse, isOAuthError, isOtherStructuredType, isProblemObject } from '../syntax/problem-details';
import { REASON_PHRASES } from '../syntax/reason-phrases';
import { createRule } from '../util/create-rule';

export type Options = [
  {
    statuses?: number[];
    allowText?: boolean;
    checkThrownErrors?: boolean;
    contentTypeFix?: 'suggestion' | 'autofix';
  },
];
export type MessageIds =
  | 'notProblemDetails'
  | 'wrongContentType'
  | 'missingContentType'
  | 'textBody'
  | 'frameworkTextBody'
  | 'thrownErrorBody'
  | 'setProblemContentType'
  | 'rewriteAsProblemDetails';


/** Members that usually carry the message of an ad-hoc error body. */
const MESSAGE_MEMBERS = ['detail', 'message', 'error', 'msg', 'reason', 'description', 'error_description'];

export default createRule<Options, MessageIds>({
  name: 'require-problem-details',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require error responses to be application/problem+json problem details (RFC 9457)',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      notProblemDetails:
        'This {{status}} body is not problem details, so clients must special-case its shape. Send an object with `type`, `title`, `status` and `detail` as application/problem+json (RFC 9457).',
      wrongContentType:
        'This problem details body is sent as {{contentType}}, so clients cannot recognise it as problem details. Send it as application/problem+json (RFC 9457 §3).',
      missingContentType:
        'This problem details body is sent without a content type, so clients cannot recognise it as problem details. Send it as application/problem+json (RFC 9457 §3).',
      textBody:
        'This {{status}} body is a bare string (sent as text or HTML), so clients cannot read the error reliably. Send problem details as application/problem+json (RFC 9457).',
      frameworkTextBody:
        'This {{status}} goes out with the reason phrase as a text body that the framework adds. Send problem details as application/problem+json (RFC 9457).',
      thrownErrorBody:
        "This {{status}} error is sent by the framework's default error handler, in the framework's own format rather than problem details. Shape thrown errors as application/problem+json in an error handler (RFC 9457).",
      setProblemContentType: 'Send the body as application/problem+json.',
      rewriteAsProblemDetails: 'Rewrite the body as problem details sent as application/problem+json.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          statuses: {
            type: 'array',
            items: { type: 'integer', minimum: 400, maximum: 599 },
            uniqueItems: true,
            description: 'The error statuses to check; all of 400 to 599 when not set.',
          },
          allowText: {
            type: 'boolean',
            description: 'Allow plain-text error bodies, including the ones the framework adds.',
          },
          checkThrownErrors: {
            type: 'boolean',
            description: "Also report thrown framework errors, whose bodies the framework's default error handler writes.",
          },
          contentTypeFix: {
            type: 'string',
            enum: ['suggestion', 'autofix'],
            description:
              'How to offer the fix that adds the problem+json content type to a problem details body: as an editor suggestion, or as an autofix.',
          },
        },
      },
    ],
    defaultOptions: [{ allowText: false, checkThrownErrors: false, contentTypeFix: 'suggestion' }],
  },
  defaultOptions: [{ allowText: false, checkThrownErrors: false, contentTypeFix: 'suggestion' }],
  create(context, [options]) {
    const statuses = options.statuses ? new Set(options.statuses) : undefined;

    return queryModel(context, (model) => {
      for (const site of model.sites) {
        if (!isErrorStatus(site.status) || !site.body || site.viaHelper) {
          continue;
        }
        if (statuses && !(site.status.kind === 'number' && statuses.has(site.status.value))) {
          continue;
        }
        if (site.thrown && !options.checkThrownErrors) {
          continue;
        }

        const report = problemOf(site, site.body, model, options, context.filename);
        // Load balancers, orchestrators and webhook senders read only the status, so these bodies are no API contract.
        // The check walks up the tree, so it runs only for a body that would be reported.
        if (report && !isHealthCheck(site.anchor, model.projectPath) && !isWebhookReceiver(site.anchor, model.projectPath, model.sourceCode)) {
          context.report(report);
        }
      }
    });
  },
});

type Report = Parameters<RuleContext<MessageIds, Options>['report']>[0];

/** Returns the report for an error body that is no problem details, or undefined when the body is fine or left alone. */
function problemOf(site: ResponseSite, body: Body, model: FileModel, options: Options[0], filename: string): Report | undefined {
  // A page for browsers (a rendered view, HTML markup, a Remix route's data) is no API response.
  if (isPage(body)) {
    return undefined;
  }
  const status = site.status.kind === 'number' ? String(site.status.value) : 'error';
  // A content type that is set where the analysis cannot read it leaves the body's format unknown.
  // An ad-hoc object is still no problem details when only a headers object was unreadable.
  const unknownType = site.contentType !== undefined && site.contentType.value === undefined;
  if (unknownType && !(site.contentType?.unreadableHeaders && body.shape.kind === 'object' && !site.thrown)) {
    return undefined;
  }
  const contentType = site.contentType?.value ?? site.defaultContentType;
  if (contentType !== undefined && isOtherStructuredType(contentType)) {
    return undefined;
  }

  if (site.thrown) {
    return body.shape.kind === 'empty' ? undefined : { node: body.reportNode, messageId: 'thrownErrorBody', data: { status } };
  }

  switch (body.shape.kind) {
    case 'object': {
      const object = body.shape.node;
      if (hasOpaqueMembers(object) || isOAuthError(object) || isGraphQLErrorResponse(object, filename) || isJsonRpcErrorResponse(object)) {
        return undefined;
      }
      if (isProblemObject(object)) {
        if (contentType === PROBLEM_JSON || unknownType) {
          return undefined;
        }
        const fix = (fixer: RuleFixer) => problemContentTypeFixes(fixer, model.sourceCode, site) ?? null;
        const autofix = options.contentTypeFix === 'autofix';
        return {
          node: body.reportNode,
          messageId: contentType === undefined ? 'missingContentType' : 'wrongContentType',
          data: { contentType },
          fix: autofix ? fix : null,
          suggest: autofix ? [] : [{ messageId: 'setProblemContentType', fix }],
        };
      }
      return {
        node: body.reportNode,
        messageId: 'notProblemDetails',
        data: { status },
        suggest: [
          {
            messageId: 'rewriteAsProblemDetails',
            fix: (fixer) => rewriteFixes(fixer, site, object, model) ?? null,
          },
        ],
      };
    }
    case 'array':
    case 'number':
      return { node: body.reportNode, messageId: 'notProblemDetails', data: { status } };
    case 'text':
      if (body.encoding === 'json') {
        return { node: body.reportNode, messageId: 'notProblemDetails', data: { status } };
      }
      if (options.allowText || (contentType !== undefined && (contentType === 'application/json' || contentType === PROBLEM_JSON))) {
        return undefined;
      }
      // A text body sent as HTML is an error page for browsers, as in a server-rendered app.
      if (site.contentType?.value === 'text/html') {
        return undefined;
      }
      return { node: body.reportNode, messageId: body.shape.addedByFramework ? 'frameworkTextBody' : 'textBody', data: { status } };
    default:
      return undefined;
  }
}

/** Rewrites `{ error: msg }` as `{ type: 'about:blank', title, status, detail: msg }`, keeping other members. */
function rewriteFixes(fixer: RuleFixer, site: ResponseSite, object: TSESTree.ObjectExpression, model: FileModel): RuleFix[] | undefined {
  if (site.status.kind !== 'number') {
    return undefined;
  }
  const phrase = REASON_PHRASES.get(site.status.value);
  if (phrase === undefined) {
    return undefined;
  }

  const sourceCode = model.sourceCode;
  const byKey = new Map<string, TSESTree.Property>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) {
      return undefined;
    }
    const key = propertyKey(property);
    if (key !== undefined && !byKey.has(key)) {
      byKey.set(key, property);
    }
  }

  // An existing `detail` stays. Otherwise the first message member in MESSAGE_MEMBERS order becomes it. A machine-readable
  // code such as `error: 'token_expired'` is no text for people (RFC 9457 §3.1.4), so it stays an extension member for clients.
  const detail =
    byKey.get('detail') ??
    MESSAGE_MEMBERS.map((key) => byKey.get(key)).find((property) => property !== undefined && isScalar(unwrap(property.value)) && !isErrorCode(unwrap(property.value)));
  const type = byKey.get('type');
  const title = byKey.get('title');
  const members = [
    type ? sourceCode.getText(type) : `type: 'about:blank'`,
    title ? sourceCode.getText(title) : `title: ${quote(phrase)}`,
    `status: ${site.status.value}`,
  ];
  if (detail) {
    members.push(propertyKey(detail) === 'detail' ? sourceCode.getText(detail) : `detail: ${sourceCode.getText(detail.value)}`);
  }
  for (const property of object.properties) {
    const key = propertyKey(property as TSESTree.Property);
    const value = unwrap((property as TSESTree.Property).value);
    if (property === detail || property === type || property === title || key === 'status' || key === 'statusCode' || (key === 'code' && isNumberLiteral(value))) {
      continue;
    }
    members.push(sourceCode.getText(property));
  }

  const contentType = problemContentTypeFixes(fixer, sourceCode, site);
  if (!contentType) {
    return undefined;
  }
  return [fixer.replaceText(object, `{ ${members.join(', ')} }`), ...contentType];
}

function isScalar(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.Literal ||
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.CallExpression
  );
}

function isNumberLiteral(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number';
}

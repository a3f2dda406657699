import type { TSESTree } from '@typescript-eslint/utils';

import { queryModel } from '../analysis/collect';
import { AST_NODE_TYPES } from '../analysis/node-types';
import type { IneffectiveStatus } from '../analysis/model';
import { initObjectText, statusFormFix } from '../fixes/status-forms';
import { createRule } from '../util/create-rule';

export type Options = [];
export type MessageIds = 'statusArgument' | 'statusArgumentNext' | 'statusString' | 'numericInit' | 'foreignError' | 'plainErrorStatus' | 'setStatus' | 'writeNumber' | 'writeInit';

type ForeignFramework = Extract<IneffectiveStatus, { form: 'foreign-error' }>['framework'];

/** The framework's own way to send an error status, for the message. */
const NATIVE_ERRORS: Record<ForeignFramework, { name: string; instead: (status: string) => string }> = {
  hapi: { name: 'hapi', instead: (status) => `Throw a Boom error instead, such as \`${boomErrorFor(status)}\`` },
  next: { name: 'A Next.js route handler', instead: (status) => `Return a Response instead, such as \`Response.json(body, { status: ${status} })\`` },
};

/** What NestJS and Next.js route handlers send an error status with instead of a plain Error, for the message. */
const PLAIN_ERROR_ADVICE: Record<Extract<IneffectiveStatus, { form: 'status-property' }>['framework'], { name: string; instead: (status: string) => string }> = {
  nest: { name: 'NestJS', instead: (status) => `Throw an \`HttpException\` instead, such as \`new HttpException(message, ${status})\`` },
  next: NATIVE_ERRORS.next,
};

export default createRule<Options, MessageIds>({
  name: 'no-ineffective-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow error statuses written in a form the framework does not send',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      statusArgument:
        'Express 5 does not read `{{status}}` here as a status: it responds with 200 and {{outcome}}, and Express 4 deprecates this form. Set the status with `{{replacement}}`.',
      statusArgumentNext:
        'A Next.js API route does not read `{{status}}` here as a status: it responds with 200 and {{outcome}}. Set the status with `{{replacement}}`.',
      statusString:
        'Express 5 throws a TypeError on the status string {{text}}, so the client gets a 500 error page. Pass the number {{status}}.',
      numericInit:
        'A Response takes its status in an init object: the number {{status}} here throws a TypeError, so the client gets 500. Write `{{init}}`.',
      plainErrorStatus:
        '{{framework}} ignores the `{{property}}` of a plain Error and responds with 500, so the client never gets {{status}}. {{instead}}.',
      foreignError: '{{framework}} responds to an error from http-errors with 500, not {{status}}. {{instead}}.',
      setStatus: 'Set the status with `{{replacement}}`.',
      writeNumber: 'Write the status as the number {{status}}.',
      writeInit: 'Write the init object `{{init}}`.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return queryModel(context, (model) => {
      for (const item of model.ineffectiveStatuses()) {
        const status = item.status === undefined ? model.sourceCode.getText(item.node) : String(item.status);

        if (item.form === 'foreign-error') {
          const { name, instead } = NATIVE_ERRORS[item.framework];
          context.report({ node: item.node, messageId: 'foreignError', data: { framework: name, status, instead: instead(status) } });
          continue;
        }

        if (item.form === 'status-property') {
          const { name, instead } = PLAIN_ERROR_ADVICE[item.framework];
          const property = item.node.left.type === AST_NODE_TYPES.MemberExpression && !item.node.left.computed && item.node.left.property.type === AST_NODE_TYPES.Identifier ? item.node.left.property.name : 'status';
          context.report({ node: item.node, messageId: 'plainErrorStatus', data: { framework: name, property, status, instead: instead(status) } });
          continue;
        }

        const edit = statusFormFix(model.sourceCode, item);
        switch (item.form) {
          case 'status-argument': {
            const express = item.framework === 'express';
            const replacement = item.body ? `.status(${status}).${methodOf(item.call)}(…)` : express ? `.sendStatus(${status})` : `.status(${status}).end()`;
            const suggest = edit ? [{ messageId: 'setStatus' as const, data: { replacement }, fix: edit }] : [];
            const outcome = item.bodyFirst ? 'ignores it' : 'sends it as the body';
            context.report({ node: item.node, messageId: express ? 'statusArgument' : 'statusArgumentNext', data: { status, replacement, outcome }, suggest });
            break;
          }
          case 'string-status': {
            const suggest = edit ? [{ messageId: 'writeNumber' as const, data: { status }, fix: edit }] : [];
            context.report({ node: item.node, messageId: 'statusString', data: { status, text: model.sourceCode.getText(item.node) }, suggest });
            break;
          }
          case 'numeric-init': {
            const init = initObjectText(model.sourceCode, item);
            const suggest = edit ? [{ messageId: 'writeInit' as const, data: { init }, fix: edit }] : [];
            context.report({ node: item.node, messageId: 'numericInit', data: { status, init }, suggest });
            break;
          }
        }
      }
    });
  },
});

/** The name of the sending method, as in `json` of `res.json(401, body)`. */
function methodOf(call: TSESTree.CallExpression): string {
  return call.callee.type === AST_NODE_TYPES.MemberExpression && call.callee.property.type === AST_NODE_TYPES.Identifier ? call.callee.property.name : 'send';
}

/** Boom's helpers for the common error statuses. */
const BOOM_HELPERS: Readonly<Record<string, string>> = {
  '400': 'badRequest',
  '401': 'unauthorized',
  '403': 'forbidden',
  '404': 'notFound',
  '405': 'methodNotAllowed',
  '409': 'conflict',
  '410': 'resourceGone',
  '422': 'badData',
  '429': 'tooManyRequests',
  '500': 'internal',
  '503': 'serverUnavailable',
};

/** Returns the Boom error that sends a status: its helper, or the constructor with the status. */
function boomErrorFor(status: string): string {
  const helper = BOOM_HELPERS[status];
  return helper ? `Boom.${helper}(message)` : `new Boom.Boom(message, { statusCode: ${status} })`;
}

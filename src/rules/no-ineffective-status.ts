import { queryModel } from '../analysis/collect';
import { initObjectText, statusFormFix } from '../fixes/status-forms';
import { createRule } from '../util/create-rule';

export type Options = [];
export type MessageIds =
  | 'statusArgument'
  | 'statusArgumentNext'
  | 'statusString'
  | 'statusStringHapi'
  | 'statusStringElysia'
  | 'numericInit'
  | 'foreignError'
  | 'plainErrorStatus'
  | 'setStatus'
  | 'writeNumber'
  | 'writeInit';

/** The framework's name and its own way to send an error status, for the messages. */
const NATIVE_ADVICE: Record<'hapi' | 'next' | 'nest', { name: string; instead: string }> = {
  hapi: { name: 'hapi', instead: 'Throw a Boom error instead' },
  next: { name: 'A Next.js route handler', instead: 'Return a Response instead' },
  nest: { name: 'NestJS', instead: 'Throw an `HttpException` instead' },
};

/** The message for a status string, by the framework that mishandles it. */
const STRING_STATUS_MESSAGES = { express: 'statusString', hapi: 'statusStringHapi', elysia: 'statusStringElysia' } as const;

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
      statusStringHapi:
        'hapi rejects the status string {{text}} ("Status code must be an integer"), so the client gets a 500 error. Pass the number {{status}}.',
      statusStringElysia:
        'Elysia reads the status string {{text}} as a status name, finds none and responds with 200, so the client never gets {{status}}. Pass the number {{status}}.',
      numericInit:
        'A Response takes its status in an init object: `{{value}}` here throws a TypeError, so the client gets 500. Write `{{init}}`.',
      plainErrorStatus:
        '{{framework}} ignores the `{{property}}` of a plain Error and responds with 500, so the client never gets {{status}}. {{instead}}, such as `{{form}}`.',
      foreignError: '{{framework}} responds to an error from http-errors with 500, not {{status}}. {{instead}}, such as `{{form}}`.',
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

        if (item.form === 'foreign-error' || item.form === 'status-property') {
          const { name, instead } = NATIVE_ADVICE[item.framework];
          if (item.form === 'foreign-error') {
            context.report({ node: item.node, messageId: 'foreignError', data: { framework: name, status, instead, form: item.nativeForm } });
          } else {
            const data = { framework: name, property: item.property, status, instead, form: item.nativeForm };
            context.report({ node: item.node, messageId: 'plainErrorStatus', data });
          }
          continue;
        }

        const edit = statusFormFix(model.sourceCode, item);
        switch (item.form) {
          case 'status-argument': {
            const express = item.framework === 'express';
            // Next.js's response has no sendStatus().
            let replacement = express ? `.sendStatus(${status})` : `.status(${status}).end()`;
            if (item.body) {
              replacement = `.status(${status}).${item.method}(…)`;
            }
            const suggest = edit ? [{ messageId: 'setStatus' as const, data: { replacement }, fix: edit }] : [];
            const outcome = item.bodyFirst ? 'ignores it' : 'sends it as the body';
            context.report({ node: item.node, messageId: express ? 'statusArgument' : 'statusArgumentNext', data: { status, replacement, outcome }, suggest });
            break;
          }
          case 'string-status': {
            const suggest = edit ? [{ messageId: 'writeNumber' as const, data: { status }, fix: edit }] : [];
            context.report({ node: item.node, messageId: STRING_STATUS_MESSAGES[item.framework], data: { status, text: model.sourceCode.getText(item.node) }, suggest });
            break;
          }
          case 'numeric-init': {
            const init = initObjectText(model.sourceCode, item);
            const suggest = edit ? [{ messageId: 'writeInit' as const, data: { init }, fix: edit }] : [];
            context.report({ node: item.node, messageId: 'numericInit', data: { value: model.sourceCode.getText(item.node), init }, suggest });
            break;
          }
        }
      }
    });
  },
});


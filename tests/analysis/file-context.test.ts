import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { FileContext } from '../../src/analysis/file-context';

/** Lints `text` with one rule that gathers a FileContext and returns the callee texts of `callsNamed(names)`. */
function calleesNamed(text: string, names: string[]): string[] {
  let callees: string[] = [];
  const rule: Rule.RuleModule = {
    create(context) {
      const file = new FileContext(context.sourceCode as never, context.sourceCode.ast as never, context.filename);
      return {
        ...(file.listeners() as Rule.RuleListener),
        'Program:exit': () => {
          callees = file.callsNamed(names).map((call) => file.text(call.callee));
        },
      };
    },
  };
  const messages = new Linter({ configType: 'flat' }).verify(text, [
    { plugins: { test: { rules: { gather: rule } } }, rules: { 'test/gather': 'error' } },
  ]);
  expect(messages).toEqual([]);
  return callees;
}

describe('FileContext.callsNamed', () => {
  it('returns calls in visiting order', () => {
    const callees = calleesNamed("app.get('/a', list).post('/b', create);\nres.json({});\n", ['get', 'post']);

    // The outer call of a chain starts where the inner one does, and ESLint visits it first.
    expect(callees).toEqual(["app.get('/a', list).post", 'app.get']);
  });

  it('merges several names by position', () => {
    const callees = calleesNamed("res.json(a);\nfoo();\nResponse.json(b);\nres.send(c);\n", ['send', 'json']);

    expect(callees).toEqual(['res.json', 'Response.json', 'res.send']);
  });

  it('indexes plain function calls', () => {
    const callees = calleesNamed("defineEventHandler(() => 1);\nother();\n", ['defineEventHandler']);

    expect(callees).toEqual(['defineEventHandler']);
  });

  it('returns nothing for absent names', () => {
    expect(calleesNamed('res.json(a);\n', ['missing'])).toEqual([]);
  });
});

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { COMPUTED_PART, invalidChallengeReason, parseChallenges } from '../../src/syntax/www-authenticate';

/** Summarises a parse for the table: the schemes read, and the kind of the first problem, 'computed' or 'valid'. */
function summary(text: string): { schemes: string[]; outcome: string } {
  const parsed = parseChallenges(text);
  return {
    schemes: parsed.challenges.map((challenge) => challenge.scheme),
    outcome: parsed.problem?.kind ?? (parsed.computed ? 'computed' : 'valid'),
  };
}

describe('parseChallenges', () => {
  const table: [string, string[], string][] = [
    ['Bearer', ['Bearer'], 'valid'],
    ['Bearer realm="api"', ['Bearer'], 'valid'],
    ['Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"', ['Newauth', 'Basic'], 'valid'],
    ['Bearer, Basic realm="x"', ['Bearer', 'Basic'], 'valid'],
    ['Bearer,, Basic realm="x",', ['Bearer', 'Basic'], 'valid'],
    ['Negotiate abc==', ['Negotiate'], 'valid'],
    ['Bearer realm=', ['Bearer'], 'valid'],
    ['Bearer realm = "api" , error = invalid_token', ['Bearer'], 'valid'],
    ['', [], 'empty'],
    ['   ', [], 'empty'],
    ['Bearer: realm="api"', ['Bearer'], 'scheme-colon'],
    ['Basic realm=my api', ['Basic'], 'unquoted-space'],
    ['Bearer realm="api', ['Bearer'], 'unterminated-quote'],
    ['Bearer realm="api\\', ['Bearer'], 'unterminated-quote'],
    ['Bearer realm="a", REALM="b"', ['Bearer'], 'duplicate-parameter'],
    ['Basic realm="a", Bearer realm="b"', ['Basic', 'Bearer'], 'valid'],
    ['Bearer realm="a" error="x"', ['Bearer'], 'unexpected'],
    ['Negotiate abc def', ['Negotiate'], 'unexpected'],
    ['Bearer;realm="x"', ['Bearer'], 'unexpected'],
    ['"Bearer"', [], 'unexpected'],
    [`Bearer realm="${COMPUTED_PART}"`, ['Bearer'], 'valid'],
    [`Bearer ${COMPUTED_PART}`, ['Bearer'], 'computed'],
    [`${COMPUTED_PART} realm="api"`, [], 'computed'],
    [`Basic realm=${COMPUTED_PART}`, ['Basic'], 'computed'],
    [`Bearer realm="api"${COMPUTED_PART}`, ['Bearer'], 'computed'],
    [`Bearer: realm="${COMPUTED_PART}"`, ['Bearer'], 'scheme-colon'],
    ['Negotiate abc= , Basic realm="x"', ['Negotiate', 'Basic'], 'valid'],
    ['Bearer realm=api error="x"', ['Bearer'], 'unexpected'],
    ['WWW-Authenticate: Bearer', ['WWW-Authenticate'], 'header-name'],
    ['Bearer realm="a",\r\n error="x"', [], 'invalid-character'],
    ['Basic realm="café"', ['Basic'], 'valid'],
    ['Basic realm="日本"', [], 'invalid-character'],
  ];
  for (const [text, schemes, outcome] of table) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(summary(text)).toEqual({ schemes, outcome });
    });
  }

  it('keeps parameter values without quotes', () => {
    const [challenge] = parseChallenges('Digest realm="say \\"hi\\"", qop="auth,auth-int"').challenges;

    expect(challenge?.params).toEqual([
      { name: 'realm', value: 'say "hi"' },
      { name: 'qop', value: 'auth,auth-int' },
    ]);
  });

  it('leaves a computed value undefined', () => {
    const [challenge] = parseChallenges(`Bearer realm="${COMPUTED_PART}", error="invalid_token"`).challenges;

    expect(challenge?.params).toEqual([
      { name: 'realm', value: undefined },
      { name: 'error', value: 'invalid_token' },
    ]);
  });

  it('reads a long value in linear time', () => {
    const params = Array.from({ length: 20_000 }, (_, index) => `p${index}="${'x'.repeat(20)}"`).join(', ');
    const started = performance.now();
    const parsed = parseChallenges(`Bearer ${params}`);
    const milliseconds = performance.now() - started;

    expect(parsed.problem).toBeUndefined();
    expect(parsed.challenges[0]?.params).toHaveLength(20_000);
    expect(milliseconds).toBeLessThan(2_000);
  });
});

describe('invalidChallengeReason', () => {
  const table: [string, string | undefined][] = [
    ['Bearer', undefined],
    ['Bearer realm="api"', undefined],
    ['Basic realm="admin", charset="UTF-8"', undefined],
    ['Basic', 'a Basic challenge needs a realm (RFC 7617 §2), as in `Basic realm="api"`'],
    ['Basic realm="x", charset="latin1"', 'the only charset a Basic challenge may name is UTF-8 (RFC 7617 §2.1)'],
    ['Bearer error="expired"', '"expired" is not a registered Bearer error code (RFC 6750 §3.1)'],
    ['Bearer: realm="api"', 'it does not follow the challenge grammar of RFC 9110 §11.6.1'],
    [
      'Bearer realm="api", error="insufficient_scope"',
      'its error code "insufficient_scope" names one cause, but fixes add the challenge to every 401, also to requests without credentials, which get no error code (RFC 6750 §3.1); remove the error parameter',
    ],
    ['Basic realm="files", Bearer realm="api"', undefined],
    [',', 'it does not follow the challenge grammar of RFC 9110 §11.6.1'],
    ['Bearer,', 'it has a comma with nothing before or after it, an empty list element that senders must not write (RFC 9110 §5.6.1)'],
    [', Bearer', 'it has a comma with nothing before or after it, an empty list element that senders must not write (RFC 9110 §5.6.1)'],
    ['Bearer,, Basic realm="x"', 'it has a comma with nothing before or after it, an empty list element that senders must not write (RFC 9110 §5.6.1)'],
    ['Bearer realm="api",', 'it has a comma with nothing before or after it, an empty list element that senders must not write (RFC 9110 §5.6.1)'],
    ['Bearer realm="api",, error="invalid_request"', 'it has a comma with nothing before or after it, an empty list element that senders must not write (RFC 9110 §5.6.1)'],
  ];
  for (const [value, reason] of table) {
    it(`judges ${JSON.stringify(value)}`, () => {
      expect(invalidChallengeReason(value)).toBe(reason);
    });
  }
});

describe('configured challenge', () => {
  const code = "import express from 'express';\nconst app = express();\napp.get('/a', (req, res) => res.status(401).end());\n";
  const lint = (settings: Record<string, unknown>, options: unknown[]) =>
    new Linter({ configType: 'flat' }).verify(code, [
      {
        files: ['**/*.js'],
        plugins: { 'api-errors': plugin },
        settings,
        rules: { 'api-errors/require-www-authenticate': ['error', ...options] as Linter.RuleEntry },
      },
    ], 'server.js');

  it('rejects an invalid setting', () => {
    expect(() => lint({ 'api-errors': { challenge: 'Basic' } }, [])).toThrow(
      'settings[\'api-errors\'].challenge "Basic" is not a valid challenge: a Basic challenge needs a realm',
    );
  });

  it('rejects an invalid rule option', () => {
    expect(() => lint({}, [{ challenge: 'Bearer: realm="api"' }])).toThrow(
      'is not a valid challenge: it does not follow the challenge grammar of RFC 9110 §11.6.1',
    );
  });

  it('accepts a valid rule option', () => {
    const messages = lint({}, [{ challenge: 'Basic realm="api"' }]);

    expect(messages.map((message) => message.messageId)).toEqual(['missingChallenge']);
  });
});

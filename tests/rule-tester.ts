import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

// The rule tester has no test framework of its own, so these hooks run its cases on vitest.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** Creates a rule tester for JavaScript parsed by ESLint's default parser (espree). Files are named `server.js` unless a case names one. */
export function createJavaScriptTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: espree,
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    defaultFilenames: { ts: 'server.js', tsx: 'server.jsx' },
  });
}

/** Creates a rule tester for TypeScript parsed by @typescript-eslint/parser. Files are named `server.ts` unless a case names one. */
export function createTypeScriptTester(): RuleTester {
  return new RuleTester({
    defaultFilenames: { ts: 'server.ts', tsx: 'server.tsx' },
  });
}

export { RuleTester };

// Lints the code examples of every rule page in docs/rules. Each example
// under an "Incorrect" heading must get at least one report of the page's
// rule, and each one under a "Correct" heading none. A comment
// `<!-- check: {"mode": "correct", "options": [...]} -->` right before a code
// block gives the rule's options, and a mode for a block outside those headings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as typescriptParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { REPOSITORY_ROOT } from '../cli/helpers';

type Mode = 'incorrect' | 'correct';

interface Example {
  /** The section and the mode of the block, such as "Express > incorrect". */
  title: string;
  /** The index of the block's first code line in the page. */
  line: number;
  language: string;
  code: string;
  mode: Mode;
  options: unknown[];
}

const DOCS = join(REPOSITORY_ROOT, 'docs', 'rules');
const LANGUAGES = new Set(['js', 'jsx', 'ts', 'tsx']);

/** Reads the checked code blocks of one rule page, in order. */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  let section = '';
  let mode: Mode | undefined;
  let check: { mode?: Mode; options?: unknown[] } | undefined;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const heading = /^(#{2,4}) (.*)$/.exec(line);
    if (heading) {
      const [, level = '', text = ''] = heading;
      if (level.length === 4) {
        mode = text.startsWith('Incorrect') ? 'incorrect' : text.startsWith('Correct') ? 'correct' : undefined;
      } else {
        section = text;
        mode = undefined;
      }
      continue;
    }

    const comment = /^<!-- check: (.*) -->$/.exec(line);
    if (comment) {
      check = JSON.parse(comment[1] ?? '{}') as typeof check;
      continue;
    }

    const fence = /^```(\w*)$/.exec(line);
    if (!fence) {
      continue;
    }
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') {
      end += 1;
    }
    const language = fence[1] ?? '';
    const blockMode = check?.mode ?? mode;
    if (LANGUAGES.has(language) && blockMode) {
      examples.push({
        title: `${section} > ${blockMode}`,
        line: start,
        language,
        code: lines.slice(start, end).join('\n'),
        mode: blockMode,
        options: check?.options ?? [],
      });
    }
    check = undefined;
    index = end;
  }
  return examples;
}

/** Returns the messages of one rule on one example, as ESLint would report them in a file of the block's language. */
function lint(rule: string, example: Example): Linter.LintMessage[] {
  const typescript = example.language === 'ts' || example.language === 'tsx';
  const filename = `example.${example.language}`;
  const config: Linter.Config[] = [
    {
      files: ['**/*.js', '**/*.jsx', '**/*.ts', '**/*.tsx'],
      languageOptions: typescript
        ? { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: example.language === 'tsx' } } }
        : { parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { 'api-errors': plugin },
      rules: { [`api-errors/${rule}`]: ['error', ...example.options] },
    },
  ];
  return new Linter().verify(example.code, config, { filename });
}

const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md'));

describe('rule docs', () => {
  it('has a page for every rule', () => {
    expect(pages.map((name) => name.replace(/\.md$/, '')).sort()).toEqual(Object.keys(plugin.rules).sort());
  });

  describe.each(pages)('%s', (page) => {
    const rule = page.replace(/\.md$/, '');
    const examples = examplesOf(readFileSync(join(DOCS, page), 'utf8'));

    it('has incorrect and correct examples', () => {
      expect(examples.filter((example) => example.mode === 'incorrect').length).toBeGreaterThan(5);
      expect(examples.filter((example) => example.mode === 'correct').length).toBeGreaterThan(5);
    });

    it.each(examples.map((example) => [`line ${example.line + 1}: ${example.title}`, example] as const))('%s', (_, example) => {
      const messages = lint(rule, example);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
      const reports = messages.filter((message) => message.ruleId === `api-errors/${rule}`);
      if (example.mode === 'incorrect') {
        expect(reports.length).toBeGreaterThan(0);
      } else {
        expect(reports.map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([]);
      }
    });
  });
});

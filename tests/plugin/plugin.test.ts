import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as typescriptParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';

const packageJson = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

const RULE_NAMES = [
  'no-401-for-forbidden',
  'no-403-for-unauthenticated',
  'no-ineffective-status',
  'require-problem-details',
  'require-www-authenticate',
  'valid-problem-details',
  'valid-www-authenticate',
];

/** The top-level keys that eslintrc accepts in a config. It rejects any other key. */
const ESLINTRC_KEYS = [
  '$schema',
  'env',
  'extends',
  'globals',
  'ignorePatterns',
  'noInlineConfig',
  'overrides',
  'parser',
  'parserOptions',
  'plugins',
  'processor',
  'reportUnusedDisableDirectives',
  'root',
  'rules',
  'settings',
];

const FORBIDDEN_WITHOUT_TOKEN = `const express = require('express');
const app = express();

app.get('/x', (req, res) => {
  if (!req.get('authorization')) return res.status(403).json({ error: 'no token' });
  res.json({ ok: true });
});
`;

function ruleIdsOf(config: { rules?: object }): string[] {
  return Object.keys(config.rules ?? {});
}

async function lintWith(config: unknown, code: string, filePath = 'server.js'): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [config as Linter.Config],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages ?? [];
}

describe('plugin meta', () => {
  it('reads name and version from package.json', () => {
    expect(plugin.meta.name).toBe(packageJson.name);
    expect(plugin.meta.version).toBe(packageJson.version);
  });

  it('has the api-errors namespace', () => {
    expect(plugin.meta.namespace).toBe('api-errors');
  });

  it('exports the seven rules', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(RULE_NAMES);
  });
});

describe('flat configs', () => {
  it('recommended enables every rule as an error', () => {
    const { recommended } = plugin.configs;

    expect(recommended.name).toBe('api-errors/recommended');
    expect(recommended.plugins?.['api-errors']).toBe(plugin);
    expect(recommended.rules).toEqual(Object.fromEntries(RULE_NAMES.map((name) => [`api-errors/${name}`, 'error'])));
  });

  it('strict checks thrown errors for problem details', () => {
    const { strict } = plugin.configs;

    expect(strict.name).toBe('api-errors/strict');
    expect(strict.plugins?.['api-errors']).toBe(plugin);
    expect(strict.rules?.['api-errors/require-problem-details']).toEqual(['error', { checkThrownErrors: true }]);
    expect(ruleIdsOf(strict)).toEqual(ruleIdsOf(plugin.configs.recommended));
  });

  it('all enables every rule', () => {
    const { all } = plugin.configs;

    expect(all.name).toBe('api-errors/all');
    expect(all.plugins?.['api-errors']).toBe(plugin);
    expect(ruleIdsOf(all).sort()).toEqual(RULE_NAMES.map((name) => `api-errors/${name}`));
  });

  it('recommended lints clean code with the ESLint API', async () => {
    const messages = await lintWith(plugin.configs.recommended, 'export const answer = 42;\n');

    expect(messages).toEqual([]);
  });

  it('recommended reports a 403 for a missing token', async () => {
    const ruleIds = (await lintWith(plugin.configs.recommended, FORBIDDEN_WITHOUT_TOKEN)).map(
      (message) => message.ruleId,
    );

    expect(ruleIds).toContain('api-errors/no-403-for-unauthenticated');
    expect(ruleIds).toContain('api-errors/require-problem-details');
  });

  it('strict loads in ESLint', async () => {
    const messages = await lintWith(plugin.configs.strict, 'export const answer = 42;\n');

    expect(messages).toEqual([]);
  });

  it('all loads in ESLint', async () => {
    const messages = await lintWith(plugin.configs.all, 'export const answer = 42;\n');

    expect(messages).toEqual([]);
  });

  it('recommended lints TypeScript with its parser', async () => {
    const config = {
      ...plugin.configs.recommended,
      files: ['**/*.ts'],
      languageOptions: { parser: typescriptParser },
    };

    const messages = await lintWith(config, 'export const answer: number = 42 as const;\n', 'answer.ts');

    expect(messages).toEqual([]);
  });
});

describe('rule options', () => {
  it('reads options per file', () => {
    const linter = new Linter({ configType: 'flat' });
    const config: Linter.Config[] = [
      { plugins: { 'api-errors': plugin }, rules: { 'api-errors/require-problem-details': 'error' } },
      { files: ['only-401/**'], rules: { 'api-errors/require-problem-details': ['error', { statuses: [401] }] } },
    ];
    const problemReports = (filename: string) =>
      linter
        .verify(FORBIDDEN_WITHOUT_TOKEN, config, { filename })
        .filter((message) => message.ruleId === 'api-errors/require-problem-details')
        .map((message) => message.messageId);

    expect(problemReports('server.js')).toEqual(['notProblemDetails']);
    expect(problemReports('only-401/server.js')).toEqual([]);
    expect(problemReports('other.js')).toEqual(['notProblemDetails']);
    expect(problemReports('only-401/other.js')).toEqual([]);
  });
});

describe('legacy configs', () => {
  const legacyPairs = [
    ['legacy-recommended', 'recommended'],
    ['legacy-strict', 'strict'],
    ['legacy-all', 'all'],
  ] as const;

  it.each(legacyPairs)('%s has only eslintrc keys', (legacyName) => {
    const legacy = plugin.configs[legacyName];

    expect(Object.keys(legacy).filter((key) => !ESLINTRC_KEYS.includes(key))).toEqual([]);
    expect(legacy).not.toHaveProperty('name');
    expect(legacy.plugins).toEqual(['api-errors']);
  });

  it.each(legacyPairs)('%s has the rules of %s', (legacyName, flatName) => {
    const legacy = plugin.configs[legacyName];

    expect(legacy.rules).toEqual(plugin.configs[flatName].rules);
    for (const ruleId of ruleIdsOf(legacy)) {
      expect(ruleId.startsWith('api-errors/')).toBe(true);
      expect(Object.keys(plugin.rules)).toContain(ruleId.slice('api-errors/'.length));
    }
  });

  it('legacy configs survive JSON serialization', () => {
    // eslintrc expects plain data: plugin names as strings and rule settings as
    // JSON values, never the plugin object that the flat configs contain.
    for (const [legacyName] of legacyPairs) {
      const legacy = plugin.configs[legacyName];
      expect(JSON.parse(JSON.stringify(legacy))).toEqual(legacy);
    }
  });
});

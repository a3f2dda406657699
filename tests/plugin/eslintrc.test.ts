// Runs the legacy-* configs the way eslintrc users do: an .eslintrc.json
// that extends them, in ESLint 8 and in ESLint 9's eslintrc mode, with the
// plugin and @typescript-eslint/parser found from the project's node_modules.
// Each run must report and fix exactly what the flat twin does in ESLint 10.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, REPOSITORY_ROOT } from '../cli/helpers';

/** The part of ESLint's Node API that both the eslintrc and the flat classes share. */
interface LintRunner {
  lintFiles(patterns: string[]): Promise<ESLint.LintResult[]>;
}
type RunnerClass = new (options: { cwd: string; fix: boolean }) => LintRunner;

const requireFromTest = createRequire(__filename);

const JAVASCRIPT = `import express from 'express';

const app = express();

app.get('/me', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'sign in' });
  }
  res.json(req.user);
});

app.delete('/users/:id', (req, res) => {
  if (!req.get('authorization')) {
    return res.status(403).json({ error: 'no token' });
  }
  res.status(204).end();
});
`;

const TYPESCRIPT = `import { Hono } from 'hono';
import type { Context } from 'hono';

const app = new Hono();

app.get('/me', (c: Context) => {
  const user = c.get('user') as { roles: string[] } | undefined;
  if (!user) {
    return c.json({ error: 'sign in' }, 401);
  }
  if (!user.roles.includes('admin')) {
    return c.json({ error: 'admins only' }, 401);
  }
  return c.json(user);
});
`;

const CONFIG_PAIRS = [
  ['legacy-recommended', 'recommended'],
  ['legacy-strict', 'strict'],
  ['legacy-all', 'all'],
] as const;

let project: string;
let plugin: { configs: Record<string, Linter.Config> };

beforeAll(() => {
  assertBuilt();
  project = mkdtempSync(join(tmpdir(), 'api-errors-eslintrc-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(REPOSITORY_ROOT, join(project, 'node_modules', 'eslint-plugin-api-errors'), 'junction');
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules', '@typescript-eslint'), join(project, 'node_modules', '@typescript-eslint'), 'junction');
  plugin = requireFromTest(REPOSITORY_ROOT) as typeof plugin;
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** Writes the two source files and an .eslintrc.json that extends `configName`. */
function writeProject(configName: string): void {
  writeFileSync(join(project, 'app.js'), JAVASCRIPT);
  writeFileSync(join(project, 'app.ts'), TYPESCRIPT);
  const eslintrc = {
    root: true,
    extends: [`plugin:api-errors/${configName}`],
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    overrides: [{ files: ['*.ts'], parser: '@typescript-eslint/parser' }],
  };
  writeFileSync(join(project, '.eslintrc.json'), JSON.stringify(eslintrc, null, 2));
}

/** Lints both files and returns, by file name, their findings and fixed output in a form both APIs produce alike. */
async function lintProject(runner: LintRunner): Promise<Record<string, unknown>> {
  const results = await runner.lintFiles(['app.js', 'app.ts']);
  const byFile: Record<string, unknown> = {};
  for (const result of results) {
    const name = result.filePath.slice(project.length + 1);
    byFile[name] = {
      messages: result.messages.map((message) => ({
        ruleId: message.ruleId,
        messageId: message.messageId,
        line: message.line,
        column: message.column,
        suggestions: message.suggestions?.map((suggestion) => suggestion.messageId),
      })),
      output: result.output,
    };
  }
  return byFile;
}

/** Lints the project with the flat config `flatName` in ESLint 10, ignoring the .eslintrc.json. */
async function lintWithFlatConfig(flatName: string): Promise<Record<string, unknown>> {
  const flat = plugin.configs[flatName] as Linter.Config;
  const runner = new ESLint({
    cwd: project,
    fix: true,
    overrideConfigFile: true,
    overrideConfig: [
      flat,
      { files: ['**/*.ts'], languageOptions: { parser: requireFromTest('@typescript-eslint/parser') as Linter.Parser } },
    ],
  });
  return lintProject(runner);
}

async function eslint9LegacyClass(): Promise<RunnerClass> {
  const { loadESLint } = requireFromTest('eslint9') as { loadESLint(options: { useFlatConfig: boolean }): Promise<RunnerClass> };
  return loadESLint({ useFlatConfig: false });
}

describe.each([
  ['ESLint 8', () => Promise.resolve((requireFromTest('eslint8') as { ESLint: RunnerClass }).ESLint)],
  ['ESLint 9 with eslintrc', eslint9LegacyClass],
])('%s', (_, loadRunnerClass) => {
  it.each(CONFIG_PAIRS)('%s reports and fixes as %s does', async (legacyName, flatName) => {
    writeProject(legacyName);
    const Runner = await loadRunnerClass();

    const legacy = await lintProject(new Runner({ cwd: project, fix: true }));
    const flat = await lintWithFlatConfig(flatName);

    expect(legacy).toEqual(flat);
  });

  it('legacy-recommended finds the expected problems', async () => {
    writeProject('legacy-recommended');
    const Runner = await loadRunnerClass();

    const byFile = (await lintProject(new Runner({ cwd: project, fix: true }))) as Record<
      string,
      { messages: { ruleId: string; messageId: string; line: number }[]; output: string | undefined }
    >;

    const found = (name: string) => byFile[name]?.messages.map(({ ruleId, messageId, line }) => `${line} ${ruleId} ${messageId}`);
    expect(found('app.js')).toEqual([
      '7 api-errors/require-problem-details notProblemDetails',
      '14 api-errors/no-403-for-unauthenticated forbiddenWithoutIdentity',
      '14 api-errors/require-problem-details notProblemDetails',
    ]);
    expect(byFile['app.js']?.output).toContain("return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'sign in' });");
    expect(found('app.ts')).toEqual([
      '9 api-errors/require-problem-details notProblemDetails',
      '12 api-errors/require-problem-details notProblemDetails',
      '12 api-errors/no-401-for-forbidden unauthorizedForPermission',
    ]);
    expect(byFile['app.ts']?.output).toContain("return c.json({ error: 'sign in' }, 401, { 'WWW-Authenticate': 'Bearer' });");
  });
});

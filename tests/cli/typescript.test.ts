// Runs the CLI in-process from src/, so that the test can choose where
// `typescript` resolves. Linting and formatting are real.
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { main } from '../../src/cli';
import { type ResolveTypeScript, resolveTypeScriptWithRequire } from '../../src/cli/typescript';

import { CLEAN_JAVASCRIPT, CLEAN_TYPESCRIPT, createProject, parseJsonOutput, removeProjects, SYNTAX_ERROR } from './helpers';

afterAll(removeProjects);

interface InProcessRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(args: string[], cwd: string, resolveTypeScript: ResolveTypeScript): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(args, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    resolveTypeScript,
  });
  return { exitCode, stdout, stderr };
}

const typeScriptNotFound: ResolveTypeScript = () => null;

describe('api-errors-lint without typescript', () => {
  it('skips TypeScript files and says what to install', async () => {
    const project = createProject({
      'src/math.js': CLEAN_JAVASCRIPT,
      'src/point.ts': CLEAN_TYPESCRIPT,
      'src/view.tsx': 'export const view = <div />;\n',
      'src/broken.mts': SYNTAX_ERROR,
    });

    const run = await runInProcess(['--format', 'json'], project, typeScriptNotFound);
    const linted = parseJsonOutput(run.stdout).map((result) => result.filePath);

    expect(linted).toEqual([join(project, 'src', 'math.js')]);
    expect(run.stderr).toContain('api-errors-lint: skipped 3 TypeScript files');
    expect(run.stderr).toContain('npm install --save-dev typescript');
    expect(run.exitCode).toBe(0);
  });

  it('still reports JavaScript errors', async () => {
    const project = createProject({
      'src/broken.js': SYNTAX_ERROR,
      'src/point.ts': CLEAN_TYPESCRIPT,
    });

    const run = await runInProcess([], project, typeScriptNotFound);

    expect(run.stdout).toContain('broken.js');
    expect(run.stderr).toContain('skipped 1 TypeScript file because');
    expect(run.exitCode).toBe(1);
  });

  it('names the project copy the parser cannot load', async () => {
    const project = createProject({ 'src/point.ts': CLEAN_TYPESCRIPT });
    const projectTypeScript = join(project, 'node_modules', 'typescript', 'lib', 'typescript.js');
    const onlyInProject: ResolveTypeScript = (directory) =>
      directory.startsWith(project) ? projectTypeScript : null;

    const run = await runInProcess([], project, onlyInProject);

    expect(run.stderr).toContain(`cannot load the typescript package installed at ${projectTypeScript}`);
    expect(run.stderr).toContain('npm install --save-dev eslint-plugin-api-errors');
    expect(run.exitCode).toBe(0);
  });
});

describe('api-errors-lint with typescript', () => {
  it('parses TypeScript files', async () => {
    const project = createProject({
      'src/point.ts': CLEAN_TYPESCRIPT,
      'src/broken.ts': 'const value: = 1;\n',
    });

    const run = await runInProcess(['--format', 'json'], project, resolveTypeScriptWithRequire);
    const results = parseJsonOutput(run.stdout);
    const broken = results.find((result) => result.filePath.endsWith('broken.ts'));
    const point = results.find((result) => result.filePath.endsWith('point.ts'));

    expect(point?.errorCount).toBe(0);
    expect(broken?.messages[0]?.fatal).toBe(true);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
  });
});

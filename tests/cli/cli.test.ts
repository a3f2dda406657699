import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  assertBuilt,
  CLEAN_JAVASCRIPT,
  CLEAN_TYPESCRIPT,
  createProject,
  FORBIDDEN_WITHOUT_TOKEN,
  parseJsonOutput,
  REPOSITORY_ROOT,
  removeProjects,
  runCli,
  SYNTAX_ERROR,
  UNAUTHORIZED_WITHOUT_CHALLENGE,
} from './helpers';

const packageJson = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version: string };

beforeAll(assertBuilt);
afterAll(removeProjects);

describe('api-errors-lint exit codes', () => {
  it('exits 0 on clean files', () => {
    const project = createProject({
      'src/math.js': CLEAN_JAVASCRIPT,
      'src/point.ts': CLEAN_TYPESCRIPT,
    });

    const run = runCli([], project);

    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('No problems found in 2 files.');
    expect(run.exitCode).toBe(0);
  });

  it("ignores the project's own disable comments", () => {
    // The comment names a rule of a plugin the CLI does not load, which ESLint would report as not found.
    const project = createProject({
      'src/value.js': `// eslint-disable-next-line unicorn/no-null\nexport const empty = null;\n`,
    });

    const run = runCli([], project);

    expect(run.stdout).not.toContain('unicorn/no-null');
    expect(run.exitCode).toBe(0);
  });

  it('exits 1 on a parse error', () => {
    const project = createProject({ 'src/broken.js': SYNTAX_ERROR });

    const run = runCli([], project);

    expect(run.stdout).toContain('broken.js');
    expect(run.exitCode).toBe(1);
  });

  it('exits 1 on a 403 for a missing token', () => {
    const project = createProject({ 'server.js': FORBIDDEN_WITHOUT_TOKEN });

    const run = runCli([], project);

    expect(run.stdout).toContain('api-errors/no-403-for-unauthenticated');
    expect(run.stdout).toContain('api-errors/require-problem-details');
    expect(run.exitCode).toBe(1);
  });

  it('exits 2 on an unknown option', () => {
    const run = runCli(['--colour'], tmpdir());

    expect(run.stderr).toContain('api-errors-lint: unknown option: --colour');
    expect(run.stderr).toContain('api-errors-lint --help');
    expect(run.stdout).toBe('');
    expect(run.exitCode).toBe(2);
  });

  it('exits 2 on a missing path', () => {
    const project = createProject({ 'src/math.js': CLEAN_JAVASCRIPT });

    const run = runCli(['src', 'foo/'], project);

    expect(run.stderr).toContain('api-errors-lint: path not found: foo/');
    expect(run.stderr).toContain('no path to lint the current directory');
    expect(run.stdout).toBe('');
    expect(run.exitCode).toBe(2);
  });

  it('exits 2 on an unknown formatter', () => {
    const project = createProject({ 'src/math.js': CLEAN_JAVASCRIPT });

    const run = runCli(['--format', 'no-such-formatter'], project);

    expect(run.stderr).toContain('api-errors-lint: formatter not found: no-such-formatter');
    expect(run.exitCode).toBe(2);
  });

  it('exits 2 on an unknown rule in --rule', () => {
    const run = runCli(['--rule', 'no-such-rule=off'], tmpdir());

    expect(run.stderr).toContain('unknown rule in --rule: no-such-rule');
    expect(run.stderr).toContain('require-problem-details');
    expect(run.exitCode).toBe(2);
  });

  it('exits 2 on a --rule value without a severity', () => {
    const run = runCli(['--rule', 'require-problem-details'], tmpdir());

    expect(run.stderr).toContain('invalid --rule value: require-problem-details');
    expect(run.exitCode).toBe(2);
  });
});

describe('api-errors-lint output', () => {
  it('prints parseable JSON with --format json', () => {
    const project = createProject({
      'src/math.js': CLEAN_JAVASCRIPT,
      'src/broken.js': SYNTAX_ERROR,
    });

    const run = runCli(['--format', 'json'], project);
    const results = parseJsonOutput(run.stdout);
    const broken = results.find((result) => basename(result.filePath) === 'broken.js');

    expect(results.map((result) => basename(result.filePath)).sort()).toEqual(['broken.js', 'math.js']);
    expect(broken?.messages[0]?.fatal).toBe(true);
    expect(run.exitCode).toBe(1);
  });

  it('loads a formatter file by relative path', () => {
    const project = createProject({
      'src/math.js': CLEAN_JAVASCRIPT,
      'formatter.cjs': "module.exports = (results) => `linted ${results.length} file(s)`;\n",
    });

    const run = runCli(['src', '--format', './formatter.cjs'], project);

    expect(run.stdout).toBe('linted 1 file(s)\n');
    expect(run.exitCode).toBe(0);
  });

  it('prints help and the version', () => {
    const help = runCli(['--help'], tmpdir());
    const version = runCli(['--version'], tmpdir());

    expect(help.stdout).toContain('Usage: api-errors-lint [options] [paths...]');
    expect(help.exitCode).toBe(0);
    expect(version.stdout.trim()).toBe(packageJson.version);
    expect(version.exitCode).toBe(0);
  });

  it('reports no files for an empty directory', () => {
    const project = createProject({ 'README.md': '# empty\n' });

    const run = runCli([], project);

    expect(run.stderr).toContain('api-errors-lint: no JavaScript or TypeScript files found in .');
    expect(run.exitCode).toBe(2);
  });
});

describe('api-errors-lint file selection', () => {
  it('skips build output and dependency directories', () => {
    const project = createProject({
      'src/math.js': CLEAN_JAVASCRIPT,
      'node_modules/dependency/index.js': SYNTAX_ERROR,
      'dist/index.js': SYNTAX_ERROR,
      'build/index.js': SYNTAX_ERROR,
      'out/index.js': SYNTAX_ERROR,
      '.next/server/page.js': SYNTAX_ERROR,
      'coverage/lcov-report/sorter.js': SYNTAX_ERROR,
      'packages/api/dist/index.js': SYNTAX_ERROR,
    });

    const run = runCli(['--format', 'json'], project);
    const linted = parseJsonOutput(run.stdout).map((result) => result.filePath);

    expect(linted).toEqual([join(project, 'src', 'math.js')]);
    expect(run.exitCode).toBe(0);
  });

  it('lints every JavaScript and TypeScript extension', () => {
    const project = createProject({
      'a.js': CLEAN_JAVASCRIPT,
      'b.mjs': 'export const b = 1;\n',
      'c.cjs': CLEAN_JAVASCRIPT,
      'd.jsx': 'export const view = <div className="d">hello</div>;\n',
      'e.ts': CLEAN_TYPESCRIPT,
      'f.mts': CLEAN_TYPESCRIPT,
      'g.cts': CLEAN_TYPESCRIPT,
      'h.tsx': 'export const view = <div>{1 as number}</div>;\n',
      'notes.txt': SYNTAX_ERROR,
    });

    const run = runCli(['--format', 'json'], project);
    const results = parseJsonOutput(run.stdout);

    expect(results.map((result) => basename(result.filePath)).sort()).toEqual([
      'a.js',
      'b.mjs',
      'c.cjs',
      'd.jsx',
      'e.ts',
      'f.mts',
      'g.cts',
      'h.tsx',
    ]);
    expect(results.filter((result) => result.errorCount > 0)).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('lints a project outside the working directory', () => {
    const project = createProject({ 'src/broken.js': SYNTAX_ERROR });
    const elsewhere = createProject({});

    const run = runCli(['--format', 'json', project], elsewhere);
    const results = parseJsonOutput(run.stdout);

    expect(results.map((result) => result.filePath)).toEqual([join(project, 'src', 'broken.js')]);
    expect(run.exitCode).toBe(1);
  });

  it('lints only the given paths', () => {
    const project = createProject({
      'src/math.js': CLEAN_JAVASCRIPT,
      'scripts/broken.js': SYNTAX_ERROR,
      'tools/broken.js': SYNTAX_ERROR,
    });

    const run = runCli(['--format', 'json', 'src', 'tools/broken.js'], project);
    const linted = parseJsonOutput(run.stdout).map((result) => result.filePath).sort();

    expect(linted).toEqual([join(project, 'src', 'math.js'), join(project, 'tools', 'broken.js')]);
    expect(run.exitCode).toBe(1);
  });

  it('ignores the project ESLint config', () => {
    const project = createProject({
      'eslint.config.js': 'throw new Error("the project config must not be loaded");\n',
      'src/math.js': CLEAN_JAVASCRIPT,
    });

    const run = runCli([], project);

    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });
});

describe('api-errors-lint project directory', () => {
  const PAGES_ROUTE = `export default function handler(req, res) {
  if (!req.headers.authorization) {
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
}
`;

  it('keeps pages/api/ in file names when given a subfolder', () => {
    const project = createProject({ 'package.json': '{ "name": "app" }\n', 'pages/api/me.js': PAGES_ROUTE });

    const run = runCli(['--fix', 'pages'], project);
    const fixed = readFileSync(join(project, 'pages', 'api', 'me.js'), 'utf8');

    expect(fixed).toContain("res.setHeader('WWW-Authenticate', 'Bearer');\n    res.statusCode = 401;");
    expect(run.exitCode).toBe(0);
  });
});

describe('api-errors-lint --rule', () => {
  it('turns a rule off with or without the prefix', () => {
    const project = createProject({ 'server.js': FORBIDDEN_WITHOUT_TOKEN });

    const withoutPrefix = runCli(['--format', 'json', '--rule', 'require-problem-details=off'], project);
    const withPrefix = runCli(['--format', 'json', '--rule', 'api-errors/require-problem-details=off'], project);

    for (const run of [withoutPrefix, withPrefix]) {
      const ruleIds = parseJsonOutput(run.stdout).flatMap((result) => result.messages.map((message) => message.ruleId));
      expect(ruleIds).toContain('api-errors/no-403-for-unauthenticated');
      expect(ruleIds).not.toContain('api-errors/require-problem-details');
    }
  });

  it('exits 0 when the reporting rules are warnings', () => {
    const project = createProject({ 'server.js': FORBIDDEN_WITHOUT_TOKEN });

    const run = runCli(
      [
        '--format',
        'json',
        '--rule',
        'no-403-for-unauthenticated=warn',
        '--rule',
        'require-problem-details=warn',
        '--rule',
        'no-401-for-forbidden=warn',
        '--rule',
        'require-www-authenticate=warn',
      ],
      project,
    );
    const messages = parseJsonOutput(run.stdout).flatMap((result) => result.messages);

    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((message) => message.severity === 1)).toBe(true);
    expect(run.exitCode).toBe(0);
  });
});

describe('api-errors-lint --fix', () => {
  it('writes the WWW-Authenticate fix to the file', () => {
    const project = createProject({ 'server.js': UNAUTHORIZED_WITHOUT_CHALLENGE });

    const run = runCli(['--fix', '--format', 'json'], project);
    const fixed = readFileSync(join(project, 'server.js'), 'utf8');
    const ruleIds = parseJsonOutput(run.stdout).flatMap((result) => result.messages.map((message) => message.ruleId));

    expect(fixed).toContain("res.set('WWW-Authenticate', 'Bearer')");
    expect(ruleIds).not.toContain('api-errors/require-www-authenticate');
  });

  it('inserts the challenge given by --challenge', () => {
    const project = createProject({ 'server.js': UNAUTHORIZED_WITHOUT_CHALLENGE });

    const run = runCli(['--fix', '--challenge', 'Bearer realm="api"', '--format', 'json'], project);
    const fixed = readFileSync(join(project, 'server.js'), 'utf8');
    const ruleIds = parseJsonOutput(run.stdout).flatMap((result) => result.messages.map((message) => message.ruleId));

    expect(fixed).toContain(`res.set('WWW-Authenticate', 'Bearer realm="api"')`);
    expect(ruleIds).not.toContain('api-errors/require-www-authenticate');
  });

  it('leaves files without findings unchanged', () => {
    const project = createProject({ 'src/math.js': CLEAN_JAVASCRIPT });

    const run = runCli(['--fix'], project);

    expect(readFileSync(join(project, 'src', 'math.js'), 'utf8')).toBe(CLEAN_JAVASCRIPT);
    expect(run.exitCode).toBe(0);
  });
});

// Checks the built package from a consumer's side: a temporary project whose
// node_modules/eslint-plugin-api-errors links to this repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, REPOSITORY_ROOT } from '../cli/helpers';

interface PackageJson {
  name: string;
  version: string;
  main: string;
  types: string;
  bin: Record<string, string>;
  files: string[];
  exports: Record<string, string | Record<string, Record<string, string>>>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}

const packageJson = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as PackageJson;

let consumer: string;

beforeAll(() => {
  assertBuilt();
  consumer = mkdtempSync(join(tmpdir(), 'api-errors-consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(REPOSITORY_ROOT, join(consumer, 'node_modules', packageJson.name), 'junction');
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules', 'eslint'), join(consumer, 'node_modules', 'eslint'), 'junction');
});

afterAll(() => {
  rmSync(consumer, { recursive: true, force: true });
});

/** Runs an ES module script in the consumer project and returns what it prints as JSON. */
function runInConsumer(script: string): unknown {
  const scriptPath = join(consumer, 'check.mjs');
  writeFileSync(scriptPath, script);
  return JSON.parse(execFileSync(process.execPath, [scriptPath], { cwd: consumer, encoding: 'utf8' }));
}

describe('built package', () => {
  it('returns one instance to require and import', () => {
    const result = runInConsumer(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const required = require('eslint-plugin-api-errors');
      const imported = (await import('eslint-plugin-api-errors')).default;
      console.log(JSON.stringify({
        same: required === imported,
        configPluginIsSame: imported.configs.recommended.plugins['api-errors'] === required,
        meta: imported.meta,
        ruleCount: Object.keys(required.rules).length,
      }));
    `);

    expect(result).toEqual({
      same: true,
      configPluginIsSame: true,
      meta: { name: packageJson.name, version: packageJson.version, namespace: 'api-errors' },
      ruleCount: 7,
    });
  });

  it('types work with defineConfig', () => {
    writeFileSync(
      join(consumer, 'eslint.config.mts'),
      `import apiErrors from 'eslint-plugin-api-errors';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  apiErrors.configs.recommended,
  apiErrors.configs.strict,
  { plugins: { 'api-errors': apiErrors }, rules: { 'api-errors/require-problem-details': 'off' } },
);
`,
    );
    writeFileSync(
      join(consumer, 'legacy.cts'),
      `import apiErrors = require('eslint-plugin-api-errors');
import type { Linter } from 'eslint';

export const legacy: Linter.LegacyConfig = apiErrors.configs['legacy-recommended'];
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          types: [],
          // Checks this project's use of the types, not the libraries' own .d.ts files.
          skipLibCheck: true,
        },
        files: ['eslint.config.mts', 'legacy.cts'],
      }),
    );
    const tsc = join(REPOSITORY_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

    const run = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });

    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('declarations resolve with node10 resolution', () => {
    const project = join(consumer, 'node10');
    mkdirSync(project);
    writeFileSync(
      join(project, 'config.ts'),
      `import apiErrors = require('eslint-plugin-api-errors');

export const rule = apiErrors.rules['require-www-authenticate'];
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          lib: ['es2022'],
          module: 'commonjs',
          moduleResolution: 'node',
          strict: true,
          noEmit: true,
          types: [],
          // The plugin's own .d.ts files must resolve every import, which only a library check shows.
          skipLibCheck: false,
        },
        files: ['config.ts'],
      }),
    );
    const tsc = join(REPOSITORY_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

    const run = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    // Errors in the dependencies' own declarations are theirs, so only lines about this package's files count.
    const pluginErrors = run.stdout.split('\n').filter((line) => line.includes('/dist/') && !line.includes('node_modules'));

    expect(pluginErrors).toEqual([]);
  });

  it('points every export at a built file', () => {
    const targets = [packageJson.main, packageJson.types, ...Object.values(packageJson.bin)];
    for (const entry of Object.values(packageJson.exports)) {
      if (typeof entry === 'string') {
        targets.push(entry);
        continue;
      }
      for (const condition of Object.values(entry)) {
        targets.push(...Object.values(condition));
      }
    }

    for (const target of targets) {
      expect(existsSync(join(REPOSITORY_ROOT, target)), target).toBe(true);
    }
  });

  it('publishes the build and the bin', () => {
    expect(packageJson.files).toEqual(expect.arrayContaining(['dist', 'bin']));
    expect(packageJson.bin).toEqual({ 'api-errors-lint': './bin/api-errors-lint.js' });
    expect(() => accessSync(join(REPOSITORY_ROOT, 'bin', 'api-errors-lint.js'), constants.X_OK)).not.toThrow();
  });

  it('declares eslint and optional typescript as peers', () => {
    expect(packageJson.peerDependencies.eslint).toBe('^8.57.0 || ^9.0.0 || ^10.0.0');
    expect(packageJson.peerDependencies.typescript).toBeDefined();
    expect(packageJson.peerDependenciesMeta.typescript?.optional).toBe(true);
  });
});

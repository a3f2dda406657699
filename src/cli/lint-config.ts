import type { Linter } from 'eslint';

import type { Severity } from './arguments';
import { skippedFileParser, type TypeScriptSupport } from './typescript';

/** Directories that the CLI skips at any depth below the common directory of the given paths. */
export const IGNORED_DIRECTORIES = ['node_modules', 'dist', 'build', 'out', '.next', 'coverage'] as const;

export const JAVASCRIPT_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'];
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];

const TYPESCRIPT_EXTENSION = /\.[cm]?tsx?$/;

/** Returns whether `filePath` has one of the extensions in TYPESCRIPT_FILES. */
export function isTypeScriptFile(filePath: string): boolean {
  return TYPESCRIPT_EXTENSION.test(filePath);
}

/**
 * Builds the ESLint config array for the CLI: the plugin's recommended config
 * on JavaScript files with ESLint's default parser, and on TypeScript files
 * with @typescript-eslint/parser. When TypeScript is unavailable, TypeScript
 * files get a parser that skips them and no rules. A `challenge` goes into the
 * plugin's settings, where the fixes read it.
 */
export function buildLintConfig(
  recommended: Linter.Config,
  ruleSeverities: ReadonlyMap<string, Severity>,
  namespace: string,
  typeScript: TypeScriptSupport,
  challenge?: string,
): Linter.Config[] {
  const rules: Linter.RulesRecord = {};
  for (const [ruleId, entry] of Object.entries(recommended.rules ?? {})) {
    if (entry !== undefined) {
      rules[ruleId] = entry;
    }
  }
  for (const [name, severity] of ruleSeverities) {
    const ruleId = `${namespace}/${name}`;
    const current = rules[ruleId];
    // Keep the options of a rule when only its severity changes.
    rules[ruleId] = Array.isArray(current) && severity !== 'off' ? [severity, ...current.slice(1)] : severity;
  }

  const ignores: Linter.Config = {
    name: 'api-errors-lint/ignores',
    ignores: IGNORED_DIRECTORIES.map((directory) => `**/${directory}/`),
  };

  const javascript: Linter.Config = {
    name: 'api-errors-lint/javascript',
    files: JAVASCRIPT_FILES,
    plugins: recommended.plugins,
    // JSX in .js files is common in React projects, and enabling it does not
    // change how plain JavaScript parses.
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules,
  };

  const typescript: Linter.Config = typeScript.available
    ? {
        name: 'api-errors-lint/typescript',
        files: TYPESCRIPT_FILES,
        plugins: recommended.plugins,
        languageOptions: { parser: typeScript.parser },
        rules,
      }
    : {
        name: 'api-errors-lint/skipped-typescript',
        files: TYPESCRIPT_FILES,
        languageOptions: { parser: skippedFileParser },
      };

  // The scanned project's disable comments name its own rules, which this config does not run, so they
  // would all look unused.
  const directives: Linter.Config = {
    name: 'api-errors-lint/directives',
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  };

  const configs = [ignores, directives, javascript, typescript];
  if (challenge !== undefined) {
    configs.push({ name: 'api-errors-lint/settings', settings: { [namespace]: { challenge } } });
  }
  return configs;
}

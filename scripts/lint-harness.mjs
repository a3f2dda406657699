// The lint set-up that the corpus run and the fuzz share. Every rule is on
// with every option that widens checking, in one flat config per language.
// The checks test that a fix or a suggestion keeps the file parseable, that
// fixes settle within ESLint's ten passes, and that a second run keeps them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');

export const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/;

// The `files` patterns of the lint config. ESLint's flat config treats `**/*`
// as a universal pattern that by itself matches no file, so without these a
// .ts, .tsx or .jsx file gets only the warning "No matching configuration
// found" and no rule runs on it.
export const LINTED_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];

/** Returns the rule levels and options: the widening options where a rule has them, plain 'error' for the rest. */
export function createRuleSettings(plugin) {
  const ruleSettings = {
    'api-errors/no-403-for-unauthenticated': 'error',
    'api-errors/no-401-for-forbidden': 'error',
    'api-errors/require-www-authenticate': ['error', { ignoreThrownErrors: false }],
    'api-errors/require-problem-details': ['error', { checkThrownErrors: true, contentTypeFix: 'autofix' }],
  };
  for (const name of Object.keys(plugin.rules)) {
    ruleSettings[`api-errors/${name}`] ??= 'error';
  }
  return ruleSettings;
}

export function extensionOf(file) {
  return /\.[^.]+$/.exec(file)?.[0] ?? '.js';
}

export function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/**
 * Creates a linter with the plugin and its widening rule settings.
 * `file` picks the language: TypeScript (and JSX for .tsx) by extension, else
 * espree with `sourceType`. `filename` is what the rules see as the file name.
 * `files` sets the config's file patterns (default LINTED_FILES).
 */
export function createLintHarness(plugin, { files = LINTED_FILES } = {}) {
  const linter = new Linter({ configType: 'flat' });
  const ruleSettings = createRuleSettings(plugin);
  const emptyConfigs = new Map();

  function configFor(file, sourceType) {
    const isTypeScript = TYPESCRIPT.test(file);
    return [
      {
        files,
        plugins: { 'api-errors': plugin },
        languageOptions: isTypeScript
          ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: file.endsWith('x') } } }
          : { sourceType, ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } },
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        rules: ruleSettings,
      },
    ];
  }

  /** Returns whether the text parses in the language of `file`, with no rule run. */
  function parses(text, file, sourceType) {
    const key = `${TYPESCRIPT.test(file)}:${file.endsWith('x')}:${sourceType}`;
    let config = emptyConfigs.get(key);
    if (!config) {
      config = configFor(file, sourceType).map((entry) => ({ ...entry, rules: {} }));
      emptyConfigs.set(key, config);
    }
    return !linter.verify(text, config, { filename: 'corpus-file' + extensionOf(file) }).some((message) => message.fatal);
  }

  /** Lints with every rule. A rule exception propagates to the caller. */
  function verify(text, file, sourceType, filename) {
    return linter.verify(text, configFor(file, sourceType), { filename });
  }

  /** Returns the messageId (or description) of each suggestion of the message whose output does not parse. */
  function unparsableSuggestions(text, file, sourceType, message) {
    const failed = [];
    for (const suggestion of message.suggestions ?? []) {
      const output = applyFix(text, suggestion.fix);
      if (!parses(output, file, sourceType)) {
        failed.push(suggestion.messageId ?? suggestion.desc);
      }
    }
    return failed;
  }

  /**
   * Applies all fixes, as `eslint --fix` does. Returns the output, whether it
   * parses, and whether fixes remain after ESLint's ten passes (`unsettled`).
   * A rule exception propagates to the caller.
   */
  function fixAll(text, file, sourceType, filename) {
    const fixed = linter.verifyAndFix(text, configFor(file, sourceType), { filename });
    return {
      output: fixed.output,
      parses: parses(fixed.output, file, sourceType),
      unsettled: fixed.messages.some((message) => message.fix !== undefined),
    };
  }

  /** Runs the fixes again on a fixed output and returns the new output, which equals `output` when the fix is stable. */
  function fixAgain(output, file, sourceType, filename) {
    return linter.verifyAndFix(output, configFor(file, sourceType), { filename }).output;
  }

  return { linter, ruleSettings, configFor, parses, verify, unparsableSuggestions, fixAll, fixAgain };
}

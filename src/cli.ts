import { resolve } from 'node:path';

import { type ESLint, loadESLint } from 'eslint';

import { type CliOptions, HELP_TEXT, parseCliArguments, PROGRAM_NAME, UsageError } from './cli/arguments';
import { buildLintConfig, IGNORED_DIRECTORIES, isTypeScriptFile } from './cli/lint-config';
import { findBaseDirectory, resolveTargets } from './cli/targets';
import {
  describeSkippedTypeScript,
  detectTypeScriptSupport,
  type ResolveTypeScript,
  resolveTypeScriptWithRequire,
} from './cli/typescript';
import plugin from './index';

/** The working directory, output streams and TypeScript resolver of a run. Tests pass their own. */
export interface CliEnvironment {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  resolveTypeScript: ResolveTypeScript;
}

const EXIT_NO_ERRORS = 0;
const EXIT_ERRORS_FOUND = 1;
const EXIT_USAGE_OR_FAILURE = 2;

/**
 * Runs `api-errors-lint` with the arguments after the program name and returns
 * the exit code: 0 when no errors were found, 1 when errors were found, 2 for
 * an invalid command line or a failure.
 */
export async function main(argv: readonly string[], environment: Partial<CliEnvironment> = {}): Promise<number> {
  const env: CliEnvironment = {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    resolveTypeScript: resolveTypeScriptWithRequire,
    ...environment,
  };

  try {
    const options = parseCliArguments(argv, Object.keys(plugin.rules));

    if (options.help) {
      env.stdout.write(HELP_TEXT);
      return EXIT_NO_ERRORS;
    }
    if (options.version) {
      env.stdout.write(`${plugin.meta.version}\n`);
      return EXIT_NO_ERRORS;
    }

    return await lint(options, env);
  } catch (error) {
    if (error instanceof UsageError) {
      env.stderr.write(`${PROGRAM_NAME}: ${error.message}\nRun ${PROGRAM_NAME} --help for usage.\n`);
      return EXIT_USAGE_OR_FAILURE;
    }

    const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
    env.stderr.write(`${PROGRAM_NAME}: linting failed.\n${details}\n`);
    return EXIT_USAGE_OR_FAILURE;
  }
}

async function lint(options: CliOptions, env: CliEnvironment): Promise<number> {
  const targets = resolveTargets(options.paths, env.cwd);
  const baseDirectory = findBaseDirectory(targets);
  const typeScript = detectTypeScriptSupport(
    targets.map((target) => target.directory),
    env.resolveTypeScript,
  );

  const FlatESLint = await loadFlatESLint();
  const eslint = new FlatESLint({
    // ESLint ignores files outside its working directory, so it starts from a
    // directory that contains every target.
    cwd: baseDirectory,
    overrideConfigFile: true,
    overrideConfig: buildLintConfig(
      plugin.configs.recommended,
      options.ruleSeverities,
      plugin.meta.namespace,
      typeScript,
      options.challenge,
    ),
    fix: options.fix,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  });

  const formatter = await loadFormatter(eslint, resolveFormatterPath(options.format, env.cwd));
  const allResults = await eslint.lintFiles(targets.map((target) => target.path));

  if (options.fix) {
    await FlatESLint.outputFixes(allResults);
  }

  const skippedTypeScriptFiles = typeScript.available
    ? []
    : allResults.filter((result) => isTypeScriptFile(result.filePath));
  const results = allResults.filter((result) => !skippedTypeScriptFiles.includes(result)).map(withoutForeignDirectives);

  const output = await formatter.format(results);
  if (output.length > 0) {
    env.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  } else if (results.length > 0) {
    env.stdout.write(`No problems found in ${describeFileCount(results.length)}.\n`);
  }

  if (!typeScript.available && skippedTypeScriptFiles.length > 0) {
    env.stderr.write(`${PROGRAM_NAME}: ${describeSkippedTypeScript(skippedTypeScriptFiles.length, typeScript)}\n`);
  }
  // As with ESLint, finding nothing to lint is a failure, so that a CI job aimed at the wrong folder does not pass.
  if (allResults.length === 0) {
    env.stderr.write(
      `${PROGRAM_NAME}: no JavaScript or TypeScript files found in ${options.paths.join(', ') || '.'} ` +
        `(directories named ${IGNORED_DIRECTORIES.join(', ')} are skipped).\n`,
    );
    return EXIT_USAGE_OR_FAILURE;
  }

  return results.some((result) => result.errorCount > 0) ? EXIT_ERRORS_FOUND : EXIT_NO_ERRORS;
}

/**
 * Drops the errors that the scanned project's own disable comments cause
 * (`// eslint-disable-next-line unicorn/no-null` names a rule this CLI does
 * not load), so that they neither show nor make the exit code 1. Parse errors
 * and the plugin's findings stay.
 */
function withoutForeignDirectives(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter(
    (message) => message.fatal === true || message.ruleId === null || message.ruleId.startsWith('api-errors/'),
  );
  if (messages.length === result.messages.length) {
    return result;
  }
  const count = (severity: number, fixable: boolean): number =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    errorCount: count(2, false),
    warningCount: count(1, false),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
  };
}

/**
 * Returns the ESLint class that uses flat config. ESLint 10 has only that one.
 * ESLint 8.57 and 9 return it for `useFlatConfig: true`, and without that
 * option they choose by the ESLINT_USE_FLAT_CONFIG variable.
 */
async function loadFlatESLint(): Promise<typeof ESLint> {
  // NOTE: the tests run the CLI on ESLint 10 only. On ESLint 8.57 and 9 it is untested.
  // ESLint 10's types declare loadESLint without parameters.
  const load = loadESLint as (options: { useFlatConfig: boolean }) => Promise<typeof ESLint>;
  return load({ useFlatConfig: true });
}

/**
 * Makes a formatter path absolute against the working directory, because ESLint
 * resolves relative paths against its own `cwd`, the common directory of the
 * targets. ESLint reads a name with a slash as a path unless it starts with `@`.
 */
function resolveFormatterPath(format: string, cwd: string): string {
  const isPath = !format.startsWith('@') && (format.includes('/') || format.includes('\\'));
  return isPath ? resolve(cwd, format) : format;
}

/** Loads an ESLint formatter by name or path. Throws UsageError when it cannot be loaded. */
async function loadFormatter(eslint: ESLint, name: string): Promise<ESLint.LoadedFormatter> {
  try {
    return await eslint.loadFormatter(name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw new UsageError(
        `formatter not found: ${name}. Use stylish, json, json-with-metadata or html, ` +
          'the name of an installed eslint-formatter-* package, or the path of a formatter file.',
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`failed to load formatter ${name}: ${reason}`);
  }
}

function describeFileCount(count: number): string {
  return count === 1 ? '1 file' : `${count} files`;
}

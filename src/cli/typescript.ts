import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { Linter } from 'eslint';

/** Returns the entry file of the `typescript` package as `require` would find it from `directory`, or null. */
export type ResolveTypeScript = (directory: string) => string | null;

/** The parser for TypeScript files, or the facts that explain why none can be loaded. */
export type TypeScriptSupport =
  | { available: true; parser: Linter.Parser }
  | {
      available: false;
      /** Directory of @typescript-eslint/parser, from which it loads `typescript`. */
      parserDirectory: string;
      /** The project's own copy of `typescript`, which the parser cannot load, or null. */
      projectTypeScript: string | null;
    };

export const resolveTypeScriptWithRequire: ResolveTypeScript = (directory) => {
  try {
    // createRequire needs a file name. The file does not have to exist.
    return createRequire(join(directory, 'noop.js')).resolve('typescript');
  } catch (error) {
    if (isModuleNotFound(error)) {
      return null;
    }
    throw error;
  }
};

/**
 * Decides whether TypeScript files can be parsed, and loads the parser if so.
 *
 * @typescript-eslint/parser loads `typescript` with its own `require`, from its
 * own installation, and offers no way to hand it another copy. So TypeScript
 * files are linted only when `typescript` resolves from the parser's
 * directory. The scanned project is searched first all the same, so that the
 * message can tell a missing package from one installed where the parser cannot
 * load it (for example when the CLI runs from a global install).
 */
export function detectTypeScriptSupport(
  targetDirectories: readonly string[],
  resolveTypeScript: ResolveTypeScript,
): TypeScriptSupport {
  let projectTypeScript: string | null = null;
  for (const directory of targetDirectories) {
    projectTypeScript = resolveTypeScript(directory);
    if (projectTypeScript !== null) {
      break;
    }
  }

  const parserDirectory = dirname(require.resolve('@typescript-eslint/parser/package.json'));
  const parserTypeScript = resolveTypeScript(parserDirectory);

  if (parserTypeScript === null) {
    return { available: false, parserDirectory, projectTypeScript };
  }

  // Loaded only here, because loading the parser loads `typescript`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load must be a require() call in the CommonJS build
  const parser = require('@typescript-eslint/parser') as Linter.Parser;
  return { available: true, parser };
}

/**
 * A parser for TypeScript files that cannot be parsed: it returns an empty
 * program without reading the text. ESLint still finds these files and applies
 * its ignore patterns to them as to any other file, so the CLI can count them in
 * the results and then drop them, without walking the directories itself.
 */
export const skippedFileParser: Linter.Parser = {
  meta: { name: 'api-errors-lint/skipped-typescript-file' },
  parse(text: string) {
    const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
    return {
      type: 'Program',
      body: [],
      sourceType: 'module',
      comments: [],
      tokens: [],
      range: [0, text.length],
      loc: {
        start: { line: 1, column: 0 },
        end: { line: lines.length, column: lines.at(-1)?.length ?? 0 },
      },
    };
  },
};

/** Returns the message with the number of skipped TypeScript files and the package to install. */
export function describeSkippedTypeScript(
  skippedCount: number,
  support: Extract<TypeScriptSupport, { available: false }>,
): string {
  const files = skippedCount === 1 ? '1 TypeScript file' : `${skippedCount} TypeScript files`;

  if (support.projectTypeScript === null) {
    return (
      `skipped ${files} because the typescript package was not found. ` +
      'To lint TypeScript files, install it in the project: npm install --save-dev typescript'
    );
  }

  return (
    `skipped ${files} because @typescript-eslint/parser in ${support.parserDirectory} ` +
    `cannot load the typescript package installed at ${support.projectTypeScript}. ` +
    'To lint TypeScript files, install the plugin in the project and run it from there: ' +
    'npm install --save-dev eslint-plugin-api-errors'
  );
}

function isModuleNotFound(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND';
}

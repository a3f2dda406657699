import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import { UsageError } from './arguments';

/** A file or directory to lint, from the command line. */
export interface Target {
  /** Absolute path of the file or directory. */
  path: string;
  /** The target itself when it is a directory, else the directory that contains it. */
  directory: string;
}

/**
 * Resolves the paths from the command line against `cwd`, or the current
 * directory when there are none. Throws UsageError for a path that does not exist.
 */
export function resolveTargets(paths: readonly string[], cwd: string): Target[] {
  const given = paths.length > 0 ? paths : ['.'];

  return given.map((path) => {
    const absolutePath = resolve(cwd, path);
    if (!existsSync(absolutePath)) {
      throw new UsageError(
        `path not found: ${path}. Give an existing file or directory, or no path to lint the current directory.`,
      );
    }

    const directory = statSync(absolutePath).isDirectory() ? absolutePath : dirname(absolutePath);
    return { path: absolutePath, directory };
  });
}

/**
 * Returns the deepest directory that contains the directories of all targets.
 * Throws UsageError when they share none, as paths on different Windows drives do.
 */
export function findCommonDirectory(targets: readonly Target[]): string {
  const [first, ...rest] = targets.map((target) => target.directory);
  if (first === undefined) {
    throw new Error('findCommonDirectory needs at least one target');
  }

  let common = first;
  for (const directory of rest) {
    while (!isInside(directory, common)) {
      const parent = dirname(common);
      if (parent === common) {
        throw new UsageError(`paths on different drives: ${first}, ${directory}. Run api-errors-lint once per drive.`);
      }
      common = parent;
    }
  }
  return common;
}

/**
 * Returns the directory ESLint runs from, which the rules read file names
 * relative to. Frameworks route by folders such as `pages/api/` and
 * `server/api/`, so this is the project's directory: the nearest one with a
 * package.json at or above the deepest directory that contains every target
 * (the app for `api-errors-lint pages`), else that deepest directory.
 */
export function findBaseDirectory(targets: readonly Target[]): string {
  const common = findCommonDirectory(targets);
  for (let directory = common; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'package.json'))) {
      return directory;
    }
    if (dirname(directory) === directory) {
      return common;
    }
  }
}

function isInside(path: string, directory: string): boolean {
  const relativePath = relative(directory, path);
  if (relativePath === '') {
    return true;
  }
  return relativePath !== '..' && !relativePath.startsWith(`..${sep}`) && !isAbsolute(relativePath);
}

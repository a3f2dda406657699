import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..');
export const BIN_PATH = join(REPOSITORY_ROOT, 'bin', 'api-errors-lint.js');

/** Fails with a clear message when the build that the bin loads is missing. */
export function assertBuilt(): void {
  for (const file of ['dist/index.js', 'dist/index.mjs', 'dist/cli.js']) {
    if (!existsSync(join(REPOSITORY_ROOT, file))) {
      throw new Error(`${file} is missing. Run npm run build first (npm test builds before running vitest).`);
    }
  }
}

/**
 * An Express handler that responds to a missing Authorization header with 403 and
 * an `{ error }` body: no-403-for-unauthenticated and require-problem-details
 * report it.
 */
export const FORBIDDEN_WITHOUT_TOKEN = `const express = require('express');
const app = express();

app.get('/x', (req, res) => {
  if (!req.get('authorization')) return res.status(403).json({ error: 'no token' });
  res.json({ ok: true });
});
`;

/**
 * An Express handler that sends 401 without a WWW-Authenticate header:
 * require-www-authenticate reports it with an autofix.
 */
export const UNAUTHORIZED_WITHOUT_CHALLENGE = `const express = require('express');
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.json(req.user);
});
`;

export const CLEAN_JAVASCRIPT = `const add = (a, b) => a + b;
module.exports = { add };
`;

export const CLEAN_TYPESCRIPT = `interface Point { x: number; y: number }
export const origin: Point = { x: 0, y: 0 } satisfies Point;
`;

/** A file that no parser accepts: ESLint reports it as a fatal error. */
export const SYNTAX_ERROR = 'const broken = ;\n';

const temporaryDirectories: string[] = [];

/** Creates a temporary project with the given files (paths relative to its root) and returns its path. */
export function createProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'api-errors-lint-'));
  temporaryDirectories.push(root);

  for (const [relativePath, content] of Object.entries(files)) {
    const filePath = join(root, relativePath);
    mkdirSync(dirname(filePath), { recursive: true });
    writeFileSync(filePath, content);
  }
  return root;
}

/** Removes the projects made by createProject. Call it in afterAll. */
export function removeProjects(): void {
  for (const root of temporaryDirectories.splice(0)) {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI through bin/api-errors-lint.js in a child process. */
export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [BIN_PATH, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 25_000,
  });
  if (result.error) {
    throw result.error;
  }
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The part of ESLint's JSON formatter output that the tests read. */
export interface JsonResult {
  filePath: string;
  errorCount: number;
  messages: { ruleId: string | null; severity: number; message: string; fatal?: boolean }[];
}

export function parseJsonOutput(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

// Compiles src/ to dist/: CommonJS .js files, plus the ES module entry
// dist/index.mjs (from src/index.mts) that re-exports the CommonJS plugin.
// dist/ is removed first, so files of deleted sources do not linger.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(dist, { recursive: true, force: true });

const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error(`build: tsc failed with exit code ${result.status ?? result.signal}`);
  process.exit(1);
}

for (const entry of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'cli.js']) {
  if (!existsSync(join(dist, entry))) {
    console.error(`build: dist/${entry} is missing after tsc`);
    process.exit(1);
  }
}

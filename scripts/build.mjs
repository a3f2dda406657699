// Compiles src/ to dist/. tsc checks the types and writes the declarations,
// the ES module entry dist/index.mjs (from src/index.mts) and the CLI. esbuild
// then bundles the plugin into the one CommonJS file dist/index.js, because a
// bundle starts faster (docs/performance.md, "Tenth look").
// dist/ is removed first, so files of deleted sources do not linger.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
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

await bundlePlugin();

for (const entry of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'cli.js']) {
  if (!existsSync(join(dist, entry))) {
    console.error(`build: dist/${entry} is missing after tsc`);
    process.exit(1);
  }
}

/**
 * Replaces tsc's dist/index.js with a bundle of the plugin and removes the
 * per-module files it contains. The CLI's modules stay: they load the
 * plugin through dist/index.js.
 */
async function bundlePlugin() {
  const { build } = createRequire(import.meta.url)('esbuild');
  await build({
    entryPoints: [join(root, 'src', 'index.ts')],
    outfile: join(dist, 'index.js'),
    bundle: true,
    // Dependencies and peer dependencies load from the user's node_modules.
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    legalComments: 'none',
    // A stack trace names the bundle's lines; with --enable-source-maps Node maps them back to src/.
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });

  const keptEntries = new Set(['index.js', 'index.js.map', 'index.mjs', 'cli.js', 'cli']);
  // The CLI checks --challenge with the challenge grammar, a module without imports of its own.
  const keptScripts = new Set([join(dist, 'syntax', 'www-authenticate.js')]);
  for (const entry of readdirSync(dist)) {
    const path = join(dist, entry);
    if (!keptEntries.has(entry)) {
      removeScripts(path, keptScripts);
    }
  }
}

/** Removes the .js files under a path, keeping the .d.ts declarations and the scripts in `keptScripts`. */
function removeScripts(path, keptScripts) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) {
      removeScripts(join(path, entry), keptScripts);
    }
  } else if (path.endsWith('.js') && !keptScripts.has(path)) {
    rmSync(path);
  }
}

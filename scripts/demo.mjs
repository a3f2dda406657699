// Runs api-errors-lint on examples/ and prints its report. Findings are the
// point of the demo, so exit code 1 (errors found) still exits 0 here. A usage
// error or a crash (exit code 2) fails the demo.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'api-errors-lint.js');

console.log('$ api-errors-lint examples');
const result = spawnSync(process.execPath, [bin, 'examples', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

if (result.status === 0 || result.status === 1) {
  console.log(`api-errors-lint exited with code ${result.status}.`);
  process.exit(0);
}
console.error(`demo: api-errors-lint failed with exit code ${result.status ?? result.signal}`);
process.exit(1);

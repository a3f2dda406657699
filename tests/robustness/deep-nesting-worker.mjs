// Worker thread of hostile.test.ts for the deeply nested inputs. ESLint's
// parsers are recursive and give up on 2,000 nested `if` blocks or a
// 5,000-term condition at Node's default stack size (about 1 MB), so the test
// runs this worker with a larger stack, where the plugin's own recursion is
// what is tested.
//
// workerData: { pluginPath, kind: 'nested-ifs' | 'or-chain', size }.
// Posts { ruleIds, fatal, milliseconds } or { error } (the exception's stack).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

import { createLintHarness } from '../../scripts/lint-harness.mjs';
import { nestedIfs, orChain } from './hostile-inputs.mjs';

const require = createRequire(import.meta.url);
const { pluginPath, kind, size } = workerData;
const code = kind === 'nested-ifs' ? nestedIfs(size) : orChain(size);

try {
  const harness = createLintHarness(require(pluginPath));
  const started = performance.now();
  const messages = harness.verify(code, 'server.js', 'module', 'server.js');
  parentPort.postMessage({
    ruleIds: messages.map((message) => message.ruleId),
    fatal: messages.find((message) => message.fatal)?.message,
    milliseconds: performance.now() - started,
  });
} catch (error) {
  parentPort.postMessage({ error: String(error?.stack ?? error) });
}

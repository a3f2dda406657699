// One benchmark run, started by scripts/bench.mjs in a fresh child process so
// that its peak memory belongs to this run alone. Lints the given directories
// (or files) with ESLint's Node API, with or without the plugin's rules, and
// sends per-file timings from ESLint's `stats` option, the plugin's analysis
// counters, the wall time and the peak resident set size to the parent.
//
// argv[2] is a JSON object:
//   root        the repository root, whose node_modules provide ESLint and the parser
//   dist        the built plugin to load (a snapshot of dist/)
//   withPlugin  whether to enable every rule of the plugin
//   targets     [{ directory, files? }]: lint the JavaScript and TypeScript files
//               under each directory, or only `files` (paths relative to it, in order)
//   ignores     extra global ignore patterns
//   warmIn      optional directory linted first and left out of every measure,
//               so that one-time compilation does not land on measured files
//   warmPass    whether to lint the files with response sites once more after
//               the measures, to time them with the plugin's code warm
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

const spec = JSON.parse(process.argv[2]);
const requireFromRoot = createRequire(join(spec.root, 'package.json'));
const { ESLint } = requireFromRoot('eslint');
const tsParser = requireFromRoot('@typescript-eslint/parser');

const JS_FILES = ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.jsx'];
const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const LANGUAGES = [
  ['js', JS_FILES],
  ['ts', TS_FILES],
];
const PLUGIN_PREFIX = 'api-errors/';
// The plugin object stores its analysis counters under this key (src/analysis/collect.ts).
const ANALYSIS_STATISTICS = 'eslint-plugin-api-errors.analysisStatistics';
// ESLint skips most of its traversal when no rule is enabled, so the baseline
// keeps one cheap core rule on.
const BASELINE_RULE = 'no-debugger';

// The plugin's load time counts as part of the wall time, as it does for a user.
const started = performance.now();
let statistics;
const configs = [
  { ignores: spec.ignores },
  { files: JS_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: TS_FILES, languageOptions: { parser: tsParser } },
  {
    files: [...JS_FILES, ...TS_FILES],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { [BASELINE_RULE]: 'error' },
  },
];
if (spec.withPlugin) {
  const plugin = requireFromRoot(join(spec.dist, 'index.js'));
  statistics = plugin[Symbol.for(ANALYSIS_STATISTICS)];
  statistics.enabled = true;
  statistics.reset();
  configs.push({ ...plugin.configs.all, files: [...JS_FILES, ...TS_FILES] });
}
const loadMilliseconds = performance.now() - started;

let warmInMilliseconds = 0;
if (spec.warmIn) {
  const warmInStarted = performance.now();
  const eslint = linterFor(spec.warmIn);
  await eslint.lintFiles([...JS_FILES, ...TS_FILES]);
  statistics?.reset();
  warmInMilliseconds = performance.now() - warmInStarted;
}

const files = [];
const lintMilliseconds = { js: 0, ts: 0 };
// Analysis time by directory and language, so that the parent can split it.
const analysis = [];

for (const [targetIndex, target] of spec.targets.entries()) {
  const eslint = linterFor(target.directory);

  // Named files are linted one call each, in the order given, so that a
  // warm-up file can come first.
  const batches = target.files ? target.files.map((file) => [languageOf(file), [file]]) : LANGUAGES;
  for (const [language, patterns] of batches) {
    const lintStarted = performance.now();
    const results = await eslint.lintFiles(patterns);
    lintMilliseconds[language] += performance.now() - lintStarted;

    if (statistics) {
      analysis.push({
        target: targetIndex,
        language,
        queryMillisecondsByRule: Object.fromEntries(statistics.queryMillisecondsByRule),
        filesWithSites: [...statistics.filesWithSites].map((file) => relative(target.directory, file)),
      });
      statistics.reset();
    }

    for (const result of results) {
      files.push(fileRecord(result, targetIndex, language, target.directory));
    }
  }
}

const wallMilliseconds = performance.now() - started - warmInMilliseconds;
// maxRSS is in kibibytes.
const peakRssKilobytes = process.resourceUsage().maxRSS;
// The heap that survives a full collection is the retained memory, which a
// high peak between collections does not show. gc() exists with --expose-gc.
globalThis.gc?.();
const retainedHeapBytes = process.memoryUsage().heapUsed;

// After every measure, so that it changes neither the wall time nor the peak memory.
const warmFiles = [];
if (spec.warmPass && statistics) {
  for (const [targetIndex, target] of spec.targets.entries()) {
    const siteFiles = analysis.filter((entry) => entry.target === targetIndex).flatMap((entry) => entry.filesWithSites);
    if (siteFiles.length === 0) {
      continue;
    }
    const results = await linterFor(target.directory).lintFiles(siteFiles);
    for (const result of results) {
      warmFiles.push(fileRecord(result, targetIndex, languageOf(result.filePath), target.directory));
    }
  }
}

process.send(
  { wallMilliseconds, loadMilliseconds, lintMilliseconds, peakRssKilobytes, retainedHeapBytes, files, analysis, warmFiles },
  () => process.exit(0),
);

function linterFor(directory) {
  return new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: configs,
    cache: false,
    stats: true,
    concurrency: 'off',
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  });
}

function languageOf(file) {
  return /\.(?:[cm]?ts|tsx)$/.test(file) ? 'ts' : 'js';
}

/** Reduces one lint result to its timings (ms) and counts. */
function fileRecord(result, target, language, directory) {
  const pass = result.stats?.times.passes[0];
  const pluginRules = {};
  let otherRules = 0;
  for (const [ruleId, time] of Object.entries(pass?.rules ?? {})) {
    if (ruleId.startsWith(PLUGIN_PREFIX)) {
      pluginRules[ruleId] = time.total;
    } else {
      otherRules += time.total;
    }
  }

  const reports = {};
  let fatal = false;
  for (const message of result.messages) {
    if (message.fatal) {
      fatal = true;
    } else if (message.ruleId?.startsWith(PLUGIN_PREFIX)) {
      reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
    }
  }

  return {
    path: relative(directory, result.filePath),
    target,
    language,
    total: pass?.total ?? 0,
    parse: pass?.parse.total ?? 0,
    otherRules,
    pluginRules,
    reports,
    fatal,
  };
}

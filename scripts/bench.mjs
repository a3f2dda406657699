#!/usr/bin/env node
// Lint-time benchmark: how much the plugin's rules add to an ESLint run.
//
// Usage (--help lists every option):
//   npm run bench -- [--runs N] [--ignore GLOB]... [--warm-pass] [--profile] [--json FILE] DIR...
//   npm run bench -- --scaling [--runs N] [--sizes 1000,5000,20000,100000] [--profile]
//
// Directory mode lints every JavaScript file (ESLint's default parser) and
// TypeScript file (@typescript-eslint/parser) under each DIR twice over: with
// one cheap core rule (no-debugger) and no plugin rule, and with the same plus
// every rule of the plugin. The two configurations run alternately, each run
// in a fresh child process (scripts/bench-worker.mjs), so that peak memory is
// measured per run.
//
// The verdict uses the share of time that ESLint's `stats` option attributes
// to the plugin's rules inside each run, because that share repeats from run
// to run. Wall times of separate runs vary by 10% and more on a shared
// machine, so their comparison is printed beside the verdict but not used.
//
// Scaling mode generates Express route modules of growing size in the system
// temporary directory (deleted afterwards), lints each with and without the
// plugin's rules, and prints the time the rules add per thousand lines.
//
// Needs the build: `npm run bench` builds first. The build is copied to a
// temporary directory before the first run, so that a rebuild during the
// benchmark cannot change or remove the code being measured.
import { execFileSync, fork } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { generateRouteModule } from './bench-generate.mjs';

const root = resolve(import.meta.dirname, '..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const WORKER = join(import.meta.dirname, 'bench-worker.mjs');

const TARGETS = {
  total: 0.03,
  sites: 0.08,
  ruleQuery: 0.01,
  memory: 0.05,
  scalingSpread: 0.25,
};
// Generated or vendored code, which projects do not lint. ESLint itself
// already skips node_modules and .git.
const DEFAULT_IGNORES = ['**/dist/**', '**/build/**', '**/coverage/**', '**/.next/**', '**/*.min.js'];
// Scaling mode lints a generated module of this size first in each run, so
// that the measured modules meet code that V8 has already optimised.
const WARM_UP_LINES = 10000;
// Each run lints about this many lines of every size, repeating a small
// module. Every size then gets the same amount of work, with the same mix of
// optimised code and garbage collections and the same exposure to scheduler
// delays on a shared machine.
const LINES_PER_RUN = 100000;
// Printed under every profile table.
const PROFILE_NOTE =
  'Each function is charged its self time plus the library code it calls directly or through other libraries, ' +
  'but not the plugin functions it calls. V8 inlines small functions into their callers, which then carry their time. ' +
  'Lines refer to the build.';

const GROUPS = [
  { label: 'JavaScript', language: 'js' },
  { label: 'TypeScript', language: 'ts' },
  { label: 'all', language: undefined },
];

// Temporary directories to remove on exit, also when interrupted.
const temporaryDirectories = [];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removeTemporaryDirectories();
    process.exit(130);
  });
}

const options = readOptions();
const build = snapshotBuild();
try {
  printMachine();
  if (options.scaling) {
    await runScaling();
  } else {
    await runDirectories();
  }
} finally {
  removeTemporaryDirectories();
}

function readOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      'warm-in': { type: 'string' },
      'warm-pass': { type: 'boolean', default: false },
      ignore: { type: 'string', multiple: true, default: [] },
      json: { type: 'string' },
      dist: { type: 'string', default: join(root, 'dist') },
      profile: { type: 'boolean', default: false },
      scaling: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '1000,5000,20000,100000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (!values.scaling && positionals.length === 0)) {
    console.log(
      [
        'Usage: npm run bench -- [options] DIR...',
        '       npm run bench -- --scaling [--runs N] [--sizes LIST]',
        '',
        '  --runs N       runs of each configuration, alternating (default 5)',
        '  --warmup N     untimed runs with the plugin before the first timed run, to warm the file cache (default 1)',
        '  --warm-in DIR  lint DIR unmeasured at the start of every run, so that compiling the plugin\'s and ESLint\'s',
        '                 code once per process does not land on the first measured files',
        '  --warm-pass    after the measures of each run with the plugin, lint the files with sites once more and',
        '                 print their share with the plugin\'s code warm, beside the first pass',
        `  --ignore GLOB  another ignore pattern, relative to each DIR (always ignored: ${DEFAULT_IGNORES.join(' ')})`,
        '  --json FILE    also write every run\'s raw measurements to FILE',
        '  --dist DIR     the build to measure (default: dist/ of this repository)',
        '  --profile      after the timed runs, profile one more run with the plugin and list its costliest functions',
        '                 (with --scaling: of the smallest and the largest module, per 1,000 lines)',
        '  --scaling      lint generated route modules of growing size instead of directories',
        '  --sizes LIST   line counts of the generated modules, comma-separated (default 1000,5000,20000,100000)',
      ].join('\n'),
    );
    process.exit(values.help ? 0 : 2);
  }

  const runs = positiveInteger(values.runs, '--runs');
  const warmup = Number(values.warmup);
  if (!Number.isInteger(warmup) || warmup < 0) {
    fail(`--warmup must be a whole number of runs, not "${values.warmup}"`);
  }
  const sizes = values.sizes.split(',').map((size) => positiveInteger(size.trim(), '--sizes'));
  const warmIn = values['warm-in'] === undefined ? undefined : resolve(values['warm-in']);
  if (warmIn !== undefined && (!existsSync(warmIn) || !statSync(warmIn).isDirectory())) {
    fail(`--warm-in ${values['warm-in']} is not a directory`);
  }
  const directories = positionals.map((directory) => {
    const absolute = resolve(directory);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
      fail(`${directory} is not a directory`);
    }
    return absolute;
  });
  return {
    runs,
    warmup,
    warmIn,
    warmPass: values['warm-pass'],
    sizes,
    directories,
    ignores: [...DEFAULT_IGNORES, ...values.ignore],
    json: values.json,
    dist: resolve(values.dist),
    profile: values.profile,
    scaling: values.scaling,
  };
}

function positiveInteger(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    fail(`${name} must be a positive whole number, not "${text}"`);
  }
  return value;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** Copies dist/ and package.json to a temporary directory whose node_modules links to the repository's. */
function snapshotBuild() {
  const dist = options.dist;
  if (!existsSync(join(dist, 'index.js'))) {
    fail(`${join(dist, 'index.js')} is missing: run \`npm run build\` first (\`npm run bench\` does)`);
  }

  const directory = mkdtempSync(join(tmpdir(), 'api-errors-bench-build-'));
  temporaryDirectories.push(directory);
  cpSync(dist, join(directory, 'dist'), { recursive: true });
  // dist/index.js reads ../package.json for the plugin's name and version.
  copyFileSync(join(dist, '..', 'package.json'), join(directory, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(directory, 'node_modules'), 'dir');

  const snapshotDist = join(directory, 'dist');
  let plugin;
  let statistics;
  try {
    plugin = requireFromRoot(join(snapshotDist, 'index.js'));
    statistics = plugin[Symbol.for('eslint-plugin-api-errors.analysisStatistics')];
  } catch (error) {
    removeTemporaryDirectories();
    fail(`the copy of dist/ does not load (was it being rebuilt?): ${error.message}`);
  }
  if (!statistics?.queryMillisecondsByRule || !statistics.filesWithSites) {
    removeTemporaryDirectories();
    fail('the plugin holds no analysis statistics with queryMillisecondsByRule and filesWithSites: rebuild from a current src/');
  }
  return { directory, dist: snapshotDist, ruleIds: Object.keys(plugin.configs.all.rules).sort(), version: plugin.meta.version };
}

function removeTemporaryDirectories() {
  for (const directory of temporaryDirectories.splice(0)) {
    // Unlink the build copy's node_modules first, so that removing the copy
    // cannot reach into the repository's node_modules.
    const link = join(directory, 'node_modules');
    if (existsSync(link)) {
      unlinkSync(link);
    }
    rmSync(directory, { recursive: true, force: true });
  }
}

function printMachine() {
  const eslintVersion = requireFromRoot('eslint/package.json').version;
  const parserVersion = requireFromRoot('@typescript-eslint/parser/package.json').version;
  const [load1, load5] = loadavg();
  console.log('## Machine and software\n');
  console.log(`- CPU: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
  console.log(`- Node ${process.version}; ESLint ${eslintVersion}; @typescript-eslint/parser ${parserVersion}`);
  const source = options.dist === join(root, 'dist') ? describeSource() : `built in ${options.dist}`;
  console.log(`- plugin ${build.version}, ${source}; rules: ${build.ruleIds.join(', ')}`);
  console.log(`- load average at start: ${load1.toFixed(2)} (1 min), ${load5.toFixed(2)} (5 min)`);
  if (options.warmIn !== undefined) {
    console.log(`- every run first lints ${options.warmIn} unmeasured (--warm-in)`);
  }
  console.log('');
}

/** Names the commit the build came from, and whether src/ had changes that are not committed. */
function describeSource() {
  try {
    const git = (...args) => execFileSync('git', ['--no-optional-locks', '-C', root, ...args], { encoding: 'utf8' }).trim();
    const commit = git('rev-parse', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
    return changed === 0 ? `commit ${commit}` : `commit ${commit} with ${changed} changed or new files under src/`;
  } catch {
    return 'commit unknown (not a git checkout)';
  }
}

function runWorker(spec, extraNodeOptions = []) {
  return new Promise((resolvePromise, reject) => {
    const child = fork(WORKER, [JSON.stringify(spec)], {
      execArgv: ['--expose-gc', ...extraNodeOptions],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let measurement;
    child.on('message', (message) => {
      measurement = message;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && measurement) {
        resolvePromise(measurement);
      } else {
        reject(new Error(`benchmark run failed with ${signal ? `signal ${signal}` : `exit code ${code}`}`));
      }
    });
  });
}

/** Runs both configurations `runs` times, alternating which one goes first in each pair. */
async function runAlternately(spec, runs, describe) {
  const baseline = [];
  const plugin = [];
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? [false, true] : [true, false];
    for (const withPlugin of order) {
      const measurement = await runWorker({ ...spec, withPlugin });
      (withPlugin ? plugin : baseline).push(measurement);
      const configuration = withPlugin ? 'all rules' : 'no plugin rule';
      console.error(`bench: ${describe} run ${run + 1}/${runs}, ${configuration}: ${seconds(measurement.wallMilliseconds)}`);
    }
  }
  return { baseline, plugin };
}

// Directory mode

async function runDirectories() {
  const spec = {
    root,
    dist: build.dist,
    targets: options.directories.map((directory) => ({ directory })),
    warmIn: options.warmIn,
    warmPass: options.warmPass,
    ignores: options.ignores,
  };

  for (let run = 0; run < options.warmup; run += 1) {
    const measurement = await runWorker({ ...spec, withPlugin: true });
    console.error(`bench: warm-up run ${run + 1}/${options.warmup}: ${seconds(measurement.wallMilliseconds)}`);
  }
  const { baseline, plugin } = await runAlternately(spec, options.runs, 'directories');
  const [load1, load5] = loadavg();

  if (options.json) {
    writeFileSync(options.json, JSON.stringify({ directories: options.directories, baseline, plugin }));
  }

  const sites = siteKeys(plugin);
  const shares = plugin.map((run) => measureShares(run, sites));

  printDirectories(baseline[0], sites);
  printLintTime(baseline, plugin, shares, sites);
  if (options.warmPass) {
    printWarmPass(plugin, shares);
  }
  printSitesInLintOrder(plugin, sites);
  printRuleTimes(shares);
  printMemory(baseline, plugin);
  printPerDirectory(plugin, sites);
  printCostliestFiles(plugin);
  printVerdicts(shares, baseline, plugin);
  console.log(`Load average at end: ${load1.toFixed(2)} (1 min), ${load5.toFixed(2)} (5 min).`);

  if (options.profile) {
    await printProfile(spec);
  }
}

/**
 * Runs the worker once with the plugin under V8's sampling profiler, which
 * slows it down. Returns the time of each plugin function and of the whole
 * run, in milliseconds.
 */
async function profilePluginRun(spec) {
  const directory = mkdtempSync(join(tmpdir(), 'api-errors-bench-profile-'));
  temporaryDirectories.push(directory);
  await runWorker({ ...spec, withPlugin: true }, ['--cpu-prof', '--cpu-prof-dir', directory]);
  const [name] = readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'));
  if (!name) {
    throw new Error(`the profiled run wrote no .cpuprofile file to ${directory}`);
  }
  const profile = JSON.parse(readFileSync(join(directory, name), 'utf8'));

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parents.set(child, node.id);
    }
  }
  // Each sample goes to the innermost plugin function on its stack, so that a
  // library helper's time (eslint-utils, for example) counts for its caller.
  const pluginFunctionOf = (id) => {
    for (let current = id; current !== undefined; current = parents.get(current)) {
      const { callFrame } = nodes.get(current);
      if (callFrame.url.includes(build.dist)) {
        const file = callFrame.url.slice(callFrame.url.indexOf(build.dist) + build.dist.length + 1);
        return `${callFrame.functionName || '(anonymous)'} (${file}:${callFrame.lineNumber + 1})`;
      }
    }
    return undefined;
  };
  const millisecondsByFunction = new Map();
  let totalMilliseconds = 0;
  for (const [index, id] of profile.samples.entries()) {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    totalMilliseconds += delta;
    const key = pluginFunctionOf(id);
    if (key !== undefined) {
      millisecondsByFunction.set(key, (millisecondsByFunction.get(key) ?? 0) + delta);
    }
  }
  return { millisecondsByFunction, totalMilliseconds, pluginMilliseconds: sum(millisecondsByFunction.values()) };
}

async function printProfile(spec) {
  const { millisecondsByFunction, totalMilliseconds, pluginMilliseconds } = await profilePluginRun(spec);
  console.log('\n## Profile of one more run with the plugin\n');
  console.log(`The plugin's functions take ${percent(pluginMilliseconds / totalMilliseconds)} of the profiled run's samples. ${PROFILE_NOTE}\n`);
  console.log('| function (build file:line) | time | share of the plugin\'s time |');
  console.log('| --- | ---: | ---: |');
  const ranked = [...millisecondsByFunction].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [key, time] of ranked) {
    console.log(`| ${key} | ${milliseconds(time)} | ${percent(time / pluginMilliseconds)} |`);
  }
  console.log('');
}

function fileKey(file) {
  return `${file.target}\0${file.path}`;
}

/** Returns the keys of the files with at least one response site, which every plugin run must agree on. */
function siteKeys(pluginRuns) {
  const keysOf = (run) =>
    new Set(run.analysis.flatMap((entry) => entry.filesWithSites.map((path) => `${entry.target}\0${path}`)));
  const keys = keysOf(pluginRuns[0]);
  for (const run of pluginRuns.slice(1)) {
    const other = keysOf(run);
    if (other.size !== keys.size || [...other].some((key) => !keys.has(key))) {
      console.error('bench: the runs found response sites in different files, so the tables use the first run\'s files');
    }
  }
  return keys;
}

function inGroup(file, group) {
  return group.language === undefined || file.language === group.language;
}

function pluginMilliseconds(file) {
  return sum(Object.values(file.pluginRules));
}

/**
 * Splits one run with the plugin's rules into the time of everything else
 * (the baseline, estimated inside the same run) and the time of the rules,
 * per group, per rule and for the shared analysis.
 */
function measureShares(run, sites) {
  const result = {};
  for (const group of GROUPS) {
    const files = run.files.filter((file) => inGroup(file, group));
    const siteFiles = files.filter((file) => sites.has(fileKey(file)));
    const added = sum(files.map(pluginMilliseconds));
    const baseline = sum(files.map((file) => file.total)) - added;
    const siteAdded = sum(siteFiles.map(pluginMilliseconds));
    const siteBaseline = sum(siteFiles.map((file) => file.total)) - siteAdded;

    // A rule's own query is timed inside the plugin. The rest of its `stats` time is the shared analysis.
    const entries = run.analysis.filter((entry) => group.language === undefined || entry.language === group.language);
    const rules = {};
    for (const ruleId of build.ruleIds) {
      const milliseconds = sum(files.map((file) => file.pluginRules[ruleId] ?? 0));
      const own = sum(entries.map((entry) => entry.queryMillisecondsByRule[ruleId] ?? 0));
      rules[ruleId] = { milliseconds, model: milliseconds - own, own, ownShare: own / baseline };
    }
    const analysis = sum(build.ruleIds.map((ruleId) => rules[ruleId].model));

    result[group.label] = {
      files: files.length,
      siteFiles: siteFiles.length,
      baseline,
      added,
      share: added / baseline,
      siteShare: siteFiles.length > 0 ? siteAdded / siteBaseline : undefined,
      analysis,
      analysisShare: analysis / baseline,
      rules,
    };
  }
  return result;
}

function printDirectories(run, sites) {
  console.log('## Directories\n');
  console.log('| directory | JavaScript files | TypeScript files | files with response sites | files that do not parse |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [index, directory] of options.directories.entries()) {
    const files = run.files.filter((file) => file.target === index);
    const count = (predicate) => files.filter(predicate).length;
    console.log(
      `| ${directory} | ${count((file) => file.language === 'js')} | ${count((file) => file.language === 'ts')} | ` +
        `${count((file) => sites.has(fileKey(file)))} | ${count((file) => file.fatal)} |`,
    );
  }
  console.log('');
}

function printLintTime(baseline, plugin, shares, sites) {
  console.log(`## Lint time (${options.runs} runs of each configuration, medians)\n`);
  console.log(
    'Inside each run with the plugin, ESLint\'s `stats` times split every file\'s lint time into the plugin\'s rules and everything else. ' +
      '"Added" is the rules\' time divided by the time of everything else.\n',
  );
  console.log('| files | count | with sites | added, all files (min–max) | added, files with sites (min–max) | shared analysis |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const group of GROUPS) {
    const values = shares.map((share) => share[group.label]);
    const first = values[0];
    if (first.files === 0) {
      continue;
    }
    const siteValues = values.map((value) => value.siteShare).filter((value) => value !== undefined);
    console.log(
      `| ${group.label} | ${first.files} | ${first.siteFiles} | ${percentRange(values.map((value) => value.share))} | ` +
        `${siteValues.length > 0 ? percentRange(siteValues) : 'n/a'} | ${percent(median(values.map((value) => value.analysisShare)))} |`,
    );
  }
  console.log('');

  console.log(
    'Between runs: medians of separate runs, which also carry the machine\'s run-to-run variation. ' +
      'Wall time also covers loading the plugin and ESLint\'s file search and reading. The `stats` total covers parsing, traversal and rules.\n',
  );
  console.log('| files | wall, no plugin rule | wall, all rules | wall ratio | stats total ratio, all files | stats total ratio, files with sites |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const group of GROUPS) {
    if (plugin[0].files.every((file) => !inGroup(file, group))) {
      continue;
    }
    const wall = (run) => (group.language === undefined ? run.wallMilliseconds : run.lintMilliseconds[group.language]);
    const statsTotal = (run, predicate) =>
      sum(run.files.filter((file) => inGroup(file, group) && predicate(file)).map((file) => file.total));
    const ratio = (measure) => median(plugin.map(measure)) / median(baseline.map(measure));
    const everyFile = () => true;
    const siteFile = (file) => sites.has(fileKey(file));
    const hasSites = plugin[0].files.some((file) => inGroup(file, group) && siteFile(file));
    console.log(
      `| ${group.label} | ${seconds(median(baseline.map(wall)))} | ${seconds(median(plugin.map(wall)))} | ${ratioText(ratio(wall))} | ` +
        `${ratioText(ratio((run) => statsTotal(run, everyFile)))} | ${hasSites ? ratioText(ratio((run) => statsTotal(run, siteFile))) : 'n/a'} |`,
    );
  }
  console.log('');
}

/**
 * Compares the share over the files with sites in the measured pass with the
 * same files linted once more in the same process, when the plugin's code is
 * compiled and optimised. The difference is the cost of first use. For
 * diagnosis: the verdict uses the measured pass.
 */
function printWarmPass(plugin, shares) {
  const warmShares = plugin.map((run) => {
    const added = sum(run.warmFiles.map(pluginMilliseconds));
    return added / (sum(run.warmFiles.map((file) => file.total)) - added);
  });
  const firstShares = shares.map((share) => share.all.siteShare);
  console.log('## Files with sites, linted again\n');
  console.log(
    'After its measures, each run with the plugin linted the files with sites once more, with the plugin\'s code compiled and optimised. ' +
      'The difference from the measured pass is the cost of first use. For diagnosis: the verdict uses the measured pass.\n',
  );
  console.log('| pass | added, files with sites (min–max) |');
  console.log('| --- | ---: |');
  console.log(`| measured | ${percentRange(firstShares)} |`);
  console.log(`| again, in the same process | ${percentRange(warmShares)} |`);
  console.log('');
}

/**
 * Splits the files with sites into tenths in the order ESLint linted them.
 * The first files pay for the analysis code that runs for the first time in
 * the process, so the later tenths show what the rules cost once V8 has
 * compiled and warmed that code. For diagnosis only: the verdict uses all files.
 */
function printSitesInLintOrder(plugin, sites) {
  const tenths = 10;
  const sharesByTenth = Array.from({ length: tenths }, () => []);
  for (const run of plugin) {
    const siteFiles = run.files.filter((file) => sites.has(fileKey(file)));
    if (siteFiles.length < tenths) {
      return;
    }
    for (let tenth = 0; tenth < tenths; tenth += 1) {
      const files = siteFiles.slice(Math.floor((tenth * siteFiles.length) / tenths), Math.floor(((tenth + 1) * siteFiles.length) / tenths));
      const added = sum(files.map(pluginMilliseconds));
      sharesByTenth[tenth].push(added / (sum(files.map((file) => file.total)) - added));
    }
  }

  console.log('## Files with sites in lint order\n');
  console.log(
    'The files with sites in tenths, in the order ESLint linted them, and the share the rules added to each tenth (median of the runs). ' +
      'The first files run the analysis code for the first time in the process. For diagnosis: the verdict uses all files.\n',
  );
  console.log(`| tenth | ${sharesByTenth.map((_, tenth) => tenth + 1).join(' | ')} |`);
  console.log(`| --- | ${sharesByTenth.map(() => '---:').join(' | ')} |`);
  console.log(`| added | ${sharesByTenth.map((values) => percent(median(values), 1)).join(' | ')} |`);
  console.log('');
}

function printRuleTimes(shares) {
  console.log('## Rule times (medians over the runs with the plugin)\n');
  console.log(
    'A rule\'s time is its `stats` time. "Own query" is the time of its query over the model, timed inside the plugin without the verdicts it asks for, ' +
      'as a share of the lint time without plugin rules. The rest is the shared analysis: each rule\'s `create` and the pre-check on every file, ' +
      'and in the first rule to ask, gathering the nodes and building the model. A path verdict counts in the rule that asks for it first.\n',
  );
  console.log('| rule | rule time | shared analysis in it | own query | own query, JavaScript | own query, TypeScript | own query, all files |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const medianOf = (group, ruleId, field) => median(shares.map((share) => share[group].rules[ruleId][field]));
  const groupShare = (group, ruleId) =>
    shares[0][group].files === 0 ? 'n/a' : percent(medianOf(group, ruleId, 'ownShare'));
  for (const ruleId of build.ruleIds) {
    console.log(
      `| ${ruleId} | ${milliseconds(medianOf('all', ruleId, 'milliseconds'))} | ${milliseconds(medianOf('all', ruleId, 'model'))} | ` +
        `${milliseconds(medianOf('all', ruleId, 'own'))} | ${groupShare('JavaScript', ruleId)} | ${groupShare('TypeScript', ruleId)} | ${groupShare('all', ruleId)} |`,
    );
  }
  const analysis = (group) => (shares[0][group].files === 0 ? 'n/a' : percent(median(shares.map((share) => share[group].analysisShare))));
  console.log(
    `| shared analysis (all rules) | | ${milliseconds(median(shares.map((share) => share.all.analysis)))} | | ${analysis('JavaScript')} | ${analysis('TypeScript')} | ${analysis('all')} |`,
  );
  console.log(`| lint time without plugin rules | ${milliseconds(median(shares.map((share) => share.all.baseline)))} | | | | | |`);
  console.log('');
}

function printMemory(baseline, plugin) {
  const peak = (runs) => median(runs.map((run) => run.peakRssKilobytes)) * 1024;
  const retained = (runs) => median(runs.map((run) => run.retainedHeapBytes));
  console.log('## Memory (medians)\n');
  console.log('| measure | no plugin rule | all rules | growth |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| peak resident set (maxRSS) | ${mebibytes(peak(baseline))} | ${mebibytes(peak(plugin))} | ${signedPercent(peak(plugin) / peak(baseline) - 1)} |`);
  console.log(
    `| heap after a full collection at the end | ${mebibytes(retained(baseline))} | ${mebibytes(retained(plugin))} | ${signedPercent(retained(plugin) / retained(baseline) - 1)} |`,
  );
  console.log('');
  console.log(`Peak resident set of each run, no plugin rule: ${baseline.map((run) => mebibytes(run.peakRssKilobytes * 1024)).join(', ')}`);
  console.log(`Peak resident set of each run, all rules: ${plugin.map((run) => mebibytes(run.peakRssKilobytes * 1024)).join(', ')}`);
  console.log('');
}

function printPerDirectory(plugin, sites) {
  console.log('## Per directory (medians over the runs with the plugin)\n');
  console.log('| directory | files | with sites | added, all files | added, files with sites | shared analysis | reports |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [index, directory] of options.directories.entries()) {
    const measure = (run) => {
      const files = run.files.filter((file) => file.target === index);
      const siteFiles = files.filter((file) => sites.has(fileKey(file)));
      const added = sum(files.map(pluginMilliseconds));
      const siteAdded = sum(siteFiles.map(pluginMilliseconds));
      const queries = sum(
        run.analysis.filter((entry) => entry.target === index).map((entry) => sum(Object.values(entry.queryMillisecondsByRule))),
      );
      const analysis = added - queries;
      return {
        files: files.length,
        siteFiles: siteFiles.length,
        share: added / (sum(files.map((file) => file.total)) - added),
        siteShare: siteFiles.length > 0 ? siteAdded / (sum(siteFiles.map((file) => file.total)) - siteAdded) : undefined,
        analysis,
        reports: sum(files.map((file) => sum(Object.values(file.reports)))),
      };
    };
    const values = plugin.map(measure);
    const first = values[0];
    console.log(
      `| ${directory} | ${first.files} | ${first.siteFiles} | ${percent(median(values.map((value) => value.share)))} | ` +
        `${first.siteFiles > 0 ? percent(median(values.map((value) => value.siteShare))) : 'n/a'} | ` +
        `${milliseconds(median(values.map((value) => value.analysis)))} | ${first.reports} |`,
    );
  }
  console.log('');

  const reports = {};
  for (const file of plugin[0].files) {
    for (const [ruleId, count] of Object.entries(file.reports)) {
      reports[ruleId] = (reports[ruleId] ?? 0) + count;
    }
  }
  const reportList = build.ruleIds.map((ruleId) => `${ruleId} ${reports[ruleId] ?? 0}`).join(', ');
  console.log(`Reports by rule (first run with the plugin): ${reportList}.\n`);
}

function printCostliestFiles(plugin) {
  const byFile = new Map();
  for (const run of plugin) {
    for (const file of run.files) {
      const entry = byFile.get(fileKey(file)) ?? { file, added: [], total: [] };
      entry.added.push(pluginMilliseconds(file));
      entry.total.push(file.total);
      byFile.set(fileKey(file), entry);
    }
  }
  const ranked = [...byFile.values()]
    .map(({ file, added, total }) => ({ file, added: median(added), total: median(total) }))
    .sort((a, b) => b.added - a.added)
    .slice(0, 5);
  console.log('## Files where the plugin\'s rules take longest (medians)\n');
  console.log('| file | plugin rules | whole file | share of the file |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const { file, added, total } of ranked) {
    console.log(`| ${join(options.directories[file.target], file.path)} | ${milliseconds(added)} | ${milliseconds(total)} | ${percent(added / total)} |`);
  }
  console.log('');
}

function printVerdicts(shares, baseline, plugin) {
  const groupValue = (label, pick) => {
    if (shares[0][label].files === 0) {
      return undefined;
    }
    const values = shares.map((share) => pick(share[label])).filter((value) => value !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  const costliestRule = (group) => {
    let costliest;
    for (const ruleId of build.ruleIds) {
      const value = groupValue(group, (share) => share.rules[ruleId].ownShare);
      if (value !== undefined && (costliest === undefined || value > costliest.value)) {
        costliest = { ruleId, value };
      }
    }
    return costliest;
  };

  const rows = [
    { target: 'all rules, all files', limit: TARGETS.total, values: GROUPS.map((group) => groupValue(group.label, (share) => share.share)) },
    {
      target: 'all rules, files with response sites',
      limit: TARGETS.sites,
      values: GROUPS.map((group) => groupValue(group.label, (share) => share.siteShare)),
    },
    {
      target: 'costliest rule\'s own query',
      limit: TARGETS.ruleQuery,
      values: GROUPS.map((group) => costliestRule(group.label)?.value),
      notes: GROUPS.map((group) => costliestRule(group.label)?.ruleId),
    },
  ];
  const peak = (runs) => median(runs.map((run) => run.peakRssKilobytes));
  const memoryGrowth = peak(plugin) / peak(baseline) - 1;

  console.log('## Verdicts\n');
  console.log('| target | limit | JavaScript | TypeScript | all | verdict |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  let passed = true;
  for (const row of rows) {
    const measured = row.values.filter((value) => value !== undefined);
    const pass = measured.every((value) => value <= row.limit);
    passed &&= pass;
    const cells = row.values.map((value, index) =>
      value === undefined ? 'n/a' : `${percent(value)}${row.notes?.[index] ? ` (${row.notes[index]})` : ''}`,
    );
    console.log(`| ${row.target} | ≤ ${percent(row.limit, 0)} | ${cells.join(' | ')} | ${pass ? 'PASS' : 'FAIL'} |`);
  }
  const memoryPass = memoryGrowth <= TARGETS.memory;
  passed &&= memoryPass;
  console.log(`| peak memory growth | ≤ ${percent(TARGETS.memory, 0)} | | | ${signedPercent(memoryGrowth)} | ${memoryPass ? 'PASS' : 'FAIL'} |`);
  console.log('');
  console.log(`Overall: ${passed ? 'PASS' : 'FAIL'}`);
  console.log('');
}

// Scaling mode

async function runScaling() {
  const directory = mkdtempSync(join(tmpdir(), 'api-errors-bench-scaling-'));
  temporaryDirectories.push(directory);

  const rows = [];
  for (const language of ['js', 'ts']) {
    const warmUp = `warm-up.${language}`;
    writeFileSync(join(directory, warmUp), generateRouteModule({ language, lines: WARM_UP_LINES }).text);
    for (const size of options.sizes) {
      const name = `routes-${size}.${language}`;
      const { text, lines } = generateRouteModule({ language, lines: size });
      writeFileSync(join(directory, name), text);

      const repeats = Math.max(1, Math.round(LINES_PER_RUN / lines));
      const files = [warmUp, ...Array.from({ length: repeats }, () => name)];
      const spec = { root, dist: build.dist, targets: [{ directory, files }], ignores: [] };
      const { baseline, plugin } = await runAlternately(spec, options.runs, name);
      rows.push({ ...scalingRow(name, lines, baseline, plugin), language, repeats, measuredFiles: files.slice(1) });
    }
  }
  printScaling(rows);

  if (options.profile) {
    for (const language of ['js', 'ts']) {
      const languageRows = rows.filter((row) => row.language === language);
      await printScalingProfile(directory, languageRows[0], languageRows.at(-1));
    }
  }
}

/**
 * Profiles the smallest and the largest module (without the warm-up module)
 * and lists the plugin's functions by time per 1,000 lines at both sizes, so
 * that a function whose cost grows faster than the file shows up.
 */
async function printScalingProfile(directory, smallest, largest) {
  const perThousandLines = async (row) => {
    const { millisecondsByFunction } = await profilePluginRun({
      root,
      dist: build.dist,
      targets: [{ directory, files: row.measuredFiles }],
      ignores: [],
    });
    const thousands = (row.lines * row.repeats) / 1000;
    return new Map([...millisecondsByFunction].map(([key, time]) => [key, time / thousands]));
  };
  const small = await perThousandLines(smallest);
  const large = await perThousandLines(largest);

  const language = smallest.language === 'ts' ? 'TypeScript' : 'JavaScript';
  const smallLines = smallest.lines.toLocaleString('en-US');
  const largeLines = largest.lines.toLocaleString('en-US');
  console.log(`\n## Profile per 1,000 lines, ${language}, ${smallLines} and ${largeLines} lines\n`);
  console.log(`One more run with the plugin of each size, under V8's sampling profiler. ${PROFILE_NOTE}\n`);
  console.log(`| function (build file:line) | ${smallLines} lines | ${largeLines} lines | growth |`);
  console.log('| --- | ---: | ---: | ---: |');
  const ranked = [...large].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [key, time] of ranked) {
    const before = small.get(key) ?? 0;
    console.log(`| ${key} | ${milliseconds(before)} | ${milliseconds(time)} | ${before > 0 ? `${(time / before).toFixed(1)}×` : 'n/a'} |`);
  }
  console.log(`| all plugin functions | ${milliseconds(sum(small.values()))} | ${milliseconds(sum(large.values()))} | ${(sum(large.values()) / sum(small.values())).toFixed(1)}× |`);
}

function scalingRow(name, lines, baseline, plugin) {
  const recordsOf = (run) => run.files.filter((file) => file.path === name);
  if ([...baseline, ...plugin].some((run) => recordsOf(run).some((file) => file.fatal))) {
    throw new Error(`the generated ${name} does not parse: fix scripts/bench-generate.mjs`);
  }
  // The mean over the repeats inside each run, then the median over the runs.
  const measure = (runs, pick) => median(runs.map((run) => sum(recordsOf(run).map(pick)) / recordsOf(run).length));
  const thousands = lines / 1000;
  const added = measure(plugin, pluginMilliseconds);
  const withoutRules = measure(plugin, (file) => file.total - pluginMilliseconds(file));
  const baselineTotal = measure(baseline, (file) => file.total);
  const pluginTotal = measure(plugin, (file) => file.total);
  return {
    lines,
    baselinePerThousand: baselineTotal / thousands,
    addedPerThousand: added / thousands,
    share: added / withoutRules,
    betweenRunsPerThousand: (pluginTotal - baselineTotal) / thousands,
    reports: sum(Object.values(recordsOf(plugin[0])[0].reports)),
    hasSites: plugin.every((run) => run.analysis.some((entry) => entry.filesWithSites.includes(name))),
    peakGrowth: median(plugin.map((run) => run.peakRssKilobytes)) / median(baseline.map((run) => run.peakRssKilobytes)) - 1,
  };
}

function printScaling(rows) {
  console.log(`## Scaling (generated Express route modules, ${options.runs} runs of each configuration, medians)\n`);
  console.log(
    '"Added" is the plugin\'s rule time from `stats` inside the runs with the plugin, averaged over the lints of a run. ' +
      '"Between runs" is the difference of the `stats` totals of separate runs.\n',
  );
  console.log(
    '| language | lines | lints per run | lint without plugin rules, per 1,000 lines | added per 1,000 lines | added share | added per 1,000 lines, between runs | reports | peak memory growth |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.language === 'ts' ? 'TypeScript' : 'JavaScript'} | ${row.lines.toLocaleString('en-US')} | ${row.repeats} | ${milliseconds(row.baselinePerThousand)} | ` +
        `${milliseconds(row.addedPerThousand)} | ${percent(row.share)} | ${milliseconds(row.betweenRunsPerThousand)} | ${row.reports}${row.hasSites ? '' : ' (no site found)'} | ${signedPercent(row.peakGrowth)} |`,
    );
  }
  console.log('');

  console.log('## Verdict\n');
  let passed = true;
  for (const language of ['js', 'ts']) {
    const perThousand = rows.filter((row) => row.language === language).map((row) => row.addedPerThousand);
    const spread = Math.max(...perThousand) / Math.min(...perThousand) - 1;
    const pass = spread <= TARGETS.scalingSpread;
    passed &&= pass;
    console.log(
      `- ${language === 'ts' ? 'TypeScript' : 'JavaScript'}: added time per 1,000 lines varies by ${percent(spread)} between the fastest and slowest size ` +
        `(limit ${percent(TARGETS.scalingSpread, 0)}): ${pass ? 'PASS' : 'FAIL'}`,
    );
  }
  console.log(`\nOverall: ${passed ? 'PASS' : 'FAIL'}`);
}

// Helpers

function sum(values) {
  let total = 0;
  for (const value of values) {
    total += value;
  }
  return total;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percent(value, digits = 2) {
  return `${(value * 100).toFixed(digits)}%`;
}

function signedPercent(value) {
  return `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
}

function percentRange(values) {
  return `${percent(median(values))} (${percent(Math.min(...values))}–${percent(Math.max(...values))})`;
}

function ratioText(value) {
  return `${value.toFixed(3)}`;
}

function seconds(value) {
  return `${(value / 1000).toFixed(1)} s`;
}

function milliseconds(value) {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function mebibytes(bytes) {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

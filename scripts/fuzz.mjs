#!/usr/bin/env node
// Fuzz run: mutates the handler fixtures of the tests and examples (see
// fuzz-run.mjs) and lints every mutant with every rule on and every option
// that widens checking. fuzz-check.mjs lists what makes a mutant fail: a rule
// exception, or a fix that breaks the code. Then it lints random programs
// from eslump and fails on rule exceptions only.
//
// Usage: node scripts/fuzz.mjs [--seed S] [--count N] [--programs M] [--plugin PATH]
//        node scripts/fuzz.mjs --seed S --replay I
//        node scripts/fuzz.mjs --seed S --replay-program I
//        node scripts/fuzz.mjs --check FILE
//   --seed S            the run's seed, a whole number (default: a random one, printed)
//   --count N           number of mutants (default 1000)
//   --programs M        number of random programs (default: N / 4)
//   --first K           index of the first mutant and program (default 0), to split a long run
//   --replay I          rebuild mutant I of seed S, print it, its mutations and its failures
//   --replay-program I  the same for random program I
//   --check FILE        lint a saved failing input again with every check; the
//                       .json file beside it gives the file name and sourceType
//   --skip-mutations A,B  mutations that mutants do not use (names as in the report)
//   --plugin PATH       the plugin's CommonJS entry (default dist/index.js, so build first)
// Failing inputs are written to <os.tmpdir()>/api-errors-fuzz/. A replay
// needs the same fixtures (tests and examples unchanged since the run);
// --check needs only the saved file.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { FAILURE_DIRECTORY, createFuzzer } from './fuzz-run.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const options = parseArguments(process.argv.slice(2));
const plugin = require(options.plugin);
const fuzzer = createFuzzer({ plugin, root, skipMutations: options.skipMutations });

if (options.check !== undefined) {
  process.exit(checkFile(options.check));
}
if (options.replay !== undefined) {
  process.exit(replayMutant(options.replay));
}
if (options.replayProgram !== undefined) {
  process.exit(replayProgram(options.replayProgram));
}

console.log(`Fuzz run, seed ${options.seed}: ${options.count} mutants of ${fuzzer.fixtures.length} fixtures${options.skipMutations.length > 0 ? ` without ${options.skipMutations.join(', ')}` : ''}, then ${options.programs} random programs (plugin ${relative(root, options.plugin) || options.plugin})`);
const started = performance.now();
const progress = (unit) => (done) => console.error(`  ${done} ${unit} done, ${((performance.now() - started) / 1000).toFixed(0)} s`);
const mutants = fuzzer.runMutants({ seed: options.seed, count: options.count, first: options.first, onProgress: progress('mutants') });
const mutantSeconds = (performance.now() - started) / 1000;
const programs = fuzzer.runPrograms({ seed: options.seed, count: options.programs, first: options.first, onProgress: progress('programs') });
const totalSeconds = (performance.now() - started) / 1000;

printReport();
process.exit(mutants.failures.length + programs.failures.length > 0 ? 1 : 0);

function printReport() {
  const rows = [
    ['mutants tried', mutants.mutants],
    ['mutants with at least one mutation', mutants.mutated],
    ['mutants analysed (parsed, rules ran)', mutants.analysed],
    ['fixtures that do not parse', mutants.unparsableFixtures],
    ['mutation outputs tried', mutants.stepsTried],
    ['mutation outputs that parsed', mutants.stepsParsed],
  ];
  for (const [rule, count] of Object.entries(mutants.findings).sort()) {
    rows.push([`findings: ${rule}`, count]);
  }
  rows.push(['mutant failures', mutants.failures.length]);
  const byKind = {};
  for (const failure of mutants.failures) {
    byKind[failure.kind] = (byKind[failure.kind] ?? 0) + 1;
  }
  for (const [kind, count] of Object.entries(byKind).sort()) {
    rows.push([`  ${kind}`, count]);
  }
  rows.push(['mutant time (s)', mutantSeconds.toFixed(1)]);
  rows.push(['random programs', programs.programs]);
  for (const [variant, count] of Object.entries(programs.byVariant).sort()) {
    rows.push([`  variant ${variant}`, count]);
  }
  rows.push(['  variant did not parse, linted plain', programs.fellBack], ['programs that do not parse', programs.unparsable], ['programs analysed', programs.analysed]);
  for (const [rule, count] of Object.entries(programs.findings).sort()) {
    rows.push([`findings: ${rule}`, count]);
  }
  rows.push(['program failures (rule exceptions)', programs.failures.length], ['total time (s)', totalSeconds.toFixed(1)]);

  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) {
    console.log(`${label.padEnd(width)}  ${value}`);
  }
  console.log('Mutations (outputs that parsed / tried):');
  for (const [name, row] of Object.entries(mutants.byMutation).sort()) {
    console.log(`  ${name.padEnd(18)} ${row.parsed} / ${row.tried}`);
  }

  for (const failure of mutants.failures.slice(0, 100)) {
    console.log(`FAIL ${failure.kind}: ${failure.detail}`);
    console.log(`  mutant ${failure.index} of seed ${failure.seed}, from ${failure.origin}; source in ${failure.path}`);
    console.log(`  replay: node scripts/fuzz.mjs --seed ${failure.seed}${skipOption()} --replay ${failure.index}, or --check ${failure.path}`);
  }
  for (const failure of programs.failures.slice(0, 100)) {
    console.log(`FAIL ${failure.kind}: ${failure.detail}`);
    console.log(`  random program ${failure.index} (${failure.variant}) of seed ${failure.seed}; source in ${failure.path}`);
    console.log(`  replay: node scripts/fuzz.mjs --seed ${failure.seed} --replay-program ${failure.index}, or --check ${failure.path}`);
  }
  const hidden = Math.max(0, mutants.failures.length - 100) + Math.max(0, programs.failures.length - 100);
  if (hidden > 0) {
    console.log(`(${hidden} more failures not listed; their sources are in ${FAILURE_DIRECTORY})`);
  }
}

function skipOption() {
  return options.skipMutations.length > 0 ? ` --skip-mutations ${options.skipMutations.join(',')}` : '';
}

function replayMutant(index) {
  const mutant = fuzzer.buildMutant(options.seed, index);
  console.log(`Mutant ${index} of seed ${options.seed}, from ${mutant.fixture.origin} (${mutant.fixture.file}, rules see ${mutant.fixture.filename}, sourceType ${mutant.sourceType})`);
  if (mutant.code === undefined) {
    console.log('The fixture does not parse, so no mutant was built.');
    return 0;
  }
  console.log('Mutations:');
  for (const step of mutant.steps) {
    console.log(`  ${step}`);
  }
  console.log(`----- source -----\n${mutant.code}\n------------------`);
  return printOutcome(fuzzer.checkSource(mutant.code, mutant.fixture.file, mutant.sourceType, mutant.fixture.filename));
}

function replayProgram(index) {
  const program = fuzzer.generateProgram(options.seed, index);
  console.log(`Random program ${index} of seed ${options.seed} (variant ${program.variant}, sourceType ${program.sourceType})`);
  console.log(`----- source -----\n${program.code}\n------------------`);
  return printOutcome(fuzzer.checkSource(program.code, program.file, program.sourceType, program.filename, { crashesOnly: true }));
}

function checkFile(path) {
  const code = readFileSync(path, 'utf8');
  const recordPath = path.replace(/\.[^./]+$/, '.json');
  const record = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, 'utf8')) : {};
  const file = record.file ?? basename(path);
  const filename = record.filename ?? file;
  const sourceType = record.sourceType ?? 'module';
  console.log(`${path}: linted as ${filename}, sourceType ${sourceType}${record.origin ? `, mutant of ${record.origin}` : ''}`);
  for (const step of record.steps ?? []) {
    console.log(`  ${step}`);
  }
  return printOutcome(fuzzer.checkSource(code, file, sourceType, filename, { crashesOnly: record.variant !== undefined }));
}

function printOutcome(outcome) {
  console.log(`analysed: ${outcome.analysed}; findings: ${JSON.stringify(outcome.findings)}`);
  for (const failure of outcome.failures) {
    console.log(`FAIL ${failure.kind}: ${failure.detail}`);
    if (failure.output !== undefined) {
      console.log(`----- output -----\n${failure.output}\n------------------`);
    }
  }
  return outcome.failures.length > 0 ? 1 : 0;
}

function parseArguments(argv) {
  const parsed = { seed: undefined, count: 1000, programs: undefined, first: 0, replay: undefined, replayProgram: undefined, skipMutations: [], check: undefined, plugin: join(root, 'dist/index.js') };
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    const number = () => {
      const next = argv[i + 1];
      if (next === undefined || !/^\d+$/.test(next)) {
        console.error(`fuzz: ${argument} needs a whole number, got ${next ?? 'nothing'}.`);
        process.exit(2);
      }
      i += 1;
      return Number(next);
    };
    if (argument === '--seed') {
      parsed.seed = number();
    } else if (argument === '--count') {
      parsed.count = number();
    } else if (argument === '--programs') {
      parsed.programs = number();
    } else if (argument === '--first') {
      parsed.first = number();
    } else if (argument === '--replay') {
      parsed.replay = number();
    } else if (argument === '--replay-program') {
      parsed.replayProgram = number();
    } else if (argument === '--check') {
      if (argv[i + 1] === undefined) {
        console.error('fuzz: --check needs the path of a saved input, such as /tmp/api-errors-fuzz/seed-1-mutant-42.ts.');
        process.exit(2);
      }
      i += 1;
      parsed.check = resolve(argv[i]);
    } else if (argument === '--skip-mutations') {
      if (argv[i + 1] === undefined) {
        console.error('fuzz: --skip-mutations needs a comma-separated list of mutation names, such as parenthesize,as-any.');
        process.exit(2);
      }
      i += 1;
      parsed.skipMutations = argv[i].split(',').filter((name) => name.length > 0);
    } else if (argument === '--plugin') {
      if (argv[i + 1] === undefined) {
        console.error('fuzz: --plugin needs a path to the plugin\'s CommonJS entry, such as dist/index.js.');
        process.exit(2);
      }
      i += 1;
      parsed.plugin = resolve(argv[i]);
    } else {
      console.error(`fuzz: unknown option ${argument}. Options: --seed S, --count N, --programs M, --first K, --replay I, --replay-program I, --check FILE, --skip-mutations A,B, --plugin PATH.`);
      process.exit(2);
    }
  }
  if (parsed.seed === undefined && parsed.check === undefined) {
    if (parsed.replay !== undefined || parsed.replayProgram !== undefined) {
      console.error('fuzz: a replay needs the --seed of the run that failed.');
      process.exit(2);
    }
    parsed.seed = Math.floor(Math.random() * 0x100000000);
  }
  parsed.programs ??= Math.round(parsed.count / 4);
  return parsed;
}

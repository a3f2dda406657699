#!/usr/bin/env node
// Corpus run: lints every JavaScript and TypeScript file under the installed
// node_modules (and examples/) with every rule on and every option that
// widens checking, applies all fixes and every suggestion, and fails on a
// rule exception, an output that does not parse, fixes that do not settle
// within ESLint's ten passes, or a fix that a second run changes again.
//
// Usage: node scripts/corpus.mjs [--every N] [--offset K] [--max-bytes B] [DIR...]
//   --every N    lint one file in N (sorted by path), for a bounded slice
//   --offset K   which file of each N to take (default 0)
//   --max-bytes  skip files larger than B bytes (default 1500000); they are counted
// Needs the build (npm run build).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { TYPESCRIPT, createLintHarness, extensionOf } from './lint-harness.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const plugin = require(join(root, 'dist/index.js'));

const options = parseArguments(process.argv.slice(2));
const EXTENSIONS = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

// The config lists every extension: a bare `**/*` pattern matches no .ts,
// .tsx or .jsx file in ESLint's flat config, so those would go unlinted.
const { verify, unparsableSuggestions, fixAll, fixAgain } = createLintHarness(plugin);

const directories = options.directories.length > 0 ? options.directories : [join(root, 'node_modules'), join(root, 'examples')];
const files = directories.flatMap((directory) => listFiles(directory)).sort();
const selected = files.filter((_, index) => index % options.every === options.offset);

const totals = { files: selected.length, analysed: 0, skippedLarge: 0, unparsable: 0, crashes: [], badOutputs: [], unsettled: [], unstable: [] };
const findings = {};
const started = performance.now();

for (const file of selected) {
  const size = statSync(file).size;
  if (size > options.maxBytes) {
    totals.skippedLarge += 1;
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const name = relative(root, file);
  const filename = 'corpus-file' + extensionOf(file);

  // JavaScript is tried as a module first, then as a script.
  let sourceType = 'module';
  let messages;
  try {
    messages = verify(text, file, sourceType, filename);
    if (!TYPESCRIPT.test(file) && messages.some((message) => message.fatal)) {
      sourceType = 'commonjs';
      messages = verify(text, file, sourceType, filename);
    }
  } catch (error) {
    totals.crashes.push(`${name}: ${error.message.split('\n')[0]}`);
    continue;
  }
  if (messages.some((message) => message.fatal)) {
    totals.unparsable += 1;
    continue;
  }
  totals.analysed += 1;

  for (const message of messages) {
    if (!message.ruleId?.startsWith('api-errors/')) {
      continue;
    }
    findings[message.ruleId] = (findings[message.ruleId] ?? 0) + 1;
    for (const suggestion of unparsableSuggestions(text, file, sourceType, message)) {
      totals.badOutputs.push(`${name}:${message.line}:${message.column} suggestion ${suggestion}`);
    }
  }

  if (!messages.some((message) => message.fix)) {
    continue;
  }
  try {
    const fixed = fixAll(text, file, sourceType, filename);
    if (!fixed.parses) {
      totals.badOutputs.push(`${name}: fixed output does not parse`);
      continue;
    }
    if (fixed.unsettled) {
      totals.unsettled.push(name);
    }
    if (fixAgain(fixed.output, file, sourceType, filename) !== fixed.output) {
      totals.unstable.push(name);
    }
  } catch (error) {
    totals.crashes.push(`${name} (while fixing): ${error.message.split('\n')[0]}`);
  }
}

const seconds = (performance.now() - started) / 1000;
printReport(seconds);
const failed = totals.crashes.length + totals.badOutputs.length + totals.unsettled.length + totals.unstable.length;
process.exit(failed > 0 ? 1 : 0);

function listFiles(directory) {
  const found = [];
  const stack = [directory];
  while (stack.length > 0) {
    const current = stack.pop();
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        stack.push(path);
      } else if (entry.isFile() && EXTENSIONS.test(entry.name)) {
        found.push(path);
      }
    }
  }
  return found;
}

function printReport(elapsed) {
  const rows = [
    ['files selected', totals.files],
    ['parsed and analysed', totals.analysed],
    ['skipped (larger than --max-bytes)', totals.skippedLarge],
    ['unparsable inputs', totals.unparsable],
    ['rule exceptions', totals.crashes.length],
    ['outputs that do not parse', totals.badOutputs.length],
    ['fixes that do not settle', totals.unsettled.length],
    ['fixes a second run changes', totals.unstable.length],
    ['time (s)', elapsed.toFixed(1)],
  ];
  for (const [rule, count] of Object.entries(findings).sort()) {
    rows.push([`findings: ${rule}`, count]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`Corpus run over ${directories.map((directory) => relative(root, directory) || '.').join(', ')}` + (options.every > 1 ? ` (one file in ${options.every}, offset ${options.offset})` : ''));
  for (const [label, value] of rows) {
    console.log(`${label.padEnd(width)}  ${value}`);
  }
  for (const list of [totals.crashes, totals.badOutputs, totals.unsettled, totals.unstable]) {
    for (const line of list.slice(0, 50)) {
      console.log(`  ${line}`);
    }
  }
}

function parseArguments(argv) {
  const parsed = { every: 1, offset: 0, maxBytes: 1_500_000, directories: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || !/^\d+$/.test(next)) {
        console.error(`corpus: ${argument} needs a whole number, got ${next ?? 'nothing'}.`);
        process.exit(2);
      }
      i += 1;
      return Number(next);
    };
    if (argument === '--every') {
      parsed.every = Math.max(1, value());
    } else if (argument === '--offset') {
      parsed.offset = value();
    } else if (argument === '--max-bytes') {
      parsed.maxBytes = value();
    } else if (argument.startsWith('--')) {
      console.error(`corpus: unknown option ${argument}. Options: --every N, --offset K, --max-bytes B.`);
      process.exit(2);
    } else {
      parsed.directories.push(resolve(argument));
    }
  }
  parsed.offset %= parsed.every;
  return parsed;
}

#!/usr/bin/env node
// Precision and recall of the rules on the labelled corpus in
// tests/accuracy/cases/<framework>/.
//
// Each case file marks the lines where a rule must report with a trailing
// comment `// expect: <rule-id>[, <rule-id>...]`, on the line where the rule
// reports. Every other line must stay silent. A finding matches an
// expectation when the rule and the line are equal; several findings of one
// rule on one line count once.
//
// Usage: node scripts/accuracy.mjs [--update-baseline]
//   --update-baseline  also write tests/accuracy/baseline.json from this run:
//                      the expectations matched now and the false positives
//                      tolerated now (tests/accuracy/accuracy.test.ts fails
//                      when a matched expectation is missed again or a false
//                      positive outside this list appears)
//
// Lints with the built plugin (dist/index.js; `npm run accuracy` builds it
// first), with the rules at their default options. JavaScript files use
// ESLint's default parser, TypeScript files @typescript-eslint/parser. File
// names passed to ESLint are relative to the corpus directory, so the
// plugin's test-file detection (`*.test.*`, `*.spec.*`, `__tests__/`) matches
// the same files as in a user's project and nothing above the corpus.
//
// The exit code is 0 whenever the report is printed, whatever it shows. It is
// 1 when there is no report (an unknown argument, no build) or when
// --update-baseline does not write the baseline because a case has errors.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { Linter } = require('eslint');
const typescriptParser = require('@typescript-eslint/parser');

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CORPUS_DIR = join(ROOT, 'tests', 'accuracy', 'cases');
export const BASELINE_FILE = join(ROOT, 'tests', 'accuracy', 'baseline.json');

const NAMESPACE = 'api-errors';
export const RULES = [
  'no-403-for-unauthenticated',
  'no-401-for-forbidden',
  'require-www-authenticate',
  'require-problem-details',
  'no-ineffective-status',
  'valid-problem-details',
  'valid-www-authenticate',
];

const JAVASCRIPT_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx'];
const TYPESCRIPT_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx'];
const EXPECT_COMMENT = /\/\/\s*expect:\s*(.*)$/;

/** Returns the corpus files, relative to CORPUS_DIR with `/` separators, sorted. */
export function listCaseFiles(directory = CORPUS_DIR) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (languageOf(entry.name) !== undefined) {
        files.push(relative(directory, path).split(sep).join('/'));
      }
    }
  };
  walk(directory);
  return files.sort();
}

/** Returns 'JavaScript' or 'TypeScript' by file extension, or undefined for other files. */
export function languageOf(file) {
  if (JAVASCRIPT_EXTENSIONS.some((extension) => file.endsWith(extension))) {
    return 'JavaScript';
  }
  if (TYPESCRIPT_EXTENSIONS.some((extension) => file.endsWith(extension))) {
    return 'TypeScript';
  }
  return undefined;
}

/** Returns the framework of a case: the first directory of its path. */
export function frameworkOf(file) {
  return file.split('/')[0];
}

/**
 * Reads the `// expect:` labels of one file. Returns the expectations as
 * `{ line, rule }` and the label errors (an unknown rule id, an empty label).
 */
export function readExpectations(file, text) {
  const expectations = [];
  const errors = [];
  text.split(/\r?\n/).forEach((content, index) => {
    const label = EXPECT_COMMENT.exec(content);
    if (!label) {
      return;
    }
    const line = index + 1;
    const rules = label[1]
      .split(',')
      .map((rule) => rule.trim())
      .filter((rule) => rule !== '');
    if (rules.length === 0) {
      errors.push(`${file}:${line}: the expect comment names no rule`);
    }
    for (const rule of rules) {
      if (RULES.includes(rule)) {
        expectations.push({ line, rule });
      } else {
        errors.push(`${file}:${line}: unknown rule id "${rule}" in the expect comment (expected one of ${RULES.join(', ')})`);
      }
    }
  });
  return { expectations, errors };
}

function createConfig(plugin) {
  const rules = Object.fromEntries(RULES.map((rule) => [`${NAMESPACE}/${rule}`, 'error']));
  return [
    {
      files: [`**/*{${[...JAVASCRIPT_EXTENSIONS, ...TYPESCRIPT_EXTENSIONS].join(',')}}`],
      plugins: { [NAMESPACE]: plugin },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules,
    },
    {
      files: [`**/*{${TYPESCRIPT_EXTENSIONS.join(',')}}`],
      languageOptions: { parser: typescriptParser },
    },
  ];
}

/**
 * Lints every case file with `plugin` and returns, per file, its framework,
 * language, expectations, findings (`{ line, rule }`) and errors (label
 * errors, parse errors, rule exceptions).
 */
export function lintCorpus(plugin, directory = CORPUS_DIR) {
  const linter = new Linter({ configType: 'flat', cwd: directory });
  const config = createConfig(plugin);

  return listCaseFiles(directory).map((file) => {
    const text = readFileSync(join(directory, file), 'utf8');
    const { expectations, errors } = readExpectations(file, text);
    const findings = [];

    let messages = [];
    try {
      messages = linter.verify(text, config, { filename: file });
    } catch (error) {
      errors.push(`${file}: ESLint threw: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const message of messages) {
      if (message.fatal || message.ruleId === null) {
        errors.push(`${file}:${message.line}: ${message.message}`);
      } else if (message.ruleId.startsWith(`${NAMESPACE}/`)) {
        findings.push({ line: message.line, rule: message.ruleId.slice(NAMESPACE.length + 1) });
      }
    }

    return { file, framework: frameworkOf(file), language: languageOf(file), expectations, findings, errors };
  });
}

/** Returns the key of one expectation or finding, as printed and as stored in the baseline. */
export function keyOf(file, { line, rule }) {
  return `${file}:${line} ${rule}`;
}

function emptyCount() {
  return { truePositives: 0, falsePositives: 0, misses: 0 };
}

/**
 * Compares findings with expectations. Returns the matched expectations,
 * the misses and the false positives (as `{ file, framework, line, rule }`),
 * the counts per rule and per framework, and the errors of all files.
 */
export function scoreCorpus(results) {
  const matched = [];
  const misses = [];
  const falsePositives = [];
  const byRule = new Map(RULES.map((rule) => [rule, emptyCount()]));
  const byFramework = new Map();
  const errors = results.flatMap((result) => result.errors);

  for (const { file, framework, expectations, findings } of results) {
    if (!byFramework.has(framework)) {
      byFramework.set(framework, emptyCount());
    }
    const expected = new Set(expectations.map((entry) => keyOf(file, entry)));
    const found = new Set(findings.map((entry) => keyOf(file, entry)));

    const record = (list, field, entry) => {
      list.push({ file, framework, ...entry });
      byRule.get(entry.rule)[field] += 1;
      byFramework.get(framework)[field] += 1;
    };
    for (const entry of uniqueEntries(expectations, file)) {
      if (found.has(keyOf(file, entry))) {
        record(matched, 'truePositives', entry);
      } else {
        record(misses, 'misses', entry);
      }
    }
    for (const entry of uniqueEntries(findings, file)) {
      if (!expected.has(keyOf(file, entry))) {
        record(falsePositives, 'falsePositives', entry);
      }
    }
  }

  return { matched, misses, falsePositives, byRule, byFramework, errors };
}

function uniqueEntries(entries, file) {
  const seen = new Map();
  for (const entry of entries) {
    seen.set(keyOf(file, entry), entry);
  }
  return [...seen.values()].sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}

/** Returns the baseline that records this score: matched expectations and tolerated false positives, as sorted keys. */
export function baselineOf(score) {
  return {
    matched: score.matched.map((entry) => keyOf(entry.file, entry)).sort(),
    falsePositives: score.falsePositives.map((entry) => keyOf(entry.file, entry)).sort(),
  };
}

/**
 * Compares a score with a baseline. Returns the regressions: expectations
 * that the baseline records as matched and that are now missed, false
 * positives that the baseline does not tolerate, and baseline entries whose
 * expectation is no longer in the corpus (a case was edited or moved).
 * Returns the improvements too, which never count as failures.
 */
export function compareWithBaseline(score, baseline) {
  const matchedNow = new Set(score.matched.map((entry) => keyOf(entry.file, entry)));
  const missedNow = new Set(score.misses.map((entry) => keyOf(entry.file, entry)));
  const toleratedFalsePositives = new Set(baseline.falsePositives);
  const falsePositivesNow = new Set(score.falsePositives.map((entry) => keyOf(entry.file, entry)));
  const matchedBefore = new Set(baseline.matched);

  return {
    newMisses: baseline.matched.filter((key) => missedNow.has(key)),
    staleEntries: baseline.matched.filter((key) => !matchedNow.has(key) && !missedNow.has(key)),
    newFalsePositives: [...falsePositivesNow].filter((key) => !toleratedFalsePositives.has(key)).sort(),
    newlyMatched: [...matchedNow].filter((key) => !matchedBefore.has(key)).sort(),
    fixedFalsePositives: baseline.falsePositives.filter((key) => !falsePositivesNow.has(key)),
  };
}

export function readBaseline(file = BASELINE_FILE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function writeBaseline(score, file = BASELINE_FILE) {
  const baseline = {
    $comment:
      'Written by `node scripts/accuracy.mjs --update-baseline`. tests/accuracy/accuracy.test.ts fails when an expectation listed in matched is missed, or a false positive outside falsePositives appears. Keys are <file>:<line> <rule>, with files relative to tests/accuracy/cases.',
    ...baselineOf(score),
  };
  writeFileSync(file, JSON.stringify(baseline, null, 2) + '\n');
}

function ratio(numerator, denominator) {
  return denominator === 0 ? 'n/a' : `${((100 * numerator) / denominator).toFixed(1)}%`;
}

function formatTable(title, rows) {
  const header = [title, 'TP', 'FP', 'FN', 'precision', 'recall'];
  const body = rows.map(([name, count]) => [
    name,
    String(count.truePositives),
    String(count.falsePositives),
    String(count.misses),
    ratio(count.truePositives, count.truePositives + count.falsePositives),
    ratio(count.truePositives, count.truePositives + count.misses),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column].length)));
  const format = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(format)].join('\n');
}

function total(counts) {
  const sum = emptyCount();
  for (const count of counts) {
    sum.truePositives += count.truePositives;
    sum.falsePositives += count.falsePositives;
    sum.misses += count.misses;
  }
  return sum;
}

/** Formats the corpus summary, the two tables and the lists of misses and false positives. */
export function formatReport(results, score) {
  const lines = [];
  const expectationCount = results.reduce((sum, result) => sum + result.expectations.length, 0);
  lines.push(`Corpus: ${results.length} files, ${expectationCount} expectations (tests/accuracy/cases)`);
  lines.push('');

  const corpusRows = new Map();
  for (const result of results) {
    const row = corpusRows.get(result.framework) ?? { JavaScript: [0, 0], TypeScript: [0, 0], silentFiles: 0 };
    row[result.language][0] += 1;
    row[result.language][1] += result.expectations.length;
    row.silentFiles += result.expectations.length === 0 ? 1 : 0;
    corpusRows.set(result.framework, row);
  }
  const corpusHeader = ['framework', 'JS files', 'JS expect', 'TS files', 'TS expect', 'silent files'];
  const corpusBody = [...corpusRows].map(([framework, row]) => [
    framework,
    ...[row.JavaScript[0], row.JavaScript[1], row.TypeScript[0], row.TypeScript[1], row.silentFiles].map(String),
  ]);
  const widths = corpusHeader.map((cell, column) => Math.max(cell.length, ...corpusBody.map((row) => row[column].length)));
  const formatRow = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  lines.push(formatRow(corpusHeader), widths.map((width) => '-'.repeat(width)).join('  '), ...corpusBody.map(formatRow), '');

  const ruleRows = [...score.byRule];
  lines.push(formatTable('rule', [...ruleRows, ['total', total(ruleRows.map(([, count]) => count))]]), '');
  const frameworkRows = [...score.byFramework].sort(([a], [b]) => a.localeCompare(b));
  lines.push(formatTable('framework', [...frameworkRows, ['total', total(frameworkRows.map(([, count]) => count))]]), '');

  lines.push(`Misses (${score.misses.length}):`);
  lines.push(...score.misses.map((entry) => `  ${keyOf(entry.file, entry)}`));
  lines.push('', `False positives (${score.falsePositives.length}):`);
  lines.push(...score.falsePositives.map((entry) => `  ${keyOf(entry.file, entry)}`));
  if (score.errors.length > 0) {
    lines.push('', `Errors (${score.errors.length}):`);
    lines.push(...score.errors.map((error) => `  ${error}`));
  }
  return lines.join('\n');
}

function formatComparison(comparison) {
  const lines = [
    `Compared with ${relative(ROOT, BASELINE_FILE)}: ${comparison.newMisses.length} matched expectations now missed, ` +
      `${comparison.newFalsePositives.length} new false positives, ${comparison.staleEntries.length} entries no longer in the corpus, ` +
      `${comparison.newlyMatched.length} newly matched, ${comparison.fixedFalsePositives.length} false positives gone.`,
  ];
  for (const [title, keys] of [
    ['Now missed', comparison.newMisses],
    ['New false positives', comparison.newFalsePositives],
    ['No longer in the corpus', comparison.staleEntries],
  ]) {
    if (keys.length > 0) {
      lines.push(`${title}:`, ...keys.map((key) => `  ${key}`));
    }
  }
  return lines.join('\n');
}

function main(argv) {
  const unknown = argv.filter((argument) => argument !== '--update-baseline');
  if (unknown.length > 0) {
    console.error(`accuracy: unknown argument ${unknown.join(' ')}. Usage: node scripts/accuracy.mjs [--update-baseline]`);
    return 1;
  }
  const pluginFile = join(ROOT, 'dist', 'index.js');
  if (!existsSync(pluginFile)) {
    console.error(`accuracy: ${relative(ROOT, pluginFile)} not found. Run \`npm run build\` first, or use \`npm run accuracy\`.`);
    return 1;
  }

  const results = lintCorpus(require(pluginFile));
  const score = scoreCorpus(results);
  console.log(formatReport(results, score));
  if (existsSync(BASELINE_FILE)) {
    console.log('\n' + formatComparison(compareWithBaseline(score, readBaseline())));
  }

  if (argv.includes('--update-baseline')) {
    if (score.errors.length > 0) {
      console.error('\naccuracy: baseline not written, because the corpus has errors (listed above).');
      return 1;
    }
    writeBaseline(score);
    console.log(`\nWrote ${relative(ROOT, BASELINE_FILE)}: ${score.matched.length} matched expectations, ${score.falsePositives.length} tolerated false positives.`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}

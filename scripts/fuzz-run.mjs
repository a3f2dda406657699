// The fuzz runs themselves, shared by scripts/fuzz.mjs and the CI test in
// tests/robustness/fuzz.test.ts.
//
// Mutation fuzz: each mutant is a fixture (see fuzz-fixtures.mjs) with one to
// four mutations (see fuzz-mutations.mjs) that each still parse, checked as
// fuzz-check.mjs describes. Random programs (see fuzz-programs.mjs) fail only
// on a rule exception.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { collectFixtures } from './fuzz-fixtures.mjs';
import { createSourceChecker } from './fuzz-check.mjs';
import { MUTATIONS, applyEdits, parseForMutation } from './fuzz-mutations.mjs';
import { generateProgram } from './fuzz-programs.mjs';
import { createRandom, deriveSeed } from './fuzz-random.mjs';
import { TYPESCRIPT, createLintHarness, extensionOf } from './lint-harness.mjs';

const MAX_STEPS = 4;
const ATTEMPTS_PER_STEP = 4;

/** The folder where failing inputs are written, so that a failure can be read and replayed after the run. */
export const FAILURE_DIRECTORY = join(tmpdir(), 'api-errors-fuzz');

/**
 * Creates a fuzzer for the plugin over the fixtures of the repository at
 * `root`. `plugin` is the plugin object (dist/index.js or src/index.ts).
 * `skipMutations` lists mutation names that mutants do not use; a replay
 * needs the same list.
 */
export function createFuzzer({ plugin, root, skipMutations = [] }) {
  const unknown = skipMutations.filter((name) => !MUTATIONS.some((mutation) => mutation.name === name));
  if (unknown.length > 0) {
    throw new Error(`fuzz: unknown mutation ${unknown.join(', ')}; the mutations are ${MUTATIONS.map((mutation) => mutation.name).join(', ')}.`);
  }
  const enabledMutations = MUTATIONS.filter((mutation) => !skipMutations.includes(mutation.name));
  const harness = createLintHarness(plugin);
  const checkSource = createSourceChecker(harness);
  const fixtures = collectFixtures(root);
  const baseCache = new Map();

  /** Returns the fixture's parse set-up: its sourceType, or undefined when it parses as neither module nor script. */
  function baseOf(fixture) {
    if (!baseCache.has(fixture)) {
      const candidates = TYPESCRIPT.test(fixture.file) ? ['module'] : ['module', 'commonjs'];
      baseCache.set(
        fixture,
        candidates.find((sourceType) => harness.parses(fixture.code, fixture.file, sourceType)),
      );
    }
    return baseCache.get(fixture);
  }

  /**
   * Builds mutant `index` of the run with `seed`. Returns the fixture, the
   * code, its sourceType, the mutation steps that were kept, and per-mutation
   * counts of outputs tried and parsed. `code` is undefined when the fixture
   * itself does not parse.
   */
  function buildMutant(seed, index) {
    const random = createRandom(deriveSeed(seed, 'mutant', index));
    const fixture = fixtures[random.int(fixtures.length)];
    const sourceType = baseOf(fixture);
    const mutant = { seed, index, fixture, sourceType, code: undefined, steps: [], tried: {}, parsed: {} };
    if (sourceType === undefined) {
      return mutant;
    }
    const typescript = TYPESCRIPT.test(fixture.file);
    const mutations = enabledMutations.filter((mutation) => typescript || !mutation.typescriptOnly);
    const language = { typescript, jsx: fixture.file.endsWith('x') || !typescript, sourceType };

    let code = fixture.code;
    let context = parseForMutation(code, language);
    const stepCount = 1 + random.int(MAX_STEPS);
    for (let step = 0; step < stepCount && context; step += 1) {
      for (let attempt = 0; attempt < ATTEMPTS_PER_STEP; attempt += 1) {
        const mutation = random.pick(mutations);
        const result = mutation.apply(context, random);
        if (!result || result.edits.length === 0) {
          continue;
        }
        const candidate = applyEdits(code, result.edits);
        if (candidate === code) {
          continue;
        }
        mutant.tried[mutation.name] = (mutant.tried[mutation.name] ?? 0) + 1;
        // TypeScript is linted with the parser that the mutations use, so a
        // successful parse for the next step is the parse check. JavaScript
        // is linted with espree, which checks first.
        const accepted = typescript || harness.parses(candidate, fixture.file, sourceType);
        const candidateContext = accepted ? parseForMutation(candidate, language) : undefined;
        if (typescript ? candidateContext !== undefined : accepted) {
          mutant.parsed[mutation.name] = (mutant.parsed[mutation.name] ?? 0) + 1;
          mutant.steps.push(`${mutation.name}: ${result.detail}`);
          code = candidate;
          // Undefined when espree accepts the code but
          // @typescript-eslint/parser does not: no further step is possible.
          context = candidateContext;
          break;
        }
      }
    }
    mutant.code = code;
    return mutant;
  }

  /**
   * Runs mutants [first, first + count) of the run with `seed`. Returns the
   * totals; each failure carries the seed, the mutant index and the path of
   * the mutant's source in FAILURE_DIRECTORY. `onProgress(done)` is called
   * every 250 mutants.
   */
  function runMutants({ seed, count, first = 0, onProgress }) {
    const totals = { mutants: 0, unparsableFixtures: 0, stepsTried: 0, stepsParsed: 0, mutated: 0, analysed: 0, findings: {}, byMutation: {}, failures: [] };
    for (let index = first; index < first + count; index += 1) {
      const mutant = buildMutant(seed, index);
      totals.mutants += 1;
      if (mutant.code === undefined) {
        totals.unparsableFixtures += 1;
        continue;
      }
      for (const [name, tried] of Object.entries(mutant.tried)) {
        const row = (totals.byMutation[name] ??= { tried: 0, parsed: 0 });
        row.tried += tried;
        row.parsed += mutant.parsed[name] ?? 0;
        totals.stepsTried += tried;
        totals.stepsParsed += mutant.parsed[name] ?? 0;
      }
      if (mutant.steps.length > 0) {
        totals.mutated += 1;
      }
      const outcome = checkSource(mutant.code, mutant.fixture.file, mutant.sourceType, mutant.fixture.filename);
      addOutcome(totals, outcome);
      if (outcome.failures.length > 0) {
        const input = { file: mutant.fixture.file, filename: mutant.fixture.filename, sourceType: mutant.sourceType, code: mutant.code };
        const about = { seed, index, origin: mutant.fixture.origin, steps: mutant.steps };
        const path = writeFailure(`seed-${seed}-mutant-${index}`, input, about, outcome.failures);
        totals.failures.push(...outcome.failures.map((failure) => ({ ...failure, ...about, path })));
      }
      if (onProgress && (index - first + 1) % 250 === 0) {
        onProgress(index - first + 1);
      }
    }
    return totals;
  }

  /** Runs random programs [first, first + count) of the run with `seed`, failing only on rule exceptions. */
  function runPrograms({ seed, count, first = 0, onProgress }) {
    const totals = { programs: 0, fellBack: 0, analysed: 0, unparsable: 0, byVariant: {}, findings: {}, failures: [] };
    for (let index = first; index < first + count; index += 1) {
      const program = generateProgram(seed, index, harness.parses);
      totals.programs += 1;
      totals.byVariant[program.variant] = (totals.byVariant[program.variant] ?? 0) + 1;
      if (program.fellBack) {
        totals.fellBack += 1;
      }
      const outcome = checkSource(program.code, program.file, program.sourceType, program.filename, { crashesOnly: true });
      if (!outcome.analysed && outcome.failures.length === 0) {
        totals.unparsable += 1;
      }
      addOutcome(totals, outcome);
      if (outcome.failures.length > 0) {
        const about = { seed, index, variant: program.variant };
        const path = writeFailure(`seed-${seed}-program-${index}`, program, about, outcome.failures);
        totals.failures.push(...outcome.failures.map((failure) => ({ ...failure, ...about, path })));
      }
      if (onProgress && (index - first + 1) % 250 === 0) {
        onProgress(index - first + 1);
      }
    }
    return totals;
  }

  return { fixtures, harness, buildMutant, checkSource, runMutants, runPrograms, generateProgram: (seed, index) => generateProgram(seed, index, harness.parses) };
}

function addOutcome(totals, outcome) {
  if (outcome.analysed) {
    totals.analysed += 1;
  }
  for (const [rule, count] of Object.entries(outcome.findings)) {
    totals.findings[rule] = (totals.findings[rule] ?? 0) + count;
  }
}

/**
 * Writes the failing input, a `.json` file beside it with what `--check`
 * needs to lint it again (the file name the rules see, the sourceType, the
 * mutations and the failures), and the fixed output of each failure that has
 * one. Returns the input's path.
 */
function writeFailure(name, input, about, failures) {
  mkdirSync(FAILURE_DIRECTORY, { recursive: true });
  const extension = extensionOf(input.file);
  const path = join(FAILURE_DIRECTORY, name + extension);
  writeFileSync(path, input.code);
  const record = { ...about, file: input.file, filename: input.filename, sourceType: input.sourceType, failures: failures.map(({ kind, detail }) => ({ kind, detail })) };
  writeFileSync(join(FAILURE_DIRECTORY, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  const output = failures.find((failure) => failure.output !== undefined)?.output;
  if (output !== undefined) {
    writeFileSync(join(FAILURE_DIRECTORY, `${name}.fixed${extension}`), output);
  }
  return path;
}

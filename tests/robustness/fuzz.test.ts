import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { createFuzzer } from '../../scripts/fuzz-run.mjs';

/**
 * A fixed slice of the fuzz (scripts/fuzz.mjs): mutants of the test and
 * example fixtures, and random programs from eslump. A failure names the
 * index and the saved source; `node scripts/fuzz.mjs --check FILE` or
 * `node scripts/fuzz.mjs --seed 20260101 --replay I` (after `npm run build`)
 * prints the mutant and what failed.
 *
 * The mutants depend on the fixtures, so editing a test or an example changes
 * which mutants this slice checks.
 */

const SEED = 20_260_101;
const MUTANTS = 400;
const PROGRAMS = 150;

interface Failure {
  kind: string;
  detail: string;
  index: number;
  origin?: string;
  variant?: string;
  path: string;
}

function describeFailures(failures: Failure[]): string[] {
  return failures.map((failure) => `${failure.kind}: ${failure.detail} (index ${failure.index}${failure.origin ? ` from ${failure.origin}` : ''}; source in ${failure.path})`);
}

describe('fuzz slice', () => {
  const fuzzer = createFuzzer({ plugin, root: join(__dirname, '..', '..') });

  it(`${MUTANTS} mutants lint with safe fixes`, () => {
    const started = performance.now();
    const totals = fuzzer.runMutants({ seed: SEED, count: MUTANTS });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `seed ${SEED}: ${totals.mutants} mutants of ${fuzzer.fixtures.length} fixtures, ${totals.mutated} mutated, ${totals.analysed} analysed, ` +
        `${totals.stepsParsed}/${totals.stepsTried} mutation outputs parsed, findings ${JSON.stringify(totals.findings)}, ` +
        `${totals.failures.length} failures, ${seconds.toFixed(1)} s`,
    );

    expect(fuzzer.fixtures.length).toBeGreaterThan(100);
    expect(totals.analysed).toBe(MUTANTS);
    expect(totals.mutated).toBeGreaterThan(MUTANTS * 0.9);
    expect(describeFailures(totals.failures)).toEqual([]);
  }, 180_000);

  it(`${PROGRAMS} random programs lint without rule exceptions`, () => {
    const started = performance.now();
    const totals = fuzzer.runPrograms({ seed: SEED, count: PROGRAMS });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `seed ${SEED}: ${totals.programs} random programs ${JSON.stringify(totals.byVariant)}, ${totals.analysed} analysed, ` +
        `findings ${JSON.stringify(totals.findings)}, ${totals.failures.length} failures, ${seconds.toFixed(1)} s`,
    );

    expect(totals.analysed).toBeGreaterThan(PROGRAMS * 0.9);
    expect(describeFailures(totals.failures)).toEqual([]);
  }, 120_000);
});

// Regression guard for the labelled corpus in tests/accuracy/cases.
//
// tests/accuracy/baseline.json records the expectations that the rules match
// today and the false positives they produce today. This test fails when a
// recorded expectation is missed again, when a false positive outside the
// recorded list appears, or when a recorded expectation is no longer in the
// corpus. New matches and vanished false positives pass, so an adapter that
// finds more does not break it.
//
// To update the baseline after a deliberate change (a new or edited case, a
// rule that now finds more, a false positive that is accepted for now):
//
//   npm run build && node scripts/accuracy.mjs --update-baseline
//
// and review the diff of baseline.json before committing it. The script
// prints the full table of precision and recall; `npm run accuracy` prints it
// without touching the baseline.
//
// This test lints with the plugin built from src/ by Vitest, while the script
// uses dist/; both run the same rules with their default options.
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
// @ts-expect-error The scorer is a plain ES module without type declarations.
import { compareWithBaseline, lintCorpus, readBaseline, scoreCorpus } from '../../scripts/accuracy.mjs';

interface Entry {
  file: string;
  line: number;
  rule: string;
}

interface Score {
  matched: Entry[];
  misses: Entry[];
  falsePositives: Entry[];
  errors: string[];
}

interface Comparison {
  newMisses: string[];
  staleEntries: string[];
  newFalsePositives: string[];
  newlyMatched: string[];
  fixedFalsePositives: string[];
}

interface Baseline {
  matched: string[];
  falsePositives: string[];
}

const UPDATE_HINT = 'If the change is deliberate, run `npm run build && node scripts/accuracy.mjs --update-baseline`.';

describe('accuracy corpus', () => {
  const results = lintCorpus(plugin) as { expectations: unknown[] }[];
  const score = scoreCorpus(results) as Score;
  const baseline = readBaseline() as Baseline;
  const comparison = compareWithBaseline(score, baseline) as Comparison;

  it('has at least 150 labelled files', () => {
    expect(results.length).toBeGreaterThanOrEqual(150);
  });

  it('lints every case without errors', () => {
    expect(score.errors, 'parse errors, rule exceptions or malformed expect comments').toEqual([]);
  });

  it('keeps every matched expectation matched', () => {
    expect(comparison.newMisses, `expectations that the baseline records as matched are now missed. ${UPDATE_HINT}`).toEqual([]);
  });

  it('reports no new false positives', () => {
    expect(comparison.newFalsePositives, `findings on lines without a matching expect comment. ${UPDATE_HINT}`).toEqual([]);
  });

  it('has a baseline that matches the corpus', () => {
    expect(comparison.staleEntries, `baseline entries whose expect comment is gone or moved. ${UPDATE_HINT}`).toEqual([]);
  });
});

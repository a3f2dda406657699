// The checks of one input for the fuzz, shared by fuzz-run.mjs and the tests
// in tests/robustness. An input fails on any of these:
// - a rule exception;
// - a suggestion or autofix output that does not parse;
// - fixes that do not settle within ESLint's ten passes;
// - a fix that a second run changes again;
// - a fix that adds a sequence (comma) expression;
// - a rule that reports the same message twice at one place.
import { parseForMutation } from './fuzz-mutations.mjs';
import { TYPESCRIPT, applyFix } from './lint-harness.mjs';

/**
 * Creates `checkSource(code, file, sourceType, filename, { crashesOnly })`
 * for a lint harness (see lint-harness.mjs).
 */
export function createSourceChecker(harness) {
  /**
   * Lints `code` with every rule and checks every suggestion and the autofix.
   * Returns `analysed` (the rules ran), the findings per rule and the
   * failures, each { kind, detail, output? }. With `crashesOnly`, only rule
   * exceptions count and fixes are not checked.
   */
  function checkSource(code, file, sourceType, filename, { crashesOnly = false } = {}) {
    const outcome = { analysed: false, findings: {}, failures: [] };
    let messages;
    try {
      messages = harness.verify(code, file, sourceType, filename);
    } catch (error) {
      outcome.failures.push({ kind: 'rule exception', detail: describeError(error) });
      return outcome;
    }
    if (messages.some((message) => message.fatal)) {
      return outcome;
    }
    const unmatched = messages.find((message) => message.ruleId === null && message.message.startsWith('No matching configuration'));
    if (unmatched) {
      throw new Error(`fuzz: the lint config does not match ${filename}, so no rule ran: ${unmatched.message}`);
    }
    outcome.analysed = true;
    for (const message of messages) {
      if (message.ruleId?.startsWith('api-errors/')) {
        outcome.findings[message.ruleId] = (outcome.findings[message.ruleId] ?? 0) + 1;
      }
    }
    if (crashesOnly) {
      return outcome;
    }

    const seen = new Set();
    for (const message of messages) {
      const key = `${message.ruleId} ${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.message}`;
      if (seen.has(key)) {
        outcome.failures.push({ kind: 'duplicate report', detail: `${message.ruleId} reports the same ${message.messageId} message twice at ${message.line}:${message.column}` });
      }
      seen.add(key);
    }

    // A comma that a fix inserts inside parentheses, as in `f((401, { headers }))`,
    // makes a sequence expression: the code parses, but the argument changes.
    const language = { typescript: TYPESCRIPT.test(file), jsx: file.endsWith('x') || !TYPESCRIPT.test(file), sourceType };
    const sequencesBefore = countSequences(code, language);
    for (const message of messages) {
      for (const suggestion of harness.unparsableSuggestions(code, file, sourceType, message)) {
        outcome.failures.push({ kind: 'suggestion output does not parse', detail: `${message.ruleId} at ${message.line}:${message.column}, suggestion ${suggestion}` });
      }
      for (const suggestion of message.suggestions ?? []) {
        const output = applyFix(code, suggestion.fix);
        if (countSequences(output, language) > sequencesBefore) {
          outcome.failures.push({ kind: 'fix adds a sequence expression', detail: `${message.ruleId} at ${message.line}:${message.column}, suggestion ${suggestion.messageId ?? suggestion.desc}`, output });
        }
      }
    }
    if (!messages.some((message) => message.fix)) {
      return outcome;
    }
    try {
      const fixed = harness.fixAll(code, file, sourceType, filename);
      if (!fixed.parses) {
        outcome.failures.push({ kind: 'fixed output does not parse', detail: 'the output of all autofixes does not parse', output: fixed.output });
        return outcome;
      }
      if (countSequences(fixed.output, language) > sequencesBefore) {
        outcome.failures.push({ kind: 'fix adds a sequence expression', detail: 'the output of all autofixes has more comma (sequence) expressions than the input', output: fixed.output });
      }
      if (fixed.unsettled) {
        outcome.failures.push({ kind: 'fixes do not settle', detail: 'fixes remain after ESLint\'s ten passes', output: fixed.output });
      }
      const again = harness.fixAgain(fixed.output, file, sourceType, filename);
      if (again !== fixed.output) {
        outcome.failures.push({ kind: 'second fix run changes the output', detail: 'running the fixes on the fixed output changes it again', output: again });
      }
    } catch (error) {
      outcome.failures.push({ kind: 'rule exception while fixing', detail: describeError(error) });
    }
    return outcome;
  }

  return checkSource;
}

/** Counts the sequence (comma) expressions of the code, or returns 0 when @typescript-eslint/parser rejects it. */
function countSequences(code, language) {
  const context = parseForMutation(code, language);
  return context ? context.entries.filter(({ node }) => node.type === 'SequenceExpression').length : 0;
}

function describeError(error) {
  const stack = String(error?.stack ?? error);
  // ESLint prefixes the rule's error with the rule and file; the first frame
  // inside the plugin is where to look.
  const frame = stack.split('\n').find((entry) => entry.includes('/dist/') || entry.includes('/src/'));
  return `${String(error?.message ?? error).split('\n')[0]}${frame ? ` (${frame.trim()})` : ''}`;
}

import { parseArgs } from 'node:util';

import { invalidChallengeReason } from '../syntax/www-authenticate';

export const PROGRAM_NAME = 'api-errors-lint';

export type Severity = 'off' | 'warn' | 'error';

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

/** The parsed command line. */
export interface CliOptions {
  /** Paths as given, relative to the working directory. Empty when none were given. */
  paths: string[];
  format: string;
  fix: boolean;
  /** Severities from `--rule`, keyed by rule name without the plugin prefix. */
  ruleSeverities: Map<string, Severity>;
  /** The `WWW-Authenticate` value that fixes insert, from `--challenge`, or undefined for the plugin's default. */
  challenge: string | undefined;
  help: boolean;
  version: boolean;
}

/** An invalid command line. The CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP_TEXT = `Usage: ${PROGRAM_NAME} [options] [paths...]

Lints the JavaScript and TypeScript files under the given paths with the
recommended config of eslint-plugin-api-errors. Paths default to the current
directory. The project's own ESLint configuration is not used. Directories
named node_modules, dist, build, out, .next and coverage inside the paths are
skipped. TypeScript files are linted only when the typescript package is
installed.

Options:
  -f, --format <name>     Output format: stylish (default), json, or any
                          formatter that ESLint can load by name or path
  --fix                   Apply the rules' automatic fixes to the files
  --rule <name>=<level>   Set a rule to off, warn or error. Repeatable. The
                          api-errors/ prefix of the rule name is optional
  --challenge <value>     The WWW-Authenticate value that fixes and
                          suggestions insert, such as 'Bearer realm="api"'
                          (default: Bearer)
  -h, --help              Print this help and exit
  -v, --version           Print the version and exit

Exit codes: 0 when no errors were found, 1 when errors were found, 2 for an
invalid command line, no JavaScript or TypeScript file to lint, or a failure.
`;

const OPTION_DEFINITIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  challenge: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Parses the command line. Throws UsageError for an unknown option, a missing
 * option value, or an invalid `--rule` value.
 *
 * `ruleNames` are the plugin's rule names without the prefix. `--rule` accepts
 * only these.
 */
export function parseCliArguments(argv: readonly string[], ruleNames: readonly string[]): CliOptions {
  // Non-strict parsing returns the tokens, so the checks below can name the
  // offending option in the message.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTION_DEFINITIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });

  for (const token of tokens) {
    if (token.kind !== 'option') {
      continue;
    }

    const definition = OPTION_DEFINITIONS[token.name as keyof typeof OPTION_DEFINITIONS] as
      | { type: 'string' | 'boolean' }
      | undefined;

    if (definition === undefined) {
      throw new UsageError(`unknown option: ${token.rawName}`);
    }
    // parseArgs takes the next argument as the value even when it is an option
    // itself, as in `--format --fix`.
    const valueMissing = token.value === undefined || (token.inlineValue === false && token.value.startsWith('-'));
    if (definition.type === 'string' && valueMissing) {
      throw new UsageError(`option ${token.rawName} requires a value`);
    }
    if (definition.type === 'boolean' && token.inlineValue !== undefined) {
      throw new UsageError(`option ${token.rawName} takes no value`);
    }
  }

  const ruleSeverities = new Map<string, Severity>();
  for (const setting of asStrings(values.rule)) {
    const [name, severity] = parseRuleSetting(setting, ruleNames);
    ruleSeverities.set(name, severity);
  }

  const format = asStrings(values.format).at(-1) ?? 'stylish';

  const challenge = asStrings(values.challenge).at(-1);
  if (challenge !== undefined && challenge.trim() === '') {
    throw new UsageError('option --challenge requires a non-empty value, for example --challenge \'Bearer realm="api"\'');
  }
  // Fixes insert the value as it is, so an invalid one would be reported by valid-www-authenticate right after.
  const invalid = challenge === undefined ? undefined : invalidChallengeReason(challenge);
  if (invalid !== undefined) {
    throw new UsageError(`option --challenge ${JSON.stringify(challenge)} is not a valid challenge: ${invalid}`);
  }

  return {
    paths: positionals,
    format,
    fix: values.fix === true,
    ruleSeverities,
    challenge,
    help: values.help === true,
    version: values.version === true,
  };
}

/** Parses one `--rule` value such as `api-errors/require-problem-details=off`. */
function parseRuleSetting(setting: string, ruleNames: readonly string[]): [string, Severity] {
  const match = /^(?<name>[^=]+)=(?<severity>[^=]+)$/.exec(setting);
  const severity = match?.groups?.severity as Severity | undefined;

  if (match?.groups?.name === undefined || severity === undefined || !SEVERITIES.includes(severity)) {
    throw new UsageError(
      `invalid --rule value: ${setting}. Expected <name>=off, <name>=warn or <name>=error, ` +
        `for example --rule require-problem-details=off`,
    );
  }

  const name = match.groups.name.replace(/^api-errors\//, '');
  if (!ruleNames.includes(name)) {
    throw new UsageError(`unknown rule in --rule: ${match.groups.name}. Known rules: ${ruleNames.join(', ')}`);
  }

  return [name, severity];
}

/** Normalizes a parseArgs value to a list of strings: non-strict parsing may yield booleans for string options. */
function asStrings(value: string | boolean | (string | boolean)[] | undefined): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Rule } from 'eslint';

import { ANALYSIS_STATISTICS, analysisStatistics } from './analysis/collect';
import { type Configs, createConfigs, PLUGIN_NAMESPACE } from './configs';
import { rules } from './rules';

interface PackageJson {
  name: string;
  version: string;
}

// package.json is one level above both src/ and dist/, so this path works
// when running from source (tests) and from the build.
const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as PackageJson;

/**
 * The rules' names, spelled out so that the published declarations do not
 * import the rules' own types. Those come from `@typescript-eslint/utils`
 * subpaths, which TypeScript's older `node` module resolution cannot find.
 */
type RuleName =
  | 'no-401-for-forbidden'
  | 'no-403-for-unauthenticated'
  | 'no-ineffective-status'
  | 'require-problem-details'
  | 'require-www-authenticate'
  | 'valid-problem-details'
  | 'valid-www-authenticate';

// Fails to compile when a rule is added to or removed from `rules` without updating RuleName.
const ruleNamesMatch: [keyof typeof rules] extends [RuleName] ? ([RuleName] extends [keyof typeof rules] ? true : never) : never = true;
void ruleNamesMatch;

/** The plugin object: `meta`, the rules by name, and the shared configs. */
interface ApiErrorsPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Configs;
}

// Filled in below: the flat configs contain the plugin object itself.
const configs = {} as Configs;

const plugin: ApiErrorsPlugin = {
  meta: {
    name: packageJson.name,
    version: packageJson.version,
    namespace: PLUGIN_NAMESPACE,
  },
  // The rules are built with typescript-eslint's RuleCreator, whose rule type
  // differs from ESLint's in the type of `context` only. Exposing ESLint's type
  // lets users pass the plugin to `defineConfig` from `eslint/config`.
  rules: rules as unknown as ApiErrorsPlugin['rules'],
  configs,
};

Object.assign(configs, createConfigs(plugin));

// scripts/bench.mjs reads the analysis counters here, because the build
// bundles every module into one file. The key is not enumerable, so configs
// and caches never see it.
Object.defineProperty(plugin, ANALYSIS_STATISTICS, { value: analysisStatistics });

export = plugin;

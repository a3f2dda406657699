import type { ESLint, Linter, Rule } from 'eslint';

/** The prefix of every rule id, as in `api-errors/require-problem-details`. */
export const PLUGIN_NAMESPACE = 'api-errors';

/**
 * Rule options that `strict` adds on top of `recommended`, keyed by rule name.
 * A rule listed here must accept these options in its schema, or ESLint rejects
 * the strict configs.
 */
const STRICT_RULE_OPTIONS: Readonly<Record<string, readonly unknown[]>> = {
  'require-problem-details': [{ checkThrownErrors: true }],
};

/**
 * The plugin object as the configs see it. The configs use ESLint's own types
 * so that `defineConfig` from `eslint/config` accepts them.
 */
export type ConfigurablePlugin = ESLint.Plugin & { rules: Readonly<Record<string, Rule.RuleModule>> };

/**
 * The shared configs: flat configs for `eslint.config.*`, and `legacy-*`
 * variants for `.eslintrc` files on ESLint 8 and 9.
 */
export type Configs = {
  recommended: Linter.Config;
  strict: Linter.Config;
  all: Linter.Config;
  'legacy-recommended': Linter.LegacyConfig;
  'legacy-strict': Linter.LegacyConfig;
  'legacy-all': Linter.LegacyConfig;
};

/**
 * Builds the shared configs of `plugin`. The flat configs contain the plugin
 * object itself, so call this after the plugin object exists.
 *
 * `recommended` enables every rule whose `meta.docs.recommended` is true,
 * `strict` enables the same rules with the options in STRICT_RULE_OPTIONS, and
 * `all` enables every rule with its default options.
 */
export function createConfigs(plugin: ConfigurablePlugin): Configs {
  const ruleNames = Object.keys(plugin.rules);
  const recommendedNames = ruleNames.filter((name) => plugin.rules[name]?.meta?.docs?.recommended === true);

  const recommendedRules = enableRules(recommendedNames, {});
  const strictRules = enableRules(recommendedNames, STRICT_RULE_OPTIONS);
  const allRules = enableRules(ruleNames, {});

  const flatConfig = (configName: string, rules: Linter.RulesRecord): Linter.Config => ({
    name: `${PLUGIN_NAMESPACE}/${configName}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules,
  });

  // eslintrc rejects unknown top-level keys such as `name`, and loads the
  // plugin by its short name from `plugins`.
  const legacyConfig = (rules: Linter.RulesRecord): Linter.LegacyConfig => ({
    plugins: [PLUGIN_NAMESPACE],
    rules,
  });

  return {
    recommended: flatConfig('recommended', recommendedRules),
    strict: flatConfig('strict', strictRules),
    all: flatConfig('all', allRules),
    'legacy-recommended': legacyConfig(recommendedRules),
    'legacy-strict': legacyConfig(strictRules),
    'legacy-all': legacyConfig(allRules),
  };
}

/** Returns a rules record that sets each named rule to 'error', with its options from `optionsByRule` if it has any. */
function enableRules(
  ruleNames: readonly string[],
  optionsByRule: Readonly<Record<string, readonly unknown[]>>,
): Linter.RulesRecord {
  const rules: Linter.RulesRecord = {};
  for (const name of ruleNames) {
    const options = optionsByRule[name];
    rules[`${PLUGIN_NAMESPACE}/${name}`] = options === undefined ? 'error' : ['error', ...options];
  }
  return rules;
}

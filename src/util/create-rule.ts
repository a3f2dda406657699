import { ESLintUtils } from '@typescript-eslint/utils';

const REPOSITORY_URL = 'https://github.com/api-errors/eslint-plugin-api-errors';

export interface PluginDocs {
  recommended: boolean;
  requiresTypeChecking?: false;
}

const createDocumentedRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/**
 * Creates a rule whose docs URL points at its page in docs/rules. RuleCreator
 * merges the default options again for every file, at a cost above the rest
 * of `create` on skipped files, so each distinct options array is merged once.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>>,
): ReturnType<typeof createDocumentedRule<Options, MessageIds>> {
  const created = createDocumentedRule(rule);
  const defaults = rule.meta.defaultOptions ?? rule.defaultOptions ?? ([] as unknown as Options);
  const merged = new Map<string, Options>();
  // ESLint builds a new options array for every file, but without options in
  // the config its members are the same objects each time (the defaults), so
  // comparing members skips the JSON key on most files.
  let lastConfigured: readonly unknown[] = [];
  let lastMerged: Options | undefined;

  return {
    ...created,
    create(context) {
      const configured = context.options;
      if (lastMerged === undefined || !sameMembers(configured, lastConfigured)) {
        const key = JSON.stringify(configured);
        let options = merged.get(key);
        if (options === undefined) {
          options = ESLintUtils.applyDefault<Options, Options>(defaults, configured);
          merged.set(key, options);
        }
        lastConfigured = configured;
        lastMerged = options;
      }
      return rule.create(context, lastMerged);
    },
  };
}

function sameMembers(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((member, index) => member === b[index]);
}

import { ESLintUtils } from '@typescript-eslint/utils';

const REPOSITORY_URL = 'https://github.com/api-errors/eslint-plugin-api-errors';

export interface PluginDocs {
  recommended: boolean;
  requiresTypeChecking?: false;
}

/** Creates a rule whose docs URL points at its page in docs/rules. */
export const createRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);

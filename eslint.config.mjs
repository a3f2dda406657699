// The project's own lint: typescript-eslint's strict rules, the rules for
// ESLint plugins, and eslint-plugin-regexp, which also rejects regular
// expressions that can backtrack super-linearly.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexpPlugin from 'eslint-plugin-regexp';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'examples/', 'coverage/', 'tests/scratch*.test.ts'] },
  {
    files: ['src/**/*.ts', 'src/**/*.mts'],
    extends: [tseslint.configs.strict, regexpPlugin.configs['flat/recommended']],
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/analysis/node-types.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@typescript-eslint/utils',
              importNames: ['AST_NODE_TYPES'],
              message: 'Import AST_NODE_TYPES from src/analysis/node-types.ts, which reads the enum without two getter calls at each use.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
  },
);

import { AST_NODE_TYPES as NODE_TYPES } from '@typescript-eslint/utils';

/**
 * typescript-eslint's node type names, as a plain property of this module.
 * Imported from `@typescript-eslint/utils`, each use in the CommonJS build
 * calls two re-export getters, which code that V8 has not optimised yet pays
 * every time. On the benchmark's 278 files with response sites, linted in a
 * fresh process, the plugin took 12% less time with this module.
 */
export const AST_NODE_TYPES = NODE_TYPES;

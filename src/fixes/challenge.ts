import type { TSESTree } from '@typescript-eslint/utils';

import type { FileModel } from '../analysis/collect';
import type { ResponseSite } from '../analysis/model';

export const DEFAULT_CHALLENGE = 'Bearer';

/** The challenge a fix inserts, and whether the handler shows a scheme other than Bearer. */
export interface Challenge {
  value: string;
  otherScheme: boolean;
}

const schemeCache = new WeakMap<TSESTree.Node, boolean>();

/**
 * Picks the challenge for a site: the rule option, else
 * `settings['api-errors'].challenge`, else `Bearer`. A handler that reads
 * Basic credentials, an API-key header or a cookie shows another scheme, so
 * a fix that adds the default challenge there is only a suggestion.
 */
export function challengeFor(site: ResponseSite, model: FileModel, option?: string): Challenge {
  const value = option ?? model.vocabulary.challenge ?? DEFAULT_CHALLENGE;
  return { value, otherScheme: value === DEFAULT_CHALLENGE && showsOtherScheme(site.scope, model) };
}

function showsOtherScheme(scope: TSESTree.Node, model: FileModel): boolean {
  const cached = schemeCache.get(scope);
  if (cached !== undefined) {
    return cached;
  }
  const text = model.sourceCode.getText(scope).toLowerCase();
  const result =
    text.includes("'basic") ||
    text.includes('"basic') ||
    text.includes('`basic') ||
    text.includes('api-key') ||
    text.includes('apikey') ||
    text.includes('api_key') ||
    text.includes('cookie');
  schemeCache.set(scope, result);
  return result;
}

import type { FileModel } from '../analysis/collect';
import type { ResponseSite } from '../analysis/model';

export const DEFAULT_CHALLENGE = 'Bearer';

/** The challenge a fix inserts, and whether the site's path shows a scheme other than the challenge's. */
export interface Challenge {
  value: string;
  otherScheme: boolean;
}

/**
 * Picks the challenge for a site: the rule option, else
 * `settings['api-errors'].challenge`, else `Bearer`. When the conditions on
 * the path read Basic credentials, an API-key header or a cookie, and the
 * challenge is of another scheme, a fix that adds it is only a suggestion.
 */
export function challengeFor(site: ResponseSite, model: FileModel, option?: string): Challenge {
  const value = option ?? model.vocabulary.challenge ?? DEFAULT_CHALLENGE;
  const scheme = value.trim().split(/\s/, 1)[0]?.toLowerCase() ?? '';
  const shown = model.schemesOf(site);
  const otherScheme = [...shown].some((shownScheme) => shownScheme !== scheme);
  return { value, otherScheme };
}

import type { FileModel } from '../analysis/collect';
import type { ResponseSite } from '../analysis/model';

export const DEFAULT_CHALLENGE = 'Bearer';

/** The challenge of Basic authentication, with the realm parameter that RFC 7617 requires. */
export const BASIC_CHALLENGE = 'Basic realm="Restricted"';

/** The challenge a fix inserts, and whether someone should check it before it goes in. */
export interface Challenge {
  value: string;
  /** Whether the path shows a scheme other than the challenge's, or the challenge was picked from the path. */
  needsReview: boolean;
}

/**
 * Picks the challenge for a site: the rule option, else
 * `settings['api-errors'].challenge`. Without either, a path that reads
 * Basic credentials and not Bearer ones gets a Basic challenge, and any
 * other path `Bearer`.
 * When the conditions on the path read Basic credentials, an API-key header
 * or a cookie, and the challenge is of another scheme, a fix that adds it
 * is only a suggestion. So is a Basic challenge, whose realm is a guess.
 */
export function challengeFor(site: ResponseSite, model: FileModel, option?: string): Challenge {
  const configured = option ?? model.vocabulary.challenge;
  const shown = model.schemesOf(site);
  if (configured === undefined && shown.has('basic') && !shown.has('bearer')) {
    return { value: BASIC_CHALLENGE, needsReview: true };
  }

  const value = configured ?? DEFAULT_CHALLENGE;
  const scheme = value.trim().split(/\s/, 1)[0]?.toLowerCase() ?? '';
  const needsReview = [...shown].some((shownScheme) => shownScheme !== scheme);
  return { value, needsReview };
}

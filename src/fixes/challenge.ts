import type { FileModel } from '../analysis/collect';
import type { ResponseSite } from '../analysis/model';
import { isInvalidClientError } from '../syntax/problem-details';
import { COMPUTED_PART, invalidChallengeReason, parseChallenges } from '../syntax/www-authenticate';

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
 * `settings['api-errors'].challenge`, else `Bearer`. A path that reads
 * Basic credentials and not Bearer ones, and an OAuth `invalid_client`
 * error, get `Basic realm="Restricted"` instead, unless the configured
 * challenge is a Basic one.
 * When the conditions on the path read Basic credentials, an API-key header
 * or a cookie, and the challenge is of another scheme, a fix that adds it
 * is only a suggestion. So is a Basic challenge, whose realm is a guess.
 */
export function challengeFor(site: ResponseSite, model: FileModel, option?: string): Challenge {
  const configured = option ?? model.vocabulary.challenge;
  const configuredScheme = configured === undefined ? undefined : schemeOf(configured);
  const shown = model.schemesOf(site);

  // Clients usually authenticate to an OAuth token endpoint with Basic (RFC 6749 §2.3.1), and §5.2 requires their scheme in the challenge.
  const shape = site.body?.shape;
  const invalidClient = shape?.kind === 'object' && isInvalidClientError(shape.node);
  const basicOnly = (shown.has('basic') && !shown.has('bearer')) || invalidClient;
  // A configured Basic challenge names its realm, so it goes in as any configured challenge does.
  if (basicOnly && configuredScheme !== 'basic') {
    return { value: BASIC_CHALLENGE, needsReview: true };
  }

  // A file whose other responses challenge with another scheme (`Basic realm="staging"`) gets that challenge, for review.
  const written = writtenChallenges(model);
  const [reusable] = written.reusable;
  const fileScheme = written.schemes.size === 1 ? [...written.schemes][0] : undefined;
  if (configured === undefined && reusable !== undefined && written.reusable.size === 1 && fileScheme === schemeOf(reusable) && fileScheme !== schemeOf(DEFAULT_CHALLENGE)) {
    return { value: reusable, needsReview: true };
  }

  const value = configured ?? DEFAULT_CHALLENGE;
  const scheme = schemeOf(value);
  const needsReview = [...shown].some((shownScheme) => shownScheme !== scheme) || [...written.schemes].some((writtenScheme) => writtenScheme !== scheme);
  return { value, needsReview };
}

/** The challenges that a file writes. */
interface WrittenChallenges {
  /** The schemes of every WWW-Authenticate value whose scheme is written out, lower-cased. */
  schemes: ReadonlySet<string>;
  /** The values that a fix may copy: written in full and valid as a configured challenge would be (no `error` code). */
  reusable: ReadonlySet<string>;
}

/** The result of `writtenChallenges` per file, because a file with many 401s requests it once for each. */
const writtenByModel = new WeakMap<FileModel, WrittenChallenges>();

/** Returns the schemes of the WWW-Authenticate values the file writes, and the values a fix may copy. */
function writtenChallenges(model: FileModel): WrittenChallenges {
  const known = writtenByModel.get(model);
  if (known) {
    return known;
  }
  const written = { schemes: new Set<string>(), reusable: new Set<string>() };
  for (const write of model.challengeWrites()) {
    // A value that starts with a computed part (`${scheme} realm="api"`) shows no scheme.
    if (write.header !== 'WWW-Authenticate' || write.text.trimStart().startsWith(COMPUTED_PART)) {
      continue;
    }
    for (const challenge of parseChallenges(write.text).challenges) {
      written.schemes.add(challenge.scheme.toLowerCase());
    }
    if (write.literal !== undefined && !write.text.includes(COMPUTED_PART) && invalidChallengeReason(write.text) === undefined) {
      written.reusable.add(write.text.trim());
    }
  }
  writtenByModel.set(model, written);
  return written;
}

function schemeOf(challenge: string): string {
  return challenge.trim().split(/[\s,]/, 1)[0]?.toLowerCase() ?? '';
}

/** Reason phrases of the IANA HTTP status code registry (RFC 9110 §15). */
export const REASON_PHRASES: ReadonlyMap<number, string> = new Map([
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [402, 'Payment Required'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [405, 'Method Not Allowed'],
  [406, 'Not Acceptable'],
  [407, 'Proxy Authentication Required'],
  [408, 'Request Timeout'],
  [409, 'Conflict'],
  [410, 'Gone'],
  [411, 'Length Required'],
  [412, 'Precondition Failed'],
  [413, 'Content Too Large'],
  [414, 'URI Too Long'],
  [415, 'Unsupported Media Type'],
  [416, 'Range Not Satisfiable'],
  [417, 'Expectation Failed'],
  [418, "I'm a Teapot"],
  [421, 'Misdirected Request'],
  [422, 'Unprocessable Content'],
  [423, 'Locked'],
  [424, 'Failed Dependency'],
  [425, 'Too Early'],
  [426, 'Upgrade Required'],
  [428, 'Precondition Required'],
  [429, 'Too Many Requests'],
  [431, 'Request Header Fields Too Large'],
  [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'],
  [501, 'Not Implemented'],
  [502, 'Bad Gateway'],
  [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'],
  [505, 'HTTP Version Not Supported'],
  [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'],
  [508, 'Loop Detected'],
  [510, 'Not Extended'],
  [511, 'Network Authentication Required'],
]);

/**
 * Reason phrases of RFC 7231 and RFC 2616 that RFC 9110 renamed, which
 * Node.js (until 18), Express and many APIs still send.
 */
export const FORMER_REASON_PHRASES: ReadonlyMap<number, readonly string[]> = new Map([
  [413, ['Payload Too Large', 'Request Entity Too Large']],
  [414, ['Request-URI Too Long']],
  [416, ['Requested Range Not Satisfiable']],
  [422, ['Unprocessable Entity']],
]);

/**
 * Names under which status tables spell a status: `UNAUTHORIZED` in
 * http-status-codes' `StatusCodes`, NestJS's `HttpStatus` and http-status, and
 * `HTTP_STATUS_UNAUTHORIZED` in `node:http2`'s constants. Older names that the
 * tables still carry are added by hand.
 */
export const STATUS_CONSTANT_NAMES: ReadonlyMap<string, number> = buildConstantNames();

function buildConstantNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (const [status, phrase] of REASON_PHRASES) {
    names.set(toConstantName(phrase), status);
  }

  const legacyNames: [string, number][] = [
    ['REQUEST_TOO_LONG', 413],
    ['PAYLOAD_TOO_LARGE', 413],
    ['REQUEST_ENTITY_TOO_LARGE', 413],
    ['REQUEST_URI_TOO_LONG', 414],
    ['REQUESTED_RANGE_NOT_SATISFIABLE', 416],
    ['UNPROCESSABLE_ENTITY', 422],
    ['I_AM_A_TEAPOT', 418],
    ['IM_A_TEAPOT', 418],
    ['REQUEST_HEADER_FIELDS_TOO_LARGE', 431],
  ];
  for (const [name, status] of legacyNames) {
    names.set(name, status);
  }

  return names;
}

function toConstantName(phrase: string): string {
  return phrase.toUpperCase().replace(/'/g, '').replace(/[^A-Z0-9]+/g, '_');
}

/** Class names of http-errors (`createError.Unauthorized`) and their statuses. */
export const ERROR_CLASS_NAMES: ReadonlyMap<string, number> = new Map([
  ...[...REASON_PHRASES].map(([status, phrase]): [string, number] => [toIdentifier(phrase), status]),
  ['PayloadTooLarge', 413],
  ['UnprocessableEntity', 422],
]);

function toIdentifier(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
    .replace(/[^a-z0-9]/gi, '');
}

/**
 * Tells whether a title is the reason phrase of a status, RFC 9110's or a
 * former one, in any letter case, spacing and punctuation (`Not found.`,
 * `Gateway Time-out`).
 */
export function isReasonPhrase(title: string, status: number): boolean {
  const letters = lettersOf(title);
  const phrases = [REASON_PHRASES.get(status), ...(FORMER_REASON_PHRASES.get(status) ?? [])];
  return phrases.some((phrase) => phrase !== undefined && lettersOf(phrase) === letters);
}

/** Tells whether a title is a spelling of the phrase (`Unauthorised`) or a part of it (`Server Error`), whose text `detail` need not repeat. */
export function isSpellingOf(title: string, phrase: string): boolean {
  const a = lettersOf(title);
  const b = lettersOf(phrase);
  return a.length > 0 && (b.includes(a) || editDistanceAtMost(a, b, 2));
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Tells whether two short strings differ by at most `limit` inserted, deleted or replaced characters. */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) {
    return false;
  }
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

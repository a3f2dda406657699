// The challenge grammar of WWW-Authenticate and Proxy-Authenticate (RFC 9110 §11.6.1, §11.2, §5.6).

/**
 * A character in place of each computed part of a template literal
 * (`${realm}`). Inside a quoted string it is quoted text. Anywhere else it
 * hides the structure of the rest of the value.
 */
export const COMPUTED_PART = '\uFFFF';

/**
 * The end of a quoted value that swallowed the next parameter's name, as in
 * `realm="api, error="`. Linear: the name is one run of token characters,
 * anchored at the end.
 */
const QUOTED_NEXT_PARAMETER = /,[ \t]*[\w!#$%&'*+.^`|~-]+[ \t]*=[ \t]*$/;

/** One auth-param: its name as written, and its value without quotes, undefined when computed. */
export interface AuthParam {
  name: string;
  value: string | undefined;
}

/** One challenge: an auth-scheme, then a token68 or auth-params. */
export interface Challenge {
  scheme: string;
  params: AuthParam[];
  token68: string | undefined;
}

/** The first way a value breaks the grammar. `offset` is the position in the value. */
export type ChallengeSyntaxProblem =
  | { kind: 'empty' }
  /** A character that no header value may contain: a control character, a line break, or one beyond U+00FF. */
  | { kind: 'invalid-character'; character: string; offset: number }
  /** `WWW-Authenticate: Bearer`: the header's name and colon inside its value. `length` covers the name, the colon and the spaces after it. */
  | { kind: 'header-name'; name: string; length: number }
  /** `Bearer: realm="api"`: a colon after the scheme, as in `Authorization: Bearer`. */
  | { kind: 'scheme-colon'; scheme: string; offset: number }
  /** `realm=my api`: a value with spaces that needs quotes. */
  | { kind: 'unquoted-space'; name: string; offset: number }
  | { kind: 'unterminated-quote'; name: string; offset: number }
  | { kind: 'duplicate-parameter'; scheme: string; name: string; offset: number }
  | { kind: 'unexpected'; expected: string; found: string; offset: number };

export interface ChallengeList {
  /** The challenges read before the first problem. */
  challenges: Challenge[];
  problem: ChallengeSyntaxProblem | undefined;
  /** Whether a computed part is outside a quoted string, so that the value's structure is unknown from there on. */
  computed: boolean;
  /** Whether a comma has nothing before or after it (`Bearer,`), which recipients skip but senders must not write (RFC 9110 §5.6.1). */
  emptyElement: boolean;
}

/**
 * Reads a WWW-Authenticate or Proxy-Authenticate value: one or more
 * challenges separated by commas, each an auth-scheme token followed by a
 * token68 or by comma-separated auth-params with token or quoted-string
 * values. Stops at the first problem, or at a computed part outside
 * quotes. Linear: every step moves the cursor forward.
 */
export function parseChallenges(text: string): ChallengeList {
  return new ChallengeReader(text).read();
}

/** tchar of RFC 9110 §5.6.2, besides letters and digits. */
const TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";
/** The characters of token68 (RFC 9110 §11.2), besides letters and digits. A token68 may also end in `=` signs. */
const TOKEN68_SYMBOLS = '-._~+/';

function isAlphanumeric(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9');
}

function isTokenChar(char: string): boolean {
  return char !== '' && (isAlphanumeric(char) || TOKEN_SYMBOLS.includes(char));
}

function isToken68Char(char: string): boolean {
  return char !== '' && (isAlphanumeric(char) || TOKEN68_SYMBOLS.includes(char));
}

/** Characters that field values may contain (RFC 9110 §5.5): tab, visible ASCII, space, and obs-text. Node.js and undici reject the others. */
const INVALID_FIELD_CHARACTER = /[^\t\x20-\x7e\x80-\xff\uffff]/;

/** The header names whose values are challenges, in lower case. */
const CHALLENGE_HEADERS = new Set(['www-authenticate', 'proxy-authenticate']);

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t';
}

/** Names a character for a message: a line break, a control character by its code point, or the character itself. */
export function describeCharacter(char: string): string {
  if (char === '\n' || char === '\r') {
    return 'a line break';
  }
  if (char === ' ') {
    return 'a space';
  }
  if (char === '\t') {
    return 'a tab';
  }
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || code > 0xff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `\`${char}\``;
}

class ChallengeReader {
  private position = 0;
  private readonly challenges: Challenge[] = [];
  private emptyElement = false;

  constructor(private readonly text: string) {}

  read(): ChallengeList {
    // Node.js and undici reject such a value before it is sent, whatever its grammar.
    const invalid = INVALID_FIELD_CHARACTER.exec(this.text);
    if (invalid) {
      // A character beyond U+FFFF is a pair of UTF-16 units, and is named as one.
      const character = String.fromCodePoint(this.text.codePointAt(invalid.index) ?? 0);
      return this.finish({ kind: 'invalid-character', character, offset: invalid.index });
    }

    this.skipSpaces();
    if (this.atEnd()) {
      return this.finish({ kind: 'empty' });
    }

    for (;;) {
      // Recipients ignore empty list elements (RFC 9110 §5.6.1), so `Bearer,, Basic` is read as two challenges.
      this.skipSpaces();
      if (this.peek() === ',') {
        this.emptyElement = true;
        this.position += 1;
        continue;
      }
      if (this.atEnd()) {
        // A value of commas alone, such as `,`, contains no challenge.
        if (this.challenges.length === 0) {
          return this.finish({ kind: 'empty' });
        }
        this.emptyElement ||= this.text.trimEnd().endsWith(',');
        return this.finish(undefined);
      }
      const outcome = this.readChallenge();
      if (outcome !== 'next') {
        return outcome;
      }
    }
  }

  /** Reads one challenge; returns 'next' when another challenge follows its comma. */
  private readChallenge(): 'next' | ChallengeList {
    const schemeStart = this.position;
    const scheme = this.readToken();
    if (scheme === '') {
      return this.stopAt('an authentication scheme');
    }
    const challenge: Challenge = { scheme, params: [], token68: undefined };
    this.challenges.push(challenge);

    if (this.peek() === ':') {
      if (CHALLENGE_HEADERS.has(scheme.toLowerCase())) {
        this.position += 1;
        this.skipSpaces();
        return this.finish({ kind: 'header-name', name: scheme, length: this.position });
      }
      return this.finish({ kind: 'scheme-colon', scheme, offset: this.position });
    }
    if (this.atEnd()) {
      return this.finish(undefined);
    }
    if (this.peek() === ',') {
      this.position += 1;
      return 'next';
    }
    if (this.peek() !== ' ') {
      this.position = schemeStart + scheme.length;
      return this.stopAt('a space after the scheme');
    }
    const ended = this.endOfElement();
    if (ended) {
      return ended;
    }

    // A token68 is letters, digits and `-._~+/`, then only `=`, and nothing else before the next comma.
    if (!this.paramFollows()) {
      const token68 = this.readToken68();
      if (token68 === '') {
        return this.stopAt('a parameter or a token68');
      }
      challenge.token68 = token68;
      return this.afterElement('a comma before the next challenge');
    }

    const names = new Set<string>();
    for (;;) {
      const nameStart = this.position;
      const name = this.readToken();
      if (names.has(name.toLowerCase())) {
        return this.finish({ kind: 'duplicate-parameter', scheme, name, offset: nameStart });
      }
      names.add(name.toLowerCase());
      this.skipSpaces();
      // paramFollows() has seen the `=`.
      this.position += 1;
      this.skipSpaces();

      const quoted = this.peek() === '"';
      const valueStart = this.position;
      const value = this.readValue(name);
      if (typeof value !== 'string' && value !== undefined) {
        return value;
      }
      challenge.params.push({ name, value });

      this.skipSpaces();
      if (this.atEnd()) {
        return this.finish(undefined);
      }
      if (this.peek() === COMPUTED_PART) {
        return this.computedFromHere();
      }
      if (this.peek() !== ',') {
        // `realm=my api` lacks quotes, but `realm=api error="x"` lacks a comma.
        if (!quoted && isTokenChar(this.peek()) && !this.paramFollows()) {
          return this.finish({ kind: 'unquoted-space', name, offset: nameStart });
        }
        // `realm="api, error="invalid_token"`: the quote read as the end opened the next value, so this one is unclosed.
        if (quoted && QUOTED_NEXT_PARAMETER.test(this.text.slice(valueStart + 1, this.position - 1))) {
          return this.finish({ kind: 'unterminated-quote', name, offset: valueStart });
        }
        return this.stopAt('a comma between parameters');
      }
      // After a comma comes another parameter of this challenge, or the next challenge.
      let commas = 0;
      while (this.peek() === ',' || isSpace(this.peek())) {
        commas += this.peek() === ',' ? 1 : 0;
        this.position += 1;
      }
      this.emptyElement ||= commas > 1 || this.atEnd();
      if (this.atEnd()) {
        return this.finish(undefined);
      }
      if (!this.paramFollows()) {
        return 'next';
      }
    }
  }

  /** Reads a token or a quoted string after `=`. Returns undefined for a computed value, or the list when reading stops. */
  private readValue(name: string): string | undefined | ChallengeList {
    const start = this.position;
    if (this.peek() === '"') {
      return this.readQuoted(name, start);
    }
    if (this.peek() === COMPUTED_PART) {
      return this.computedFromHere();
    }
    const token = this.readToken();
    if (token === '') {
      return this.stopAt(`a value for \`${name}\``);
    }
    if (this.peek() === COMPUTED_PART) {
      return this.computedFromHere();
    }
    return token;
  }

  /** Reads a quoted string (RFC 9110 §5.6.4): any text but `"` and `\`, which a backslash escapes. */
  private readQuoted(name: string, start: number): string | undefined | ChallengeList {
    let value = '';
    let computed = false;
    this.position += 1;
    for (;;) {
      const char = this.peek();
      if (char === '') {
        return this.finish({ kind: 'unterminated-quote', name, offset: start });
      }
      this.position += 1;
      if (char === '"') {
        return computed ? undefined : value;
      }
      if (char === '\\') {
        const escaped = this.peek();
        if (escaped === '') {
          return this.finish({ kind: 'unterminated-quote', name, offset: start });
        }
        this.position += 1;
        value += escaped;
        continue;
      }
      if (char === COMPUTED_PART) {
        computed = true;
        continue;
      }
      value += char;
    }
  }

  /** Ends an element that takes nothing after it: the next thing is a comma or the end. */
  private afterElement(expected: string): 'next' | ChallengeList {
    return this.endOfElement() ?? this.stopAt(expected);
  }

  /** Skips spaces, then ends the element at a comma or at the end of the value. Returns undefined when more follows. */
  private endOfElement(): 'next' | ChallengeList | undefined {
    this.skipSpaces();
    if (this.atEnd()) {
      return this.finish(undefined);
    }
    if (this.peek() === ',') {
      this.position += 1;
      return 'next';
    }
    return undefined;
  }

  /** Tells whether a token followed by `=` and a value starts here: an auth-param, not a token68 with padding. */
  private paramFollows(): boolean {
    let index = this.position;
    while (isTokenChar(this.text.charAt(index))) {
      index += 1;
    }
    if (index === this.position) {
      return false;
    }
    while (isSpace(this.text.charAt(index))) {
      index += 1;
    }
    if (this.text.charAt(index) !== '=') {
      return false;
    }
    index += 1;
    // `abc=` and `abc==` end a token68; `realm=x` and `realm = "x"` are parameters.
    while (isSpace(this.text.charAt(index))) {
      index += 1;
    }
    const next = this.text.charAt(index);
    return next !== '=' && next !== '' && next !== ',';
  }

  private readToken(): string {
    const start = this.position;
    while (isTokenChar(this.peek())) {
      this.position += 1;
    }
    return this.text.slice(start, this.position);
  }

  private readToken68(): string {
    const start = this.position;
    while (isToken68Char(this.peek())) {
      this.position += 1;
    }
    if (this.position === start) {
      return '';
    }
    while (this.peek() === '=') {
      this.position += 1;
    }
    return this.text.slice(start, this.position);
  }

  private skipSpaces(): void {
    while (isSpace(this.peek())) {
      this.position += 1;
    }
  }

  private peek(): string {
    return this.text.charAt(this.position);
  }

  private atEnd(): boolean {
    return this.position >= this.text.length;
  }

  private stopAt(expected: string): ChallengeList {
    if (this.peek() === COMPUTED_PART) {
      return this.computedFromHere();
    }
    const found = this.peek();
    return this.finish({ kind: 'unexpected', expected, found: found === '' ? 'the end of the value' : describeCharacter(found), offset: this.position });
  }

  private computedFromHere(): ChallengeList {
    return { challenges: this.challenges, problem: undefined, computed: true, emptyElement: this.emptyElement };
  }

  private finish(problem: ChallengeSyntaxProblem | undefined): ChallengeList {
    return { challenges: this.challenges, problem, computed: false, emptyElement: this.emptyElement };
  }
}

/**
 * The `error` codes registered for resource access error responses: RFC
 * 6750 §3.1, RFC 9470's step-up code, and RFC 9449's DPoP codes, which a
 * server that takes both Bearer and DPoP tokens may send.
 */
export const BEARER_ERRORS = new Set([
  'invalid_request',
  'invalid_token',
  'insufficient_scope',
  'insufficient_user_authentication',
  'invalid_dpop_proof',
  'use_dpop_nonce',
]);

/**
 * The status each error code belongs on, for the codes the rule compares
 * with the status sent: RFC 6750 §3.1, RFC 9470 §3 (step-up) and RFC 9449
 * §7.1 and §9 (DPoP proofs and nonces).
 */
export const BEARER_ERROR_STATUS = new Map([
  ['invalid_token', 401],
  ['insufficient_scope', 403],
  ['insufficient_user_authentication', 401],
  ['invalid_dpop_proof', 401],
  ['use_dpop_nonce', 401],
]);

/** The schemes whose `error` codes come from the Bearer registry: Bearer (RFC 6750) and DPoP, which reuses it (RFC 9449 §7.1). */
export const TOKEN_SCHEMES: ReadonlyMap<string, string> = new Map([
  ['bearer', 'Bearer'],
  ['dpop', 'DPoP'],
]);

/** Returns a parameter of a challenge by name, compared without case (RFC 9110 §11.2). */
export function paramOf(challenge: Challenge, name: string): AuthParam | undefined {
  return challenge.params.find((param) => param.name.toLowerCase() === name);
}

/** A scheme's own requirement that a challenge breaks. */
export type SchemeProblem =
  /** RFC 7617 §2 requires `realm` in a Basic challenge. */
  | { kind: 'basic-without-realm' }
  /** RFC 7617 §2.1 allows only `UTF-8` as a Basic challenge's `charset`. */
  | { kind: 'basic-charset'; charset: string }
  | { kind: 'unknown-bearer-error'; code: string };

/** Returns what a challenge breaks of RFC 7617 for Basic and of the Bearer error registry. Scheme names compare without case. */
export function schemeProblems(challenge: Challenge): SchemeProblem[] {
  const scheme = challenge.scheme.toLowerCase();
  const problems: SchemeProblem[] = [];
  if (scheme === 'basic' && challenge.token68 === undefined) {
    if (!paramOf(challenge, 'realm')) {
      problems.push({ kind: 'basic-without-realm' });
    }
    const charset = paramOf(challenge, 'charset')?.value;
    if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
      problems.push({ kind: 'basic-charset', charset });
    }
  }
  const code = TOKEN_SCHEMES.has(scheme) ? paramOf(challenge, 'error')?.value : undefined;
  if (code !== undefined && !BEARER_ERRORS.has(code)) {
    problems.push({ kind: 'unknown-bearer-error', code });
  }
  return problems;
}

/**
 * Describes why a value cannot be the challenge that a fix inserts (an
 * option or a setting), or returns undefined when it can. A computed part
 * cannot occur there, so the value is read in full.
 */
export function invalidChallengeReason(value: string): string | undefined {
  const parsed = parseChallenges(value);
  if (parsed.problem) {
    return 'it does not follow the challenge grammar of RFC 9110 §11.6.1';
  }
  if (parsed.emptyElement) {
    return 'it has a comma with nothing before or after it, an empty list element that senders must not write (RFC 9110 §5.6.1)';
  }
  for (const challenge of parsed.challenges) {
    const [problem] = schemeProblems(challenge);
    switch (problem?.kind) {
      case 'basic-without-realm':
        return 'a Basic challenge needs a realm (RFC 7617 §2), as in `Basic realm="api"`';
      case 'basic-charset':
        return 'the only charset a Basic challenge may name is UTF-8 (RFC 7617 §2.1)';
      case 'unknown-bearer-error':
        return `"${problem.code}" is not a registered Bearer error code (RFC 6750 §3.1)`;
      default:
        break;
    }
    // Fixes add the value to 401s of every cause, and an error code names one cause, such as an expired token.
    const code = TOKEN_SCHEMES.has(challenge.scheme.toLowerCase()) ? paramOf(challenge, 'error')?.value : undefined;
    if (code !== undefined) {
      return `its error code "${code}" names one cause, but fixes add the challenge to every 401, also to requests without credentials, which get no error code (RFC 6750 §3.1); remove the error parameter`;
    }
  }
  return undefined;
}

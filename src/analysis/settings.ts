/**
 * The shared vocabulary of every rule, read from `settings['api-errors']`.
 * Each list has defaults; a project extends a list with `add` and trims it
 * with `remove`. Names are compared case-insensitively, and hints are plain
 * phrases, never regular expressions.
 */

import { invalidChallengeReason } from '../syntax/www-authenticate';

export interface VocabularyChange {
  add?: string[];
  remove?: string[];
}

export interface SettingsInput {
  challenge?: string;
  principalProperties?: VocabularyChange;
  principalCalls?: VocabularyChange;
  credentialHeaders?: VocabularyChange;
  credentialNameParts?: VocabularyChange;
  notCredentialNameParts?: VocabularyChange;
  verifyFunctionParts?: VocabularyChange;
  permissionProperties?: VocabularyChange;
  permissionPredicates?: VocabularyChange;
  identityHints?: VocabularyChange;
  permissionHints?: VocabularyChange;
}

export interface Vocabulary {
  challenge: string | undefined;
  /** Request properties that authentication middleware sets (`req.user`). */
  principalProperties: ReadonlySet<string>;
  /** Calls whose result is the current identity (`getServerSession()`). */
  principalCalls: ReadonlySet<string>;
  /** Request headers that carry a credential. */
  credentialHeaders: ReadonlySet<string>;
  /** Parts of a variable name that make it a credential (`token`). */
  credentialNameParts: readonly string[];
  /** Parts of a name that make it something else (`csrf`). */
  notCredentialNameParts: readonly string[];
  /** Parts of a call's name that make it a verify function when it receives a credential. */
  verifyFunctionParts: readonly string[];
  /** Members of an identity that carry its permissions (`roles`). */
  permissionProperties: ReadonlySet<string>;
  /** Calls that check a permission (`hasRole()`). */
  permissionPredicates: ReadonlySet<string>;
  identityHints: readonly string[];
  permissionHints: readonly string[];
}

const DEFAULTS = {
  principalProperties: ['user', 'auth', 'account', 'session', 'identity', 'principal', 'currentUser', 'claims', 'jwtPayload'],
  principalCalls: [
    'getServerSession',
    'auth',
    'getSession',
    'getUserSession',
    'currentUser',
    'currentAccount',
    'verifySession',
    'getAuth',
    'getCurrentUser',
    'requireUserSession',
  ],
  credentialHeaders: ['authorization', 'x-api-key', 'api-key', 'apikey', 'x-apikey', 'x-auth-token', 'x-access-token'],
  credentialNameParts: ['token', 'jwt', 'bearer', 'apikey', 'api_key', 'credential', 'authorization', 'authheader'],
  notCredentialNameParts: [
    'csrf',
    'xsrf',
    'captcha',
    'invite',
    'invitation',
    'reset',
    'confirm',
    'verification',
    'page',
    'cursor',
    'unsubscribe',
    'push',
    'device',
    'fcm',
    'stripe',
    'github',
    'tokenize',
    'tokens',
    'share',
    'download',
    'upload',
    'presign',
    'signedurl',
    'preview',
    'otp',
    'mfa',
    '2fa',
    'twofactor',
    'emailchange',
    'gitlab',
    'webhook',
  ],
  verifyFunctionParts: ['verify', 'validate', 'decode', 'introspect', 'authenticate'],
  permissionProperties: [
    'role',
    'roles',
    'scope',
    'scopes',
    'scp',
    'permission',
    'permissions',
    'isAdmin',
    'admin',
    'isSuperuser',
    'isSuperUser',
    'superuser',
    'isStaff',
    'isOwner',
    'plan',
    'tier',
    'groups',
    'features',
    'entitlements',
    'accessLevel',
    'privileges',
    'authorities',
  ],
  permissionPredicates: [
    'hasRole',
    'hasRoles',
    'hasAnyRole',
    'hasAllRoles',
    'hasPermission',
    'hasPermissions',
    'hasAnyPermission',
    'hasScope',
    'hasScopes',
    'hasAnyScope',
    'can',
    'cannot',
    'allows',
    'isAllowed',
    'isAdmin',
    'isOwner',
    'isMember',
    'checkPermission',
    'checkPermissions',
    'checkRole',
    'canAccess',
    'hasAccess',
    'hasFeature',
    'isEntitled',
  ],
  identityHints: [
    'not logged in',
    'not signed in',
    'unauthenticated',
    'not authenticated',
    'authentication required',
    'login required',
    'missing token',
    'no token',
    'token missing',
    'token required',
    'invalid token',
    'token invalid',
    'token expired',
    'expired token',
    'jwt expired',
    'please sign in',
    'please log in',
    'please login',
    'missing api key',
    'invalid api key',
    'session expired',
  ],
  permissionHints: [
    'insufficient permission',
    'insufficient privileges',
    'insufficient scope',
    'admin only',
    'admins only',
    'not allowed',
    'not permitted',
    'permission denied',
    'requires admin',
    'not the owner',
    'not your',
  ],
} satisfies Record<string, string[]>;

type ListName = keyof typeof DEFAULTS;

const LIST_NAMES = Object.keys(DEFAULTS) as ListName[];

/** The JSON schema of `settings['api-errors']`, for documentation and editors. */
export const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    challenge: {
      type: 'string',
      description: 'The WWW-Authenticate challenge that fixes insert, such as `Bearer realm="api"`.',
    },
    ...Object.fromEntries(
      LIST_NAMES.map((name) => [
        name,
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            add: { type: 'array', items: { type: 'string' } },
            remove: { type: 'array', items: { type: 'string' } },
          },
        },
      ]),
    ),
  },
} as const;

const cache = new WeakMap<object, Vocabulary>();
let defaultVocabulary: Vocabulary | undefined;

/**
 * Reads and validates `settings['api-errors']`. Throws an error that names
 * the invalid key, so that a misconfiguration fails loudly once.
 */
export function readVocabulary(settings: Readonly<Record<string, unknown>> | undefined): Vocabulary {
  const input = settings?.['api-errors'];
  if (input === undefined) {
    defaultVocabulary ??= buildVocabulary({});
    return defaultVocabulary;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`settings['api-errors'] must be an object, got ${describe(input)}.`);
  }

  const cached = cache.get(input);
  if (cached) {
    return cached;
  }
  validateSettings(input as Record<string, unknown>);
  const vocabulary = buildVocabulary(input as SettingsInput);
  cache.set(input, vocabulary);
  return vocabulary;
}

function validateSettings(input: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(input)) {
    if (key === 'challenge') {
      if (typeof value !== 'string' || value.trim() === '') {
        throw new TypeError(`settings['api-errors'].challenge must be a non-empty string, got ${describe(value)}.`);
      }
      // Fixes insert the value as it is, so an invalid one would be reported by valid-www-authenticate right after.
      const invalid = invalidChallengeReason(value);
      if (invalid !== undefined) {
        throw new TypeError(`settings['api-errors'].challenge ${JSON.stringify(value)} is not a valid challenge: ${invalid}.`);
      }
      continue;
    }
    if (!(LIST_NAMES as string[]).includes(key)) {
      throw new TypeError(
        `settings['api-errors'] has an unknown key "${key}". Known keys: challenge, ${LIST_NAMES.join(', ')}.`,
      );
    }
    validateChange(key, value);
  }
}

function validateChange(key: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `settings['api-errors'].${key} must be an object with "add" and/or "remove" arrays, got ${describe(value)}.`,
    );
  }
  for (const [operation, list] of Object.entries(value)) {
    if (operation !== 'add' && operation !== 'remove') {
      throw new TypeError(`settings['api-errors'].${key} has an unknown key "${operation}"; use "add" or "remove".`);
    }
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item === '')) {
      throw new TypeError(`settings['api-errors'].${key}.${operation} must be an array of non-empty strings.`);
    }
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) {
    return 'an array';
  }
  return value === null ? 'null' : typeof value;
}

function buildVocabulary(input: SettingsInput): Vocabulary {
  const list = (name: ListName): string[] => {
    const change = input[name];
    const removed = new Set((change?.remove ?? []).map((item) => item.toLowerCase()));
    const items = [...DEFAULTS[name], ...(change?.add ?? [])].map((item) => item.toLowerCase());
    return [...new Set(items.filter((item) => !removed.has(item)))];
  };

  return {
    challenge: input.challenge,
    principalProperties: new Set(list('principalProperties')),
    principalCalls: new Set(list('principalCalls')),
    credentialHeaders: new Set(list('credentialHeaders')),
    credentialNameParts: list('credentialNameParts'),
    notCredentialNameParts: list('notCredentialNameParts'),
    verifyFunctionParts: list('verifyFunctionParts'),
    permissionProperties: new Set(list('permissionProperties')),
    permissionPredicates: new Set(list('permissionPredicates')),
    identityHints: list('identityHints'),
    permissionHints: list('permissionHints'),
  };
}

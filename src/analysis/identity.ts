import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from './node-types';
import { calleeName, isFunction, memberName, nameWords, propertyKey, stringValue, unwrap } from './ast';
import type { Condition, PathNode } from './conditions';
import { importOrigin, resolveVariable } from './imports';
import type { Vocabulary } from './settings';

type Node = TSESTree.Node;

/**
 * The kind of a value, as far as identity goes. A `principal` is an
 * established identity (`req.user`, a session). A `credential` is what the
 * client sent to prove one (the `Authorization` header, a token). `verified`
 * is the result of checking a credential, and `permission` is a member that
 * carries rights. `optional` marks a value read through optional chaining.
 */
export type ValueKind =
  | { kind: 'principal'; optional: boolean }
  | { kind: 'credential' }
  | { kind: 'credential-length' }
  | { kind: 'credential-format' }
  | { kind: 'verified' }
  | { kind: 'verify-error' }
  | { kind: 'expiry' }
  | { kind: 'presence-check' }
  | { kind: 'permission'; optional: boolean }
  | { kind: 'permission-call'; optional: boolean }
  | { kind: 'request' }
  | { kind: 'headers' }
  | { kind: 'cookies' }
  | { kind: 'identity-attribute' }
  | { kind: 'none' };

/**
 * The reason a path leads to its site. `missing`: no identity, or a malformed
 * credential. `unverifiable`: verifying the credential failed. `permission`:
 * a check on a present identity failed (`permission?` until the identity is
 * known present). `mixed`: one condition covers both. `identity`: the guard
 * reads an identity but this analysis cannot tell why. `present`: the
 * identity is established. `none`: the guard has nothing to do with identity.
 */
export type Category =
  | 'missing'
  | 'unverifiable'
  | 'permission'
  | 'permission?'
  | 'mixed'
  | 'identity'
  | 'present'
  | 'none';

/** The verdict on a site's path, as the 401/403 rules need it. */
export type PathVerdict = 'missing' | 'unverifiable' | 'permission' | 'mixed' | 'unknown';

const NONE: ValueKind = { kind: 'none' };

/** Names of a membership record: `membership`, `orgMembership`, `teamMemberships`. */
const MEMBERSHIP_NAME = /memberships?$/i;

const REQUEST_NAMES = new Set(['req', 'request', 'ctx', 'context', 'event', 'c']);
const CONTAINER_NAMES = new Set(['locals', 'state', 'var', 'context']);
const IDENTITY_MEMBERS = new Set([
  'user',
  'id',
  '_id',
  'userid',
  'user_id',
  'uid',
  'sub',
  'accountid',
  'account',
  'email',
  'username',
  'session',
  'identity',
  'principal',
  'data',
  'claims',
  'payload',
  'currentuser',
  'credentials',
]);
const CREDENTIAL_TRANSFORMS = new Set([
  'slice',
  'split',
  'replace',
  'replaceall',
  'trim',
  'trimstart',
  'trimend',
  'substring',
  'substr',
  'tostring',
  'at',
  'valueof',
  'tolowercase',
  'touppercase',
]);
const FORMAT_PREDICATES = new Set(['startswith', 'endswith', 'includes', 'match', 'test']);
const COLLECTION_PREDICATES = new Set(['includes', 'has', 'some', 'every', 'indexof', 'find', 'contains']);
const TRANSFORM_FUNCTIONS = new Set(['string', 'decodeuricomponent', 'atob']);
const EXPIRY_MEMBERS = new Set(['exp', 'expires', 'expiresat', 'expires_at', 'nbf']);
/** Members of a key or token record that mark it as revoked. */
const REVOCATION_MEMBERS = new Set(['revoked', 'revokedat', 'revoked_at', 'isrevoked']);
/** Names of revocation lists and checks, lower-cased: `revokedTokens`, `isRevoked`, `revocationList`, `tokenDenylist`. */
const REVOCATION_NAME = /revoked|revocation|denylist|blacklist|blocklist/;
/** Methods that look a value up in a collection or a store. */
const LOOKUP_METHODS = new Set(['has', 'includes', 'contains', 'exists', 'sismember', 'ismember']);
const TOKEN_ERROR_NAMES = new Set([
  'tokenexpirederror',
  'jsonwebtokenerror',
  'notbeforeerror',
  'jwtexpired',
  'jwtinvalid',
  'jwsinvalid',
  'jwssignatureverificationfailed',
  'jwtclaimvalidationfailed',
  'unauthorizederror',
  'invalidtokenerror',
  'tokenexpired',
]);
/**
 * Getters that read the signed-in identity from the request they receive:
 * `getUser(req)`, `getUserFromRequest(request)`, and the helpers that
 * return it or reject the request, such as Remix's `requireUser(request)`,
 * `requireUserId(request)` and `authenticate(req)`. They count only with a
 * request argument, because `getUser(id)` loads a user by its id.
 */
const REQUEST_IDENTITY_GETTERS = new Set([
  ...['user', 'authuser', 'currentuser', 'sessionuser', 'requestuser', 'loggedinuser', 'identity', 'principal'].flatMap((name) =>
    ['', 'fromrequest', 'fromreq', 'fromcontext', 'fromctx', 'fromevent', 'fromcookie', 'fromcookies', 'fromsession', 'fromheader', 'fromheaders'].map(
      (source) => `get${name}${source}`,
    ),
  ),
  'requireuser',
  'requireuserid',
  'requireauth',
  'requireapiuser',
  'requiresession',
  'requireauthuser',
  'requirecurrentuser',
  'authenticate',
  'authenticaterequest',
]);
/** Role values that mean the visitor has not signed in, so a 401 is right for them and a 403 is not. */
const SIGNED_OUT_ROLES = new Set(['anonymous', 'anon', 'unauthenticated']);
/** Role values that some apps give visitors who have not signed in, and others give signed-in users with few rights. */
const AMBIGUOUS_ROLES = new Set(['guest', 'public', 'visitor', 'none', '']);
const AUTH_SCHEMES = new Set(['bearer', 'basic', 'token', 'digest', 'apikey', 'api-key']);
const COOKIE_CREDENTIAL_PARTS = ['session', 'sid', 'token', 'auth', 'jwt'];

/**
 * Classifies values and path conditions by identity, for one file. Every
 * result is cached on its node, so each condition and each shared path list
 * is classified once. The caches are plain maps because they die with the
 * file's model. With weak maps, the plugin was 13% to 25% slower on the
 * generated modules of the scaling benchmark (one in-process run).
 */
export class IdentityClassifier {
  private readonly kinds = new Map<Node, ValueKind>();
  private readonly inProgress = new Set<Node>();
  private readonly categories = new Map<Condition, Category>();
  private readonly decisive = new Map<PathNode, { category: Category; node: PathNode } | null>();
  private readonly presence = new Map<PathNode, boolean>();
  private readonly verifyingTries = new Map<TSESTree.CatchClause, boolean>();

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly scopeOf: (node: Node) => Scope.Scope,
  ) {}

  /** Decides why a path leads to its site, using message hints only for a guard that reads an identity. */
  classifyPath(path: PathNode | undefined, hints: readonly string[]): PathVerdict {
    const selected = path && this.categoryOf(path.condition) === 'none' ? this.selectedPermissionValue(path.condition) : undefined;
    if (selected !== undefined && SIGNED_OUT_ROLES.has(selected)) {
      return 'missing';
    }
    if (selected !== undefined && !AMBIGUOUS_ROLES.has(selected)) {
      return 'permission';
    }
    const found = path ? this.firstDecisive(path) : undefined;
    if (!found) {
      return 'unknown';
    }

    switch (found.category) {
      case 'missing':
      case 'unverifiable':
      case 'permission':
      case 'mixed':
        return found.category;
      case 'permission?':
        return found.node.next && this.hasPresence(found.node.next) ? 'permission' : 'unknown';
      default:
        return this.classifyHints(hints);
    }
  }

  /**
   * Returns the value, lower-cased, when a condition is true because a
   * permission member equals it: `user.role === 'member'`, `case 'free':` in
   * a switch on `user.plan`. Only the innermost condition counts, because
   * code inside `if (user.role === 'admin')` often checks the identity again.
   */
  private selectedPermissionValue(condition: Condition): string | undefined {
    let member: Node;
    let value: Node;
    if (condition.kind === 'case' && !condition.otherwise) {
      member = condition.discriminant;
      value = condition.caseTest;
    } else if (condition.kind === 'test') {
      const test = unwrap(condition.test);
      if (test.type !== AST_NODE_TYPES.BinaryExpression || test.left.type === AST_NODE_TYPES.PrivateIdentifier) {
        return undefined;
      }
      const equal = test.operator === '===' || test.operator === '==';
      if (equal !== condition.holds || (!equal && test.operator !== '!==' && test.operator !== '!=')) {
        return undefined;
      }
      [member, value] = literalOf(test.right) === undefined ? [test.right, test.left] : [test.left, test.right];
    } else {
      return undefined;
    }

    const literal = literalOf(value);
    if (literal === undefined) {
      return undefined;
    }
    const kind = this.kindOf(unwrap(member));
    return kind.kind === 'permission' && !kind.optional ? String(literal).toLowerCase() : undefined;
  }

  private classifyHints(hints: readonly string[]): PathVerdict {
    const text = hints.join(' ').toLowerCase();
    if (text === '') {
      return 'unknown';
    }
    const identity = this.vocabulary.identityHints.some((hint) => text.includes(hint));
    const permission = this.vocabulary.permissionHints.some((hint) => text.includes(hint));
    if (identity === permission) {
      return 'unknown';
    }
    return identity ? 'missing' : 'permission';
  }

  private firstDecisive(path: PathNode): { category: Category; node: PathNode } | undefined {
    // Walk iteratively and fill the cache on the way back, so long paths cannot overflow the stack.
    const visited: PathNode[] = [];
    let current: PathNode | undefined = path;
    let result: { category: Category; node: PathNode } | null = null;
    while (current) {
      const cached = this.decisive.get(current);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      const category = this.categoryOf(current.condition);
      if (category !== 'none' && category !== 'present') {
        result = { category, node: current };
        this.decisive.set(current, result);
        break;
      }
      visited.push(current);
      current = current.next;
    }
    for (const node of visited) {
      this.decisive.set(node, result);
    }
    return result ?? undefined;
  }

  private hasPresence(path: PathNode): boolean {
    const visited: PathNode[] = [];
    let current: PathNode | undefined = path;
    let result = false;
    while (current) {
      const cached = this.presence.get(current);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      const category = this.categoryOf(current.condition);
      if (category === 'present' || category === 'permission' || category === 'permission?') {
        // A permission check that did not fail further out also shows the identity was read.
        result = category === 'present';
        if (result) {
          visited.push(current);
          break;
        }
      }
      visited.push(current);
      current = current.next;
    }
    for (const node of visited) {
      this.presence.set(node, result);
    }
    return result;
  }

  categoryOf(condition: Condition): Category {
    const cached = this.categories.get(condition);
    if (cached !== undefined) {
      return cached;
    }
    let category: Category;
    switch (condition.kind) {
      case 'test':
        category = this.classifyTest(condition.test, condition.holds);
        break;
      case 'case':
        category = this.classifyEquality(condition.discriminant, condition.caseTest, !condition.otherwise);
        break;
      case 'catch':
        category = this.catchVerifies(condition.clause) ? 'unverifiable' : 'none';
        break;
    }
    this.categories.set(condition, category);
    return category;
  }

  /** Classifies a test expression on the branch where it evaluates to `holds`. */
  classifyTest(test: Node, holds: boolean): Category {
    const expression = unwrap(test);

    switch (expression.type) {
      case AST_NODE_TYPES.UnaryExpression:
        return expression.operator === '!' ? this.classifyTest(expression.argument, !holds) : 'none';
      case AST_NODE_TYPES.LogicalExpression: {
        if (expression.operator === '??') {
          return 'none';
        }
        const left = this.classifyTest(expression.left, holds);
        const right = this.classifyTest(expression.right, holds);
        const isDisjunction = (expression.operator === '||') === holds;
        return isDisjunction ? anyOf(left, right) : allOf(left, right);
      }
      case AST_NODE_TYPES.BinaryExpression:
        return this.classifyBinary(expression, holds);
      case AST_NODE_TYPES.AwaitExpression:
        return this.classifyTruthiness(expression, holds);
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.MemberExpression:
      case AST_NODE_TYPES.CallExpression:
        return this.classifyTruthiness(expression, holds);
      default:
        return 'none';
    }
  }

  private classifyTruthiness(expression: Node, holds: boolean): Category {
    const value = this.kindOf(expression);
    switch (value.kind) {
      case 'principal':
      case 'credential':
      case 'presence-check':
      case 'credential-format':
        return holds ? 'present' : 'missing';
      case 'verified':
        return holds ? 'present' : 'unverifiable';
      case 'verify-error':
        return holds ? 'unverifiable' : 'none';
      case 'permission':
      case 'permission-call':
        if (holds) {
          return 'none';
        }
        return value.optional ? 'permission?' : 'permission';
      case 'credential-length':
        return holds ? 'present' : 'missing';
      case 'identity-attribute':
      case 'expiry':
        return 'identity';
      default:
        return 'none';
    }
  }

  private classifyBinary(expression: TSESTree.BinaryExpression, holds: boolean): Category {
    const { operator } = expression;
    if (expression.left.type === AST_NODE_TYPES.PrivateIdentifier) {
      return 'none';
    }

    if (operator === '==' || operator === '===' || operator === '!=' || operator === '!==') {
      const equal = (operator === '==' || operator === '===') === holds;
      return this.classifyEquality(expression.left, expression.right, equal);
    }
    if (operator === 'instanceof') {
      const right = unwrap(expression.right);
      const name = nameOf(right);
      return holds && name !== undefined && TOKEN_ERROR_NAMES.has(name.toLowerCase()) ? 'unverifiable' : 'none';
    }
    if (operator === '<' || operator === '<=' || operator === '>' || operator === '>=') {
      return this.classifyRelation(expression, holds);
    }
    return 'none';
  }

  /** Classifies `left === right` (when `equal`) or `left !== right` (when not). */
  private classifyEquality(leftNode: Node, rightNode: Node, equal: boolean): Category {
    const left = unwrap(leftNode);
    const right = unwrap(rightNode);

    // typeof x === 'undefined', typeof x !== 'string'
    const typeofSide = isTypeof(left) ? left : isTypeof(right) ? right : undefined;
    if (typeofSide) {
      const literal = stringValue(typeofSide === left ? right : left);
      const value = this.kindOf(typeofSide.argument);
      const absent = literal === 'undefined' ? equal : !equal;
      return absenceCategory(value, absent);
    }

    // x == null, x === undefined, x === ''
    if (isNullish(right) || isNullish(left)) {
      const value = this.kindOf(isNullish(right) ? left : right);
      return absenceCategory(value, equal);
    }

    // err.name === 'TokenExpiredError'
    const leftString = stringValue(left);
    const rightString = stringValue(right);
    const literal = leftString ?? rightString;
    const other = leftString === undefined ? left : right;
    if (literal !== undefined && TOKEN_ERROR_NAMES.has(literal.toLowerCase()) && isNameMember(other)) {
      return equal ? 'unverifiable' : 'none';
    }

    const leftKind = this.kindOf(left);
    const rightKind = this.kindOf(right);

    // parts.length !== 2, header.length === 0
    const lengthKind = otherSideOf('credential-length', leftKind, rightKind, left, right);
    if (lengthKind) {
      const zero = isZero(lengthKind);
      const malformed = zero ? equal : !equal;
      return malformed ? 'missing' : 'present';
    }

    // idToken.nonce !== session.oidcNonce, body._csrf !== session.csrfToken: a login flow's replay or forgery check proves no identity.
    if (isAntiForgeryValue(left) || isAntiForgeryValue(right)) {
      return 'none';
    }

    // scheme !== 'Bearer', apiKey !== process.env.API_KEY
    const credentialSide = isCredentialLike(leftKind) ? leftKind : isCredentialLike(rightKind) ? rightKind : undefined;
    if (credentialSide) {
      if (literal !== undefined && AUTH_SCHEMES.has(literal.trim().toLowerCase())) {
        return equal ? 'present' : 'missing';
      }
      return equal ? 'present' : 'unverifiable';
    }

    // user.role !== 'admin', user.isAdmin === false
    const permissionSide = sideOfKind('permission', leftKind, rightKind);
    if (permissionSide && permissionSide.kind === 'permission') {
      const flag = booleanValue(permissionSide === leftKind ? right : left);
      const denied = flag === undefined ? !equal : equal !== flag;
      if (!denied) {
        return 'none';
      }
      return permissionSide.optional ? 'permission?' : 'permission';
    }

    // user.orgId !== req.params.orgId: a signed-in user of another tenant. A missing tenant claim is no such test.
    const tenantSide = isTenantMember(left, leftKind) ? left : isTenantMember(right, rightKind) ? right : undefined;
    if (tenantSide) {
      const other = tenantSide === left ? right : left;
      const otherKind = tenantSide === left ? rightKind : leftKind;
      if ((otherKind.kind === 'none' || otherKind.kind === 'identity-attribute') && isMemberOrIdentifier(other)) {
        return equal ? 'none' : 'permission';
      }
    }

    // post.authorId !== user.id
    const principalSide = sideOfKind('principal', leftKind, rightKind);
    const otherKind = principalSide === leftKind ? rightKind : leftKind;
    if (principalSide && principalSide.kind === 'principal' && otherKind.kind === 'none' && isMemberOrIdentifier(principalSide === leftKind ? right : left)) {
      if (equal) {
        return 'none';
      }
      return principalSide.optional ? 'permission?' : 'permission';
    }

    if (isIdentityKind(leftKind) || isIdentityKind(rightKind)) {
      return 'identity';
    }
    return 'none';
  }

  /** Classifies `claims.exp < now` and credential lengths compared by size. */
  private classifyRelation(expression: TSESTree.BinaryExpression, holds: boolean): Category {
    const left = this.kindOf(expression.left as Node);
    const right = this.kindOf(expression.right);
    const lessThan = expression.operator === '<' || expression.operator === '<=';

    if (left.kind === 'expiry' || right.kind === 'expiry') {
      // The token is expired when its expiry is less than now.
      const expiryIsLess = left.kind === 'expiry' ? lessThan : !lessThan;
      return expiryIsLess === holds ? 'unverifiable' : 'present';
    }
    if (left.kind === 'credential-length' || right.kind === 'credential-length') {
      return holds === (left.kind === 'credential-length' ? lessThan : !lessThan) ? 'missing' : 'present';
    }
    if (isIdentityKind(left) || isIdentityKind(right)) {
      return 'identity';
    }
    return 'none';
  }

  private catchVerifies(clause: TSESTree.CatchClause): boolean {
    const cached = this.verifyingTries.get(clause);
    if (cached !== undefined) {
      return cached;
    }
    const tryStatement = clause.parent;
    const result = tryStatement.type === AST_NODE_TYPES.TryStatement && this.containsVerifyCall(tryStatement.block);
    this.verifyingTries.set(clause, result);
    return result;
  }

  /** Whether a block calls a verify function, outside nested functions that are not callbacks. */
  private containsVerifyCall(block: TSESTree.BlockStatement): boolean {
    const stack: Node[] = [...block.body];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) {
        break;
      }
      if (node.type === AST_NODE_TYPES.CallExpression && this.isVerifyCall(node)) {
        return true;
      }
      if (isFunction(node) && node.parent?.type !== AST_NODE_TYPES.CallExpression) {
        continue;
      }
      for (const child of childNodes(node)) {
        stack.push(child);
      }
    }
    return false;
  }

  /** Tells whether a call verifies a credential (`jwt.verify(token)`, `keys.has(key)`, `request.jwtVerify()`). */
  isVerifyCall(call: TSESTree.CallExpression): boolean {
    const name = calleeName(call)?.toLowerCase();
    const callee = unwrap(call.callee);
    const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;

    if (receiver && name !== undefined) {
      const receiverKind = this.kindOf(receiver);
      if (receiverKind.kind === 'credential' && (CREDENTIAL_TRANSFORMS.has(name) || FORMAT_PREDICATES.has(name))) {
        return false;
      }
      if (receiverKind.kind === 'request' && this.vocabulary.verifyFunctionParts.some((part) => name.includes(part))) {
        return true;
      }
    }
    if (name === 'log' || name === 'warn' || name === 'error' || name === 'info' || name === 'debug') {
      return false;
    }
    return call.arguments.some((argument) => this.receivesCredential(argument));
  }

  private receivesCredential(argument: Node): boolean {
    const value = unwrap(argument);
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      return value.properties.some(
        (property) => property.type === AST_NODE_TYPES.Property && isCredentialLike(this.kindOf(property.value)),
      );
    }
    return isCredentialLike(this.kindOf(value));
  }

  /** Classifies a value by where it comes from. Results are cached per node. */
  kindOf(node: Node): ValueKind {
    const cached = this.kinds.get(node);
    if (cached) {
      return cached;
    }
    if (this.inProgress.has(node)) {
      return NONE;
    }
    this.inProgress.add(node);
    const kind = this.computeKind(node);
    this.inProgress.delete(node);
    this.kinds.set(node, kind);
    return kind;
  }

  private computeKind(node: Node): ValueKind {
    const expression = unwrap(node);
    const optional = isOptional(node);

    switch (expression.type) {
      case AST_NODE_TYPES.AwaitExpression:
        return this.kindOf(expression.argument);
      case AST_NODE_TYPES.Identifier:
        return this.identifierKind(expression);
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(expression);
        if (name === undefined) {
          const objectKind = this.kindOf(expression.object);
          if (objectKind.kind === 'credential' || objectKind.kind === 'verified') {
            return objectKind;
          }
          // A lookup keyed by the credential verifies it, as `keys.get(key)` does: `accounts[token]`.
          return expression.computed && isCredentialLike(this.kindOf(expression.property)) ? { kind: 'verified' } : NONE;
        }
        return this.memberKind(expression.object, name, optional || expression.optional);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.callKind(expression, optional);
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression: {
        const sides =
          expression.type === AST_NODE_TYPES.LogicalExpression
            ? [expression.left, expression.right]
            : [expression.consequent, expression.alternate];
        const kinds = sides.map((side) => this.kindOf(side));
        return kinds.find((kind) => kind.kind === 'credential' || kind.kind === 'principal' || kind.kind === 'verified') ?? NONE;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (expression.operator === '*' || expression.operator === '/') {
          const left = this.kindOf(expression.left);
          const right = this.kindOf(expression.right);
          return left.kind === 'expiry' || right.kind === 'expiry' ? { kind: 'expiry' } : NONE;
        }
        return NONE;
      }
      default:
        return NONE;
    }
  }

  private identifierKind(identifier: TSESTree.Identifier): ValueKind {
    if (REQUEST_NAMES.has(identifier.name)) {
      return { kind: 'request' };
    }
    if (identifier.name === 'locals') {
      return { kind: 'request' };
    }

    const variable = resolveVariable(identifier, this.scopeOf(identifier));
    const definition = variable?.defs[0];
    let kind: ValueKind = NONE;
    if (variable && definition) {
      if (definition.type === 'Parameter' && (identifier.name === 'headers' || identifier.name === 'cookies')) {
        // A handler's destructured context: ({ headers, cookies }) in Elysia, SvelteKit, Astro.
        kind = identifier.name === 'headers' ? { kind: 'headers' } : { kind: 'cookies' };
      } else if (definition.type === 'Parameter' && isDestructuredContext(definition.name as TSESTree.Identifier, definition.node)) {
        // A handler's destructured context, `({ user, headers }) => ...` (Elysia): its members are the request's.
        kind = this.patternKind(outerParameter(definition.name as TSESTree.Identifier), identifier, { kind: 'request' }, undefined);
      } else if (definition.type === 'Parameter') {
        kind = this.parameterKind(definition.name as TSESTree.Identifier, definition.node);
      } else if (definition.type === 'Variable' && definition.node.init && isSingleAssignment(variable)) {
        kind = this.bindingKind(definition.node.id, definition.name, definition.node.init);
      } else if (definition.type === 'Variable' && !definition.node.init && definition.node.id === definition.name) {
        // `let claims; try { claims = jwt.verify(token, key); } catch { ... }`: the only assignment gives the value,
        // also through a pattern: `({ payload: claims } = await jwtVerify(token, key))`.
        const assigned = onlyAssignment(variable);
        if (!assigned) {
          kind = NONE;
        } else if (assigned.pattern.type === AST_NODE_TYPES.Identifier) {
          kind = this.kindOf(assigned.value);
        } else {
          kind = this.patternKind(assigned.pattern, definition.name as TSESTree.Identifier, this.kindOf(assigned.value), assigned.value);
        }
      } else if (definition.type === 'CatchClause') {
        kind = NONE;
      }
    }
    if (kind.kind === 'none' && this.isCredentialName(identifier.name) && !isLinkToken(identifier, definition)) {
      return { kind: 'credential' };
    }
    // A membership ties a known user to an organisation or team, so its absence and its role are permissions.
    if (kind.kind === 'none' && MEMBERSHIP_NAME.test(identifier.name)) {
      return { kind: 'permission', optional: false };
    }
    return kind;
  }

  /** Tells whether a name is that of a token that proves something other than the identity (`csrfToken`, `captcha`). */
  private isOtherProof(lower: string): boolean {
    return this.vocabulary.notCredentialNameParts.some((part) => lower.includes(part));
  }

  /** Tells whether a variable's name makes it a credential (`token`, `apiKey`), but not a CSRF or reset token. */
  isCredentialName(name: string): boolean {
    const lower = name.toLowerCase();
    return (
      this.vocabulary.credentialNameParts.some((part) => lower.includes(part)) &&
      !this.vocabulary.notCredentialNameParts.some((part) => lower.includes(part))
    );
  }

  private parameterKind(identifier: TSESTree.Identifier, fn: Node): ValueKind {
    if (!isFunction(fn)) {
      return NONE;
    }
    const index = fn.params.findIndex((param) => unwrap(param) === identifier || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left === identifier));
    // NestJS's parameter decorators for the signed-in user, made with createParamDecorator: `@CurrentUser() user`.
    if (index >= 0 && hasUserDecorator(fn.params[index])) {
      return { kind: 'principal', optional: false };
    }
    if (index >= 0 && index <= 1 && isPassportHandleRequest(fn)) {
      // handleRequest(err, user, info, context): passport passes its error, and the user or false.
      return index === 0 ? { kind: 'verify-error' } : { kind: 'principal', optional: false };
    }
    const call = fn.parent;
    if (index < 0 || !call || call.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.Expression)) {
      return NONE;
    }

    const name = calleeName(call)?.toLowerCase() ?? '';
    if (name === 'authenticate' && index === 1) {
      return { kind: 'principal', optional: false };
    }
    if (index <= 1 && this.isVerifyCall(call) && fn.params.length >= 2) {
      return index === 0 ? { kind: 'verify-error' } : { kind: 'verified' };
    }
    return NONE;
  }

  private bindingKind(pattern: TSESTree.BindingName, name: TSESTree.Identifier, init: TSESTree.Expression): ValueKind {
    if (pattern.type === AST_NODE_TYPES.Identifier) {
      return this.kindOf(init);
    }
    return this.patternKind(pattern, name, this.kindOf(init), init);
  }

  /** Follows a destructuring pattern down to `name`, treating each key as a member access. */
  private patternKind(pattern: Node, name: TSESTree.Identifier, value: ValueKind, valueNode: Node | undefined): ValueKind {
    if (pattern === name || (pattern.type === AST_NODE_TYPES.Identifier && pattern.name === name.name)) {
      return value;
    }
    if (pattern.type === AST_NODE_TYPES.AssignmentPattern) {
      return this.patternKind(pattern.left, name, value, valueNode);
    }
    if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of pattern.properties) {
        if (property.type !== AST_NODE_TYPES.Property || !containsBinding(property.value, name)) {
          continue;
        }
        const key = propertyKey(property);
        const memberValue = key === undefined ? NONE : this.kindOfMemberValue(value, valueNode, key, false);
        return this.patternKind(property.value, name, memberValue, undefined);
      }
      return NONE;
    }
    if (pattern.type === AST_NODE_TYPES.ArrayPattern) {
      const element = pattern.elements.find((item) => item && containsBinding(item, name));
      if (!element) {
        return NONE;
      }
      const itemValue = value.kind === 'credential' || value.kind === 'verified' ? value : NONE;
      return this.patternKind(element, name, itemValue, undefined);
    }
    return NONE;
  }

  private memberKind(objectNode: Node, name: string, optional: boolean): ValueKind {
    return this.kindOfMemberValue(this.kindOf(objectNode), objectNode, name, optional);
  }

  /** Classifies `object.name`, given what `object` is. */
  private kindOfMemberValue(object: ValueKind, objectNode: Node | undefined, name: string, optional: boolean): ValueKind {
    const lower = name.toLowerCase();
    const objectExpression = objectNode ? unwrap(objectNode) : undefined;
    const containerName =
      objectExpression?.type === AST_NODE_TYPES.MemberExpression
        ? memberName(objectExpression)
        : objectExpression?.type === AST_NODE_TYPES.Identifier
          ? objectExpression.name
          : undefined;

    if (object.kind === 'request' || (containerName !== undefined && CONTAINER_NAMES.has(containerName))) {
      if (this.vocabulary.principalProperties.has(lower)) {
        return { kind: 'principal', optional };
      }
      if (lower === 'headers' || lower === 'header') {
        return { kind: 'headers' };
      }
      if (lower === 'cookies' || lower === 'signedcookies') {
        return { kind: 'cookies' };
      }
      if (lower === 'request' || lower === 'req' || lower === 'raw' || lower === 'node') {
        return { kind: 'request' };
      }
      return object.kind === 'request' ? NONE : NONE;
    }

    switch (object.kind) {
      case 'headers':
        return this.isCredentialHeader(lower) ? { kind: 'credential' } : NONE;
      case 'cookies':
        return COOKIE_CREDENTIAL_PARTS.some((part) => lower.includes(part)) ? { kind: 'credential' } : NONE;
      case 'principal':
        if (lower === 'isauthenticated') {
          return { kind: 'presence-check' };
        }
        // The JWT claims of a decoded token: `claims.exp`. Other expiry members may be an account's.
        if (lower === 'exp' || lower === 'nbf') {
          return { kind: 'expiry' };
        }
        if (this.vocabulary.permissionProperties.has(lower)) {
          return { kind: 'permission', optional: optional || object.optional };
        }
        if (IDENTITY_MEMBERS.has(lower)) {
          return { kind: 'principal', optional: optional || object.optional };
        }
        // A CSRF or captcha secret kept in the session proves something other than the identity.
        if (this.isOtherProof(lower)) {
          return NONE;
        }
        return { kind: 'identity-attribute' };
      case 'verified':
        if (this.vocabulary.permissionProperties.has(lower)) {
          return { kind: 'permission', optional };
        }
        if (EXPIRY_MEMBERS.has(lower)) {
          return { kind: 'expiry' };
        }
        // A revoked key or token is invalid (RFC 6750 §3.1, invalid_token), like a failed verify.
        if (REVOCATION_MEMBERS.has(lower)) {
          return { kind: 'verify-error' };
        }
        if (IDENTITY_MEMBERS.has(lower)) {
          return { kind: 'principal', optional };
        }
        return lower === 'valid' || lower === 'active' ? { kind: 'verified' } : { kind: 'identity-attribute' };
      case 'permission':
        return lower === 'length' ? { kind: 'permission', optional: object.optional } : { kind: 'permission', optional: object.optional || optional };
      case 'credential':
        if (lower === 'length') {
          return { kind: 'credential-length' };
        }
        if (EXPIRY_MEMBERS.has(lower)) {
          return { kind: 'expiry' };
        }
        // A credential with claims in it (`decodedToken.data.role`) is a decoded token: read it as one.
        if (this.vocabulary.permissionProperties.has(lower)) {
          return { kind: 'permission', optional };
        }
        return IDENTITY_MEMBERS.has(lower) ? { kind: 'principal', optional } : { kind: 'credential' };
      case 'credential-length':
      case 'expiry':
        return NONE;
      default:
        return NONE;
    }
  }

  isCredentialHeader(lowerName: string): boolean {
    return (
      this.vocabulary.credentialHeaders.has(lowerName) ||
      lowerName.includes('api-key') ||
      lowerName.includes('apikey') ||
      lowerName.includes('api_key')
    );
  }

  /** Tells whether a node reads the request's Cookie header: `req.headers.cookie`, `request.headers.get('cookie') ?? ''`. */
  private isCookieHeader(node: Node): boolean {
    let expression = unwrap(node);
    if (expression.type === AST_NODE_TYPES.LogicalExpression) {
      expression = unwrap(expression.left);
    }
    if (expression.type === AST_NODE_TYPES.MemberExpression) {
      return memberName(expression)?.toLowerCase() === 'cookie' && this.kindOf(expression.object).kind === 'headers';
    }
    if (expression.type !== AST_NODE_TYPES.CallExpression || stringValue(expression.arguments[0])?.toLowerCase() !== 'cookie') {
      return false;
    }
    const callee = unwrap(expression.callee);
    const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? this.kindOf(callee.object).kind : undefined;
    return receiver === 'headers' || receiver === 'request';
  }

  private callKind(call: TSESTree.CallExpression, optional: boolean): ValueKind {
    const callee = unwrap(call.callee);
    const name = calleeName(call);
    const lower = name?.toLowerCase();
    const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
    const receiverKind = receiver ? this.kindOf(receiver) : NONE;
    const firstString = stringValue(call.arguments[0]);

    if (lower === undefined) {
      return NONE;
    }

    // A lookup of the credential in a revocation list (`revokedTokens.has(token)`, `isRevoked(token)`) is true for
    // an invalid credential, as a revoked member is (RFC 6750 §3.1, invalid_token).
    // A predicate reads `isRevoked`, `hasBeenRevoked`; `verifyNotRevoked()` returns the claims instead.
    const isRevocationPredicate = /^(?:is|has|was)/.test(lower) && !lower.includes('not') && REVOCATION_NAME.test(lower);
    const listName = receiver ? nameOf(receiver)?.toLowerCase() : undefined;
    // redis.sismember('revoked_tokens', token) names the list in an argument.
    const namedList = call.arguments.some((argument) => REVOCATION_NAME.test(stringValue(argument)?.toLowerCase() ?? ''));
    const isListLookup = LOOKUP_METHODS.has(lower) && ((listName !== undefined && REVOCATION_NAME.test(listName)) || namedList);
    const isRevocationLookup = isRevocationPredicate || isListLookup;
    if (isRevocationLookup && call.arguments.some((argument) => this.kindOf(argument).kind === 'credential')) {
      return { kind: 'verify-error' };
    }

    // Next.js: cookies() and headers() of next/headers are the request's.
    if ((lower === 'cookies' || lower === 'headers') && callee.type === AST_NODE_TYPES.Identifier && call.arguments.length === 0) {
      const origin = importOrigin(callee, this.scopeOf(callee));
      if (origin?.source === 'next/headers') {
        return lower === 'cookies' ? { kind: 'cookies' } : { kind: 'headers' };
      }
    }

    // The cookie package: parse(req.headers.cookie) returns the request's cookies.
    if (lower === 'parse' && call.arguments[0] && this.isCookieHeader(call.arguments[0])) {
      return { kind: 'cookies' };
    }

    // Transforms and format checks of a credential: token.slice(7), header.startsWith('Bearer ')
    if (receiverKind.kind === 'credential' || receiverKind.kind === 'verified') {
      if (CREDENTIAL_TRANSFORMS.has(lower)) {
        return receiverKind;
      }
      if (FORMAT_PREDICATES.has(lower) && receiverKind.kind === 'credential') {
        return { kind: 'credential-format' };
      }
    }
    if (lower === 'test' && call.arguments.some((argument) => this.kindOf(argument).kind === 'credential')) {
      return { kind: 'credential-format' };
    }

    // NestJS: context.switchToHttp().getRequest() is the request.
    if (lower === 'getrequest') {
      return { kind: 'request' };
    }

    // Request accessors: req.get('Authorization'), c.get('user'), req.isAuthenticated()
    if (receiverKind.kind === 'request' || receiverKind.kind === 'headers' || receiverKind.kind === 'cookies') {
      if (lower === 'isauthenticated') {
        return { kind: 'presence-check' };
      }
      if ((lower === 'get' || lower === 'header') && firstString !== undefined) {
        const key = firstString.toLowerCase();
        if (receiverKind.kind === 'cookies') {
          return COOKIE_CREDENTIAL_PARTS.some((part) => key.includes(part)) ? { kind: 'credential' } : NONE;
        }
        if (this.isCredentialHeader(key)) {
          return { kind: 'credential' };
        }
        if (receiverKind.kind === 'request' && (this.vocabulary.principalProperties.has(key) || key === 'jwtpayload')) {
          return { kind: 'principal', optional };
        }
        return NONE;
      }
    }
    if ((lower === 'get' || lower === 'header') && firstString !== undefined && receiver) {
      const called = receiver.type === AST_NODE_TYPES.AwaitExpression ? unwrap(receiver.argument) : receiver;
      const receiverName = called.type === AST_NODE_TYPES.CallExpression ? calleeName(called) : nameOf(called);
      if (receiverName === 'headers' && this.isCredentialHeader(firstString.toLowerCase())) {
        return { kind: 'credential' };
      }
      if (receiverName === 'cookies' && COOKIE_CREDENTIAL_PARTS.some((part) => firstString.toLowerCase().includes(part))) {
        return { kind: 'credential' };
      }
    }

    // A scope string split into a list is still the permission: req.auth.scope.split(' ')
    if (receiverKind.kind === 'permission' && CREDENTIAL_TRANSFORMS.has(lower)) {
      return receiverKind;
    }

    // h3's getHeader(event, 'authorization'), getRequestHeader(...), getCookie(event, 'session')
    const secondString = stringValue(call.arguments[1]);
    if (callee.type === AST_NODE_TYPES.Identifier && secondString !== undefined && call.arguments[0] && this.kindOf(call.arguments[0]).kind === 'request') {
      const key = secondString.toLowerCase();
      if ((lower === 'getheader' || lower === 'getrequestheader') && this.isCredentialHeader(key)) {
        return { kind: 'credential' };
      }
      if (lower === 'getcookie' && COOKIE_CREDENTIAL_PARTS.some((part) => key.includes(part))) {
        return { kind: 'credential' };
      }
    }

    // claims.orgIds.includes(req.params.orgId): a search in the tenants of an identity.
    if (receiver && COLLECTION_PREDICATES.has(lower) && receiverKind.kind === 'identity-attribute' && TENANT_LISTS.has(nameOf(receiver)?.toLowerCase() ?? '')) {
      return { kind: 'permission-call', optional: false };
    }

    // Permission checks: user.hasRole('admin'), roles.includes('admin'), can(user, 'edit')
    // Only optional chaining on the identity counts: in `user.scopes?.includes(x)` the user is read plainly.
    if (receiverKind.kind === 'principal' && this.vocabulary.permissionPredicates.has(lower)) {
      return { kind: 'permission-call', optional: receiverKind.optional };
    }
    if (receiverKind.kind === 'permission' && COLLECTION_PREDICATES.has(lower)) {
      return { kind: 'permission-call', optional: receiverKind.optional };
    }
    if (COLLECTION_PREDICATES.has(lower) && call.arguments.some((argument) => this.kindOf(argument).kind === 'permission')) {
      const argumentKind = call.arguments.map((argument) => this.kindOf(argument)).find((kind) => kind.kind === 'permission');
      return { kind: 'permission-call', optional: argumentKind?.kind === 'permission' && argumentKind.optional };
    }
    // required.some((role) => user.roles.includes(role)): the callback checks a permission.
    if (COLLECTION_PREDICATES.has(lower) && call.arguments[0]) {
      const result = callbackResult(call.arguments[0]);
      const resultKind = result ? this.kindOf(result) : NONE;
      if (resultKind.kind === 'permission-call' || resultKind.kind === 'permission') {
        return { kind: 'permission-call', optional: resultKind.optional };
      }
    }
    if (this.vocabulary.permissionPredicates.has(lower)) {
      const identityArgument = call.arguments.find((argument) => {
        const kind = this.kindOf(argument).kind;
        return kind === 'principal' || kind === 'permission' || kind === 'request';
      });
      if (identityArgument) {
        return { kind: 'permission-call', optional: isOptional(identityArgument) };
      }
    }

    // Calls that return the current identity: getServerSession(), supabase.auth.getUser()
    const isPlainCall = callee.type === AST_NODE_TYPES.Identifier;
    if (this.vocabulary.principalCalls.has(lower) && (isPlainCall || (lower !== 'auth' && lower !== 'getauth'))) {
      return { kind: 'principal', optional: false };
    }
    if ((lower === 'getuser' || lower === 'getsession') && receiver && memberNameOf(receiver) === 'auth') {
      return { kind: 'principal', optional: false };
    }
    if (REQUEST_IDENTITY_GETTERS.has(lower) && call.arguments.some((argument) => this.kindOf(argument).kind === 'request')) {
      return { kind: 'principal', optional: false };
    }

    if (isPlainCall && TRANSFORM_FUNCTIONS.has(lower)) {
      return call.arguments[0] && this.kindOf(call.arguments[0]).kind === 'credential' ? { kind: 'credential' } : NONE;
    }
    if (lower === 'from' && receiver?.type === AST_NODE_TYPES.Identifier && receiver.name === 'Buffer') {
      return call.arguments[0] && this.kindOf(call.arguments[0]).kind === 'credential' ? { kind: 'credential' } : NONE;
    }
    if (isPlainCall && lower === 'boolean' && call.arguments[0]) {
      return this.kindOf(call.arguments[0]);
    }

    if (this.isVerifyCall(call)) {
      return { kind: 'verified' };
    }

    // Extractors such as getToken(req) or jwtFrom(req) return the credential of a request.
    if (this.isCredentialName(lower) && call.arguments.some((argument) => this.kindOf(argument).kind === 'request')) {
      return { kind: 'credential' };
    }
    return NONE;
  }
}

function memberNameOf(node: Node): string | undefined {
  const expression = unwrap(node);
  return expression.type === AST_NODE_TYPES.MemberExpression ? memberName(expression) : undefined;
}

/** Combines the categories of `a || b`: either may be why the branch runs. */
function anyOf(left: Category, right: Category): Category {
  const failures: Category[] = ['missing', 'unverifiable'];
  const permissions: Category[] = ['permission', 'permission?'];
  if (left === 'mixed' || right === 'mixed') {
    return 'mixed';
  }
  if ((failures.includes(left) && permissions.includes(right)) || (permissions.includes(left) && failures.includes(right))) {
    return 'mixed';
  }
  if (failures.includes(left) && failures.includes(right)) {
    return left === 'missing' || right === 'missing' ? 'missing' : 'unverifiable';
  }
  if (permissions.includes(left) && permissions.includes(right)) {
    return left === 'permission' || right === 'permission' ? 'permission' : 'permission?';
  }
  if (left === 'none' && right === 'none') {
    return 'none';
  }
  if ((left === 'present' || left === 'none') && (right === 'present' || right === 'none')) {
    return left === 'present' && right === 'present' ? 'present' : 'none';
  }
  // One side is an identity failure or a permission, the other something else: ambiguous.
  return 'identity';
}

/** Combines the categories of `a && b`: both hold on the branch. */
function allOf(left: Category, right: Category): Category {
  const failures: Category[] = ['missing', 'unverifiable'];
  const permissions: Category[] = ['permission', 'permission?'];
  const both = [left, right];
  if (both.includes('mixed')) {
    return 'mixed';
  }
  const failure = both.find((category) => failures.includes(category));
  const permission = both.find((category) => permissions.includes(category));
  if (failure && permission) {
    return 'identity';
  }
  if (failure) {
    return left === 'missing' || right === 'missing' ? 'missing' : failure;
  }
  if (permission) {
    // `user && !user.isAdmin`: the other side shows the identity is present.
    return both.includes('present') || both.includes('permission') ? 'permission' : permission;
  }
  if (both.includes('identity')) {
    return 'identity';
  }
  return both.includes('present') ? 'present' : 'none';
}

function absenceCategory(value: ValueKind, absent: boolean): Category {
  switch (value.kind) {
    case 'principal':
    case 'credential':
      return absent ? 'missing' : 'present';
    case 'verified':
      return absent ? 'unverifiable' : 'present';
    case 'permission':
      if (!absent) {
        return 'none';
      }
      return value.optional ? 'permission?' : 'permission';
    case 'identity-attribute':
      return 'identity';
    default:
      return 'none';
  }
}

function isCredentialLike(kind: ValueKind): boolean {
  return kind.kind === 'credential' || kind.kind === 'verified';
}

function isIdentityKind(kind: ValueKind): boolean {
  return kind.kind !== 'none' && kind.kind !== 'request' && kind.kind !== 'headers' && kind.kind !== 'cookies';
}

/**
 * Objects and calls that hold what a link carries: the query string
 * (`req.query`, `url.searchParams`, `c.req.query()`, h3's `getQuery(event)`),
 * the route parameters (`req.params`, `c.req.param()`) and the request body
 * (`req.body`, `await request.json()`, h3's `readBody(event)`).
 */
const LINK_SOURCES = new Set(['query', 'searchParams', 'queryParams', 'queryStringParameters', 'getQuery', 'params', 'param', 'body', 'json', 'readBody']);

/**
 * Tells whether a credential-named variable is a link's token: a plain
 * `token` read from the query string, the route or the body, as share,
 * invitation and unsubscribe links carry it. A wrong link cannot be mended
 * by signing in. Any other name, such as RFC 6750's `access_token` query
 * parameter, a `refreshToken` or an `api_key`, stays a credential.
 */
function isLinkToken(identifier: TSESTree.Identifier, definition: Scope.Definition | undefined): boolean {
  if (definition?.type !== 'Variable' || !definition.node.init) {
    return false;
  }
  let init = unwrap(definition.node.init);
  // `req.query.token ?? ''`
  if (init.type === AST_NODE_TYPES.LogicalExpression && init.operator !== '&&') {
    init = unwrap(init.left);
  }
  const pattern = definition.node.id;
  const names = [identifier.name, pattern.type === AST_NODE_TYPES.Identifier ? readKey(init) : boundKey(pattern, identifier.name)];
  if (names.some((name) => name !== undefined && name.toLowerCase() !== 'token')) {
    return false;
  }

  let current: Node = init;
  for (let depth = 0; depth < 8; depth += 1) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) {
      current = unwrap(current.argument);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = calleeName(current);
      if (callee !== undefined && LINK_SOURCES.has(callee)) {
        return true;
      }
      const expression = unwrap(current.callee);
      if (expression.type !== AST_NODE_TYPES.MemberExpression) {
        return false;
      }
      current = unwrap(expression.object);
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      const member = memberName(current);
      if (member !== undefined && LINK_SOURCES.has(member)) {
        return true;
      }
      current = unwrap(current.object);
    } else {
      return current.type === AST_NODE_TYPES.Identifier && LINK_SOURCES.has(current.name);
    }
  }
  return false;
}

/** Returns the key that a destructuring pattern reads into `name`: `access_token` in `{ access_token: token }`. */
function boundKey(pattern: TSESTree.BindingName, name: string): string | undefined {
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) {
    return undefined;
  }
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) {
      continue;
    }
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === name) {
      return propertyKey(property);
    }
  }
  return undefined;
}

/** Returns the parameter an initializer reads: `access_token` in `query.access_token` or `searchParams.get('access_token')`. */
function readKey(node: Node): string | undefined {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    return memberName(node);
  }
  return node.type === AST_NODE_TYPES.CallExpression ? stringValue(node.arguments[0]) : undefined;
}

function isTypeof(node: Node): node is TSESTree.UnaryExpression {
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'typeof';
}

function isNullish(node: Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && (node.value === null || node.value === '')) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void')
  );
}

/** Tells whether a function is the `handleRequest` method of a guard that extends passport's `AuthGuard()` in NestJS. */
function isPassportHandleRequest(fn: Node): boolean {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.value !== fn || method.key.type !== AST_NODE_TYPES.Identifier || method.key.name !== 'handleRequest') {
    return false;
  }
  const superClass = method.parent.parent.superClass;
  return superClass?.type === AST_NODE_TYPES.CallExpression && calleeName(superClass) === 'AuthGuard';
}

/** Returns the expression a callback returns: its expression body, or the argument of its only statement. */
function callbackResult(node: Node): Node | undefined {
  const callback = unwrap(node);
  if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback.type !== AST_NODE_TYPES.FunctionExpression) {
    return undefined;
  }
  if (callback.body.type !== AST_NODE_TYPES.BlockStatement) {
    return callback.body;
  }
  const [only] = callback.body.body;
  return callback.body.body.length === 1 && only?.type === AST_NODE_TYPES.ReturnStatement ? (only.argument ?? undefined) : undefined;
}

/** Returns the value of a string or number literal. */
function literalOf(node: Node): string | number | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Literal && (typeof expression.value === 'string' || typeof expression.value === 'number')) {
    return expression.value;
  }
  if (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0) {
    return expression.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

function booleanValue(node: Node): boolean | undefined {
  const expression = unwrap(node);
  return expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'boolean' ? expression.value : undefined;
}

function isZero(node: Node): boolean {
  const expression = unwrap(node);
  return expression.type === AST_NODE_TYPES.Literal && expression.value === 0;
}

function isNameMember(node: Node): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(expression);
    return name === 'name' || name === 'code' || name === 'constructor';
  }
  return expression.type === AST_NODE_TYPES.Identifier;
}

/** Words that end the name of an anti-forgery or replay value: an OpenID Connect `nonce`, a CSRF or XSRF token. */
const ANTI_FORGERY_WORDS = ['nonce', 'csrf', 'xsrf'];

/**
 * Tells whether a value is named as an anti-forgery or replay value:
 * `idToken.nonce`, `session.oidcNonce`, `req.body._csrf`, `csrfToken`. Only
 * the name's last word counts, so `nonceScopedApiKey` is still a key.
 */
function isAntiForgeryValue(node: Node): boolean {
  const name = nameOf(unwrap(node));
  if (name === undefined) {
    return false;
  }
  const parts = nameWords(name);
  const last = parts.at(-1) ?? '';
  const before = parts.at(-2) ?? '';
  const endsInWord = ANTI_FORGERY_WORDS.some((word) => last.endsWith(word));
  const tokenOfWord = (last === 'token' || last === 'secret' || last.endsWith('token')) && ANTI_FORGERY_WORDS.some((word) => before === word || last.startsWith(word));
  return endsInWord || tokenOfWord;
}

function isMemberOrIdentifier(node: Node): boolean {
  const expression = unwrap(node);
  return expression.type === AST_NODE_TYPES.MemberExpression || expression.type === AST_NODE_TYPES.Identifier;
}

/** Tells whether a value is read through optional chaining anywhere in its member chain. */
function isOptional(node: Node): boolean {
  let current: Node = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.ChainExpression) {
      return true;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.optional) {
        return true;
      }
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) {
        return true;
      }
      current = current.callee;
    } else if (
      current.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.type === AST_NODE_TYPES.TSAsExpression ||
      current.type === AST_NODE_TYPES.AwaitExpression
    ) {
      current = current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression;
    } else {
      return false;
    }
  }
}

/**
 * Returns the only write to a variable declared without a value, when it is
 * a plain `=`: the assigned pattern (the variable itself, or a destructuring
 * pattern that contains it) and the value.
 */
function onlyAssignment(variable: Scope.Variable): { pattern: Node; value: Node } | undefined {
  const writes = variable.references.filter((reference) => reference.isWrite());
  const [write] = writes;
  if (writes.length !== 1 || !write) {
    return undefined;
  }
  // Climb out of the destructuring pattern, if any, to the assignment.
  let pattern: Node = write.identifier as Node;
  let parent = pattern.parent;
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.Property ||
      parent.type === AST_NODE_TYPES.ObjectPattern ||
      parent.type === AST_NODE_TYPES.ArrayPattern ||
      (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === pattern))
  ) {
    if (parent.type === AST_NODE_TYPES.ObjectPattern || parent.type === AST_NODE_TYPES.ArrayPattern) {
      pattern = parent;
    }
    parent = parent.parent;
  }
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== '=' || parent.left !== pattern) {
    return undefined;
  }
  return { pattern, value: parent.right };
}

function isSingleAssignment(variable: Scope.Variable): boolean {
  let writes = 0;
  for (const reference of variable.references) {
    if (reference.isWrite()) {
      writes += 1;
    }
  }
  return writes <= 1;
}

function containsBinding(pattern: Node, name: TSESTree.Identifier): boolean {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return pattern === name || pattern.name === name.name;
    case AST_NODE_TYPES.AssignmentPattern:
      return containsBinding(pattern.left, name);
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.some((property) =>
        property.type === AST_NODE_TYPES.Property ? containsBinding(property.value, name) : containsBinding(property.argument, name),
      );
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.some((element) => element !== null && containsBinding(element, name));
    case AST_NODE_TYPES.RestElement:
      return containsBinding(pattern.argument, name);
    default:
      return false;
  }
}

/** Names of the parameter decorators that NestJS apps make with `createParamDecorator` to inject the signed-in user. */
const USER_DECORATORS = new Set(['CurrentUser', 'User', 'AuthUser', 'ReqUser', 'RequestUser', 'SessionUser', 'LoggedInUser', 'AuthenticatedUser', 'GetUser', 'CurrentAccount', 'Principal']);

/** Tells whether a parameter carries a user decorator, called (`@CurrentUser()`) or not. */
function hasUserDecorator(param: Node | undefined): boolean {
  const decorators = (param as { decorators?: TSESTree.Decorator[] } | undefined)?.decorators ?? [];
  return decorators.some((decorator) => {
    const expression = decorator.expression.type === AST_NODE_TYPES.CallExpression ? decorator.expression.callee : decorator.expression;
    return expression.type === AST_NODE_TYPES.Identifier && USER_DECORATORS.has(expression.name);
  });
}

const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'decorators']);

/** Lists a node's child nodes, skipping type annotations and the `parent` link. */
export function childNodes(node: Node): Node[] {
  const children: Node[] = [];
  for (const key of Object.keys(node)) {
    if (SKIPPED_KEYS.has(key)) {
      continue;
    }
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) {
        if (isNode(item)) {
          children.push(item);
        }
      }
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Whether a parameter binding comes from destructuring the first parameter of a callback (a handler's context). */
function isDestructuredContext(name: TSESTree.Identifier, fn: Node): boolean {
  if (!isFunction(fn) || fn.params[0]?.type !== AST_NODE_TYPES.ObjectPattern) {
    return false;
  }
  const call = fn.parent;
  const isCallback =
    (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(fn as TSESTree.Expression);
  return isCallback && containsBinding(fn.params[0], name);
}

function outerParameter(name: TSESTree.Identifier): Node {
  let current: Node = name;
  while (current.parent && !isFunction(current.parent)) {
    current = current.parent;
  }
  return current;
}

/** Members that name the tenant a user acts in, lower-cased. */
const TENANT_MEMBERS = new Set(['orgid', 'organizationid', 'tenantid', 'workspaceid', 'teamid']);
/** Members that list the tenants a user belongs to, lower-cased. */
const TENANT_LISTS = new Set(['orgids', 'organizationids', 'tenantids', 'workspaceids', 'teamids']);

/** Tells whether a node is a tenant member of an identity: `user.orgId`, `claims.tenantId`. */
function isTenantMember(node: Node, kind: ValueKind): boolean {
  return kind.kind === 'identity-attribute' && node.type === AST_NODE_TYPES.MemberExpression && TENANT_MEMBERS.has(memberName(node)?.toLowerCase() ?? '');
}

/** Returns the name of an identifier, or the property name of a member expression. */
function nameOf(node: Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    return node.name;
  }
  return node.type === AST_NODE_TYPES.MemberExpression ? memberName(node) : undefined;
}

/** Returns the kind of whichever side of a comparison has the given kind, left first. */
function sideOfKind(kind: ValueKind['kind'], left: ValueKind, right: ValueKind): ValueKind | undefined {
  if (left.kind === kind) {
    return left;
  }
  return right.kind === kind ? right : undefined;
}

/** Returns the node on the other side of the side whose kind is given (`parts.length !== 2` gives `2`). */
function otherSideOf(kind: ValueKind['kind'], leftKind: ValueKind, rightKind: ValueKind, left: Node, right: Node): Node | undefined {
  if (leftKind.kind === kind) {
    return right;
  }
  return rightKind.kind === kind ? left : undefined;
}

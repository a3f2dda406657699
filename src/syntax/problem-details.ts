import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../analysis/node-types';
import { findProperty, propertyKey, stringValue } from '../analysis/ast';
import { PROBLEM_JSON } from '../analysis/headers';

/** Error codes of OAuth 2.0 (RFC 6749 §4.1.2.1 and §5.2) and Bearer tokens (RFC 6750 §3.1), a format of their own. */
const OAUTH_ERROR_CODES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
]);

/** Tells whether an object literal is problem details: it has a `type` or a `title` member (RFC 9457 §3.1). */
export function isProblemObject(object: TSESTree.ObjectExpression): boolean {
  return findProperty(object, 'type') !== undefined || findProperty(object, 'title') !== undefined;
}

/** Tells whether an object literal is an OAuth 2.0 error body: a registered `error` code, or `error` with `error_description`. */
export function isOAuthError(object: TSESTree.ObjectExpression): boolean {
  const error = findProperty(object, 'error');
  const code = error ? stringValue(error.value) : undefined;
  if (code !== undefined && OAUTH_ERROR_CODES.has(code)) {
    return true;
  }
  return error !== undefined && findProperty(object, 'error_description') !== undefined;
}

/** Tells whether an object literal is the OAuth 2.0 error `invalid_client`, which a token endpoint sends when client authentication fails (RFC 6749 §5.2). */
export function isInvalidClientError(object: TSESTree.ObjectExpression): boolean {
  const error = findProperty(object, 'error');
  return error !== undefined && stringValue(error.value) === 'invalid_client';
}

/** Members of a GraphQL response, and of each error in it. */
const GRAPHQL_RESPONSE_MEMBERS = new Set(['errors', 'data', 'extensions']);
const GRAPHQL_ERROR_MEMBERS = new Set(['message', 'locations', 'path', 'extensions']);

/** A file that serves GraphQL, by its path (`app/api/graphql/route.ts`). */
const GRAPHQL_FILE = /graphql/i;

/**
 * Tells whether an object literal is a GraphQL response with errors, which
 * GraphQL clients read: `{ errors: [{ message }] }` with only GraphQL's
 * members, in a file whose path names GraphQL or beside a `data` member.
 * REST validation errors such as `{ errors: [{ field, message }] }` and
 * JSON:API's `{ errors: [{ status, title }] }` do not match.
 */
export function isGraphQLErrorResponse(object: TSESTree.ObjectExpression, filename: string): boolean {
  const errors = findProperty(object, 'errors');
  if (errors?.value.type !== AST_NODE_TYPES.ArrayExpression || errors.value.elements.length === 0) {
    return false;
  }
  if (!object.properties.every((property) => property.type === AST_NODE_TYPES.Property && GRAPHQL_RESPONSE_MEMBERS.has(propertyKey(property) ?? ''))) {
    return false;
  }
  const errorsAreGraphQL = errors.value.elements.every(
    (element) =>
      element?.type === AST_NODE_TYPES.ObjectExpression &&
      findProperty(element, 'message') !== undefined &&
      element.properties.every((property) => property.type === AST_NODE_TYPES.Property && GRAPHQL_ERROR_MEMBERS.has(propertyKey(property) ?? '')),
  );
  return errorsAreGraphQL && (findProperty(object, 'data') !== undefined || GRAPHQL_FILE.test(filename));
}

/**
 * Tells whether an object literal is a JSON-RPC 2.0 error response,
 * `{ jsonrpc: '2.0', error, id }`, whose shape JSON-RPC clients parse.
 */
export function isJsonRpcErrorResponse(object: TSESTree.ObjectExpression): boolean {
  const version = findProperty(object, 'jsonrpc');
  return version !== undefined && stringValue(version.value) === '2.0' && findProperty(object, 'error') !== undefined;
}

/**
 * Tells whether a value is a string literal that reads as a machine code
 * (`token_expired`, `NOT_FOUND`, `auth.expired`) rather than a sentence.
 * Linear: neither pattern nests a quantifier.
 */
export function isErrorCode(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && /^[a-z][\w.-]*$/i.test(node.value) && /[_.-]|^[A-Z0-9]+$/.test(node.value);
}

/**
 * Tells whether a media type is a structured format other than JSON and
 * problem+json (`application/vnd.api+json`), which a project chooses on purpose.
 */
export function isOtherStructuredType(type: string): boolean {
  if (type === PROBLEM_JSON || type === 'application/json') {
    return false;
  }
  return type.endsWith('+json') || type.endsWith('+xml') || type === 'application/xml';
}

/**
 * Returns why a string is no URI reference (RFC 3986 §4.1), or undefined when
 * it may be one: whitespace, a character that URIs never contain unescaped, or
 * a `%` without two hex digits. It does not check the full grammar.
 */
export function uriReferenceProblem(text: string): string | undefined {
  if (/\s/.test(text)) {
    return 'whitespace';
  }
  const forbidden = /[<>"{}|\\^`]/.exec(text);
  if (forbidden) {
    return `the character ${forbidden[0]}`;
  }
  return /%(?![\da-f]{2})/i.test(text) ? 'a % that starts no escape' : undefined;
}

/** The members that RFC 9457 §3.1 defines. Any other member is an extension. */
export const PROBLEM_MEMBERS: ReadonlySet<string> = new Set(['type', 'title', 'status', 'detail', 'instance']);

/**
 * An extension member name that RFC 9457 §3.2 recommends: a letter, then
 * letters, digits and `_`. A leading `_` is allowed too, for HAL's `_links` and `_embedded`.
 */
export const EXTENSION_NAME = /^_?[a-z]\w*$/i;

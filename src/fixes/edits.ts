import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { isParenthesized } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from '../analysis/node-types';
import { findProperty, isWithin, propertyKey, unwrap } from '../analysis/ast';
import { isJsonStringify } from '../analysis/body';
import { importOrigin, resolveVariable } from '../analysis/imports';
import type { ResponseSite } from '../analysis/model';
import { REASON_PHRASES, STATUS_CONSTANT_NAMES } from '../syntax/reason-phrases';

type Node = TSESTree.Node;

export const PROBLEM_JSON = 'application/problem+json';

/**
 * Inserts text after an expression and the parentheses around it, so that
 * `f((401))` gets `f((401), x)` rather than the comma expression `f((401, x))`.
 */
export function insertAfterExpression(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, node: Node, text: string): RuleFix {
  let token = sourceCode.getLastToken(node);
  let times = 0;
  while (token && isParenthesized(times + 1, node as never, sourceCode as never)) {
    times += 1;
    token = sourceCode.getTokenAfter(token);
  }
  return token && times > 0 ? fixer.insertTextAfter(token, text) : fixer.insertTextAfter(node, text);
}

/** Quotes a string as a single-quoted JavaScript literal. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * Adds a name after the last element of an import list or a destructuring
 * pattern. In a list written one element per line, the name gets a line of
 * its own with the same indentation.
 */
export function appendListItem(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, last: Node, text: string): RuleFix {
  const before = sourceCode.getTokenBefore(last);
  if (!before || before.loc.end.line === last.loc.start.line) {
    return fixer.insertTextAfter(last, `, ${text}`);
  }
  const indent = sourceCode.lines[last.loc.start.line - 1]?.slice(0, last.loc.start.column) ?? '';
  const newLine = `\n${indent.trim() === '' ? indent : ''}`;
  const after = sourceCode.getTokenAfter(last);
  return after?.value === ',' ? fixer.insertTextAfter(after, `${newLine}${text},`) : fixer.insertTextAfter(last, `,${newLine}${text}`);
}

/** Adds a property to an object literal, after its last property or inside empty braces. */
export function addProperty(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, object: TSESTree.ObjectExpression, text: string): RuleFix {
  const last = object.properties[object.properties.length - 1];
  if (last) {
    return fixer.insertTextAfter(last, `, ${text}`);
  }
  const closing = sourceCode.getLastToken(object);
  return closing ? fixer.insertTextBefore(closing, ` ${text} `) : fixer.replaceText(object, `{ ${text} }`);
}

/**
 * Returns the text that writes `newStatus` where `node` wrote the old one: a
 * number for a literal, the same table with another member for a status
 * constant (`StatusCodes.FORBIDDEN` becomes `StatusCodes.UNAUTHORIZED`).
 * Returns undefined when the status is written in a form it cannot rewrite.
 */
function statusEdit(node: Node, newStatus: number, sourceCode: Readonly<SourceCode>): { node: Node; text: string } | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'number') {
    return { node: expression, text: String(newStatus) };
  }
  if (expression.type === AST_NODE_TYPES.MemberExpression && !expression.computed && expression.property.type === AST_NODE_TYPES.Identifier) {
    const name = expression.property.name;
    const prefix = name.startsWith('HTTP_STATUS_') ? 'HTTP_STATUS_' : '';
    if (!STATUS_CONSTANT_NAMES.has(name.slice(prefix.length))) {
      return undefined;
    }
    const newName = [...STATUS_CONSTANT_NAMES].find(([, status]) => status === newStatus)?.[0];
    if (newName === undefined || !hasMember(expression, prefix + newName, sourceCode)) {
      return undefined;
    }
    return { node: expression.property, text: prefix + newName };
  }
  return undefined;
}

/**
 * Tells whether the object of a status constant has another member. A status
 * table imported from a package has them all, so only a local object literal
 * or enum is checked for the name.
 */
function hasMember(member: TSESTree.MemberExpression, name: string, sourceCode: Readonly<SourceCode>): boolean {
  const object = unwrap(member.object);
  if (object.type !== AST_NODE_TYPES.Identifier) {
    return true;
  }
  const scope = sourceCode.getScope(object) as Scope.Scope;
  if (importOrigin(object, scope)) {
    return true;
  }
  const definition = resolveVariable(object, scope)?.defs[0];
  if (!definition) {
    return false;
  }
  if (definition.node.type === AST_NODE_TYPES.TSEnumDeclaration) {
    const members = definition.node.body?.members ?? (definition.node as unknown as { members: TSESTree.TSEnumMember[] }).members;
    return members.some((enumMember) => enumMember.id.type === AST_NODE_TYPES.Identifier && enumMember.id.name === name);
  }
  if (definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init) {
    const init = unwrap(definition.node.init);
    return init.type === AST_NODE_TYPES.ObjectExpression && findProperty(init, name) !== undefined;
  }
  return false;
}

const ERROR_CLASS_FOR_STATUS = new Map([
  [401, 'Unauthorized'],
  [403, 'Forbidden'],
]);

/** Builds the edits that change a site's status, and the `status` and reason-phrase `title` of its problem body. */
export function changeStatusFixes(
  fixer: RuleFixer,
  sourceCode: Readonly<SourceCode>,
  site: ResponseSite,
  oldStatus: number,
  newStatus: number,
): RuleFix[] | undefined {
  const fixes: RuleFix[] = [];
  const statusNode = site.statusNode;
  const adapterFixes = site.fixTarget?.form === 'adapter' ? site.fixTarget.fixes : undefined;

  if (adapterFixes?.changeStatus) {
    const edits = adapterFixes.changeStatus(fixer, newStatus);
    if (!edits) {
      return undefined;
    }
    fixes.push(...edits);
  } else if (statusNode.type === AST_NODE_TYPES.Property) {
    const edit = statusEdit(statusNode.value, newStatus, sourceCode);
    if (!edit) {
      return undefined;
    }
    fixes.push(fixer.replaceText(edit.node, edit.text));
  } else if (statusNode.type === AST_NODE_TYPES.AssignmentExpression) {
    const edit = statusEdit(statusNode.right, newStatus, sourceCode);
    if (!edit) {
      return undefined;
    }
    fixes.push(fixer.replaceText(edit.node, edit.text));
  } else if (statusNode.type === AST_NODE_TYPES.CallExpression || statusNode.type === AST_NODE_TYPES.NewExpression) {
    const edit = errorFactoryEdit(statusNode, oldStatus, newStatus, sourceCode);
    if (!edit) {
      return undefined;
    }
    fixes.push(fixer.replaceText(edit.node, edit.text));
  } else {
    const edit = statusEdit(statusNode, newStatus, sourceCode);
    if (!edit) {
      return undefined;
    }
    fixes.push(fixer.replaceText(edit.node, edit.text));
  }

  const body = site.body;
  if (body?.shape.kind === 'object') {
    fixes.push(...problemMemberFixes(fixer, body.shape.node, oldStatus, newStatus));
  }
  let bodyExpression = body ? unwrap(body.reportNode) : undefined;
  // res.end(JSON.stringify(problem(403, 'Forbidden')))
  if (bodyExpression?.type === AST_NODE_TYPES.CallExpression && isJsonStringify(bodyExpression) && bodyExpression.arguments[0]) {
    bodyExpression = unwrap(bodyExpression.arguments[0]);
  }
  if (bodyExpression?.type === AST_NODE_TYPES.CallExpression && !isWithin(statusNode, bodyExpression)) {
    const editedRanges = fixes.map((fix) => fix.range);
    const outsideEdits = (fix: RuleFix) => editedRanges.every(([start, end]) => fix.range[1] <= start || fix.range[0] >= end);
    fixes.push(...helperArgumentFixes(fixer, bodyExpression, oldStatus, newStatus, sourceCode).filter(outsideEdits));
  }
  const phrase = reasonPhraseNode(site);
  if (phrase && phrase.value.toLowerCase() === REASON_PHRASES.get(oldStatus)?.toLowerCase()) {
    fixes.push(fixer.replaceText(phrase.node, quote(REASON_PHRASES.get(newStatus) ?? '')));
  }
  fixes.push(...phraseFixes(fixer, site, oldStatus, newStatus, fixes));
  return fixes;
}

/**
 * Replaces the old reason phrase where it appears alone: as a text body
 * (`res.status(403).send('Forbidden')`) or as an argument of the call that
 * sets the status (`ctx.throw(403, 'Forbidden')`, `createError(403,
 * 'Forbidden')`, `new ForbiddenException('Forbidden')`, Elysia's
 * `status(403, 'Forbidden')`). Text that other edits already change is left alone.
 */
function phraseFixes(fixer: RuleFixer, site: ResponseSite, oldStatus: number, newStatus: number, edits: readonly RuleFix[]): RuleFix[] {
  const oldPhrase = REASON_PHRASES.get(oldStatus)?.toLowerCase();
  const newPhrase = REASON_PHRASES.get(newStatus);
  if (!oldPhrase || !newPhrase) {
    return [];
  }

  const candidates = new Set<Node>();
  const body = site.body;
  if (body?.shape.kind === 'text' && !body.shape.addedByFramework) {
    candidates.add(unwrap(body.shape.node));
  }
  const statusNode = site.statusNode;
  const parent = statusNode.parent;
  const call =
    statusNode.type === AST_NODE_TYPES.CallExpression || statusNode.type === AST_NODE_TYPES.NewExpression
      ? statusNode
      : (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(statusNode as TSESTree.Expression)
        ? parent
        : undefined;
  for (const argument of call?.arguments ?? []) {
    candidates.add(unwrap(argument));
  }

  const fixes: RuleFix[] = [];
  for (const node of candidates) {
    const text = plainString(node);
    const untouched = edits.every((edit) => edit.range[1] <= node.range[0] || edit.range[0] >= node.range[1]);
    if (text !== undefined && untouched && text.toLowerCase() === oldPhrase) {
      fixes.push(fixer.replaceText(node, quote(inCaseOf(text, newPhrase))));
    }
  }
  return fixes;
}

/** Returns the value of a string literal or of a template literal without expressions. */
function plainString(node: Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' ? node.value : undefined;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Returns a reason phrase written beside the status: `writeHead(403, 'Forbidden')` or `statusText: 'Forbidden'`. */
function reasonPhraseNode(site: ResponseSite): { node: Node; value: string } | undefined {
  const target = site.fixTarget;
  let node: Node | undefined;
  if (target?.form === 'write-head') {
    node = target.call.arguments[1];
  } else if (target?.form === 'response-init') {
    const init = target.call.arguments[1] ? unwrap(target.call.arguments[1]) : undefined;
    node = init?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(init, 'statusText')?.value : undefined;
  }
  const value = node ? unwrap(node) : undefined;
  return value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' ? { node: value, value: value.value } : undefined;
}

function errorFactoryEdit(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  oldStatus: number,
  newStatus: number,
  sourceCode: Readonly<SourceCode>,
): { node: Node; text: string } | undefined {
  const callee = unwrap(node.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    const name = ERROR_CLASS_FOR_STATUS.get(newStatus);
    if (name === undefined) {
      return undefined;
    }
    // Error classes are capitalised (`createError.Forbidden`), reply helpers are not (`reply.forbidden()`).
    const old = callee.property.name;
    const text = old.charAt(0) === old.charAt(0).toLowerCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
    return { node: callee.property, text };
  }
  for (const argument of node.arguments) {
    const value = unwrap(argument);
    if (value.type === AST_NODE_TYPES.Literal && value.value === oldStatus) {
      return { node: value, text: String(newStatus) };
    }
    if (value.type === AST_NODE_TYPES.MemberExpression) {
      const edit = statusEdit(value, newStatus, sourceCode);
      if (edit) {
        return edit;
      }
    }
  }
  return undefined;
}

/**
 * Changes the arguments of a body helper that repeat the status and its
 * reason phrase: `problem(403, 'Forbidden')` becomes `problem(401, 'Unauthorized')`,
 * and `problem(StatusCodes.FORBIDDEN, ...)` takes `StatusCodes.UNAUTHORIZED`.
 */
function helperArgumentFixes(
  fixer: RuleFixer,
  call: TSESTree.CallExpression,
  oldStatus: number,
  newStatus: number,
  sourceCode: Readonly<SourceCode>,
): RuleFix[] {
  const statusArguments = call.arguments.filter((argument) => isStatusArgument(unwrap(argument), oldStatus));
  // Without the status among the arguments, a string equal to the phrase may be anything, such as a translation key.
  if (statusArguments.length === 0) {
    return [];
  }
  const oldPhrase = REASON_PHRASES.get(oldStatus);
  const newPhrase = REASON_PHRASES.get(newStatus);
  const fixes: RuleFix[] = [];
  for (const argument of call.arguments) {
    const value = unwrap(argument);
    if (statusArguments.includes(argument)) {
      const edit = statusEdit(value, newStatus, sourceCode);
      if (!edit) {
        return [];
      }
      fixes.push(fixer.replaceText(edit.node, edit.text));
    } else if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' && oldPhrase && newPhrase && value.value.toLowerCase() === oldPhrase.toLowerCase()) {
      fixes.push(fixer.replaceText(value, quote(inCaseOf(value.value, newPhrase))));
    }
  }
  return fixes;
}

/** Tells whether an argument is the status as a number or a status constant (`StatusCodes.FORBIDDEN`). */
function isStatusArgument(node: Node, status: number): boolean {
  if (isNumberLiteral(node, status)) {
    return true;
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const name = node.property.name.replace(/^HTTP_STATUS_/, '');
  return STATUS_CONSTANT_NAMES.get(name) === status;
}

/** Writes a phrase in the case of the text it replaces: `forbidden` gives `unauthorized`. */
function inCaseOf(original: string, phrase: string): string {
  if (original === original.toLowerCase()) {
    return phrase.toLowerCase();
  }
  return original === original.toUpperCase() ? phrase.toUpperCase() : phrase;
}

function isNumberLiteral(node: Node, value: number): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.value === value;
}

/** Updates a literal `status` member, and a `title` that is the old reason phrase when the type is `about:blank`. */
function problemMemberFixes(fixer: RuleFixer, body: TSESTree.ObjectExpression, oldStatus: number, newStatus: number): RuleFix[] {
  const fixes: RuleFix[] = [];
  const status = findProperty(body, 'status');
  const statusValue = status ? unwrap(status.value) : undefined;
  if (statusValue?.type === AST_NODE_TYPES.Literal && statusValue.value === oldStatus) {
    fixes.push(fixer.replaceText(statusValue, String(newStatus)));
  }

  const type = findProperty(body, 'type');
  const typeValue = type ? unwrap(type.value) : undefined;
  const isBlank = !type || (typeValue?.type === AST_NODE_TYPES.Literal && typeValue.value === 'about:blank');
  const title = findProperty(body, 'title');
  const titleValue = title ? unwrap(title.value) : undefined;
  const oldPhrase = REASON_PHRASES.get(oldStatus);
  const newPhrase = REASON_PHRASES.get(newStatus);
  if (
    isBlank &&
    titleValue?.type === AST_NODE_TYPES.Literal &&
    typeof titleValue.value === 'string' &&
    oldPhrase !== undefined &&
    newPhrase !== undefined &&
    titleValue.value.toLowerCase() === oldPhrase.toLowerCase()
  ) {
    fixes.push(fixer.replaceText(titleValue, quote(newPhrase)));
  }
  return fixes;
}

/**
 * Builds the edits that add a header to a site's response, in the form the
 * site is written in. Returns undefined when there is no safe place.
 */
export function addHeaderFixes(
  fixer: RuleFixer,
  sourceCode: Readonly<SourceCode>,
  site: ResponseSite,
  name: string,
  value: string,
): RuleFix[] | undefined {
  const target = site.fixTarget;
  if (!target) {
    return undefined;
  }
  const entry = `${quote(name)}: ${quote(value)}`;

  switch (target.form) {
    case 'chain':
      if (target.headerMethod === undefined) {
        return undefined;
      }
      return [fixer.insertTextAfter(target.receiver, `.${target.headerMethod}(${quote(name)}, ${quote(value)})`)];
    case 'statement':
      return [
        fixer.insertTextBefore(
          target.statement,
          `${target.receiverText}.${target.headerMethod}(${quote(name)}, ${quote(value)});${separatorBefore(sourceCode, target.statement)}`,
        ),
      ];
    case 'write-head':
      return writeHeadFixes(fixer, sourceCode, target.call, name, entry);
    case 'response-init':
      return initHeaderFixes(fixer, sourceCode, target.call, name, entry);
    case 'error-props':
      return errorPropsFixes(fixer, sourceCode, target.call, name, entry);
    case 'adapter':
      return target.fixes.addHeader?.(fixer, name, value);
  }
}

function writeHeadFixes(
  fixer: RuleFixer,
  sourceCode: Readonly<SourceCode>,
  call: TSESTree.CallExpression,
  name: string,
  entry: string,
): RuleFix[] | undefined {
  const [status, second, third] = call.arguments;
  if (!status) {
    return undefined;
  }
  const secondValue = second ? unwrap(second) : undefined;
  const secondIsReason = secondValue?.type === AST_NODE_TYPES.Literal && typeof secondValue.value === 'string';
  const headers = secondIsReason ? third : second;
  if (!headers) {
    const after = secondIsReason && second ? second : status;
    return [insertAfterExpression(fixer, sourceCode, after, `, { ${entry} }`)];
  }
  const object = unwrap(headers);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || findProperty(object, name, true)) {
    return undefined;
  }
  return [addProperty(fixer, sourceCode, object, entry)];
}

function initHeaderFixes(
  fixer: RuleFixer,
  sourceCode: Readonly<SourceCode>,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  name: string,
  entry: string,
): RuleFix[] | undefined {
  const init = call.arguments[1] ? unwrap(call.arguments[1]) : undefined;
  if (init?.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const headers = findProperty(init, 'headers');
  if (!headers) {
    return [addProperty(fixer, sourceCode, init, `headers: { ${entry} }`)];
  }
  const object = unwrap(headers.value);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || findProperty(object, name, true)) {
    return undefined;
  }
  return [addProperty(fixer, sourceCode, object, entry)];
}

function errorPropsFixes(
  fixer: RuleFixer,
  sourceCode: Readonly<SourceCode>,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  name: string,
  entry: string,
): RuleFix[] | undefined {
  // The error classes (`new createError.Unauthorized(message)`) take no props, so only the factory can carry headers.
  if (unwrap(call.callee).type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const props = call.arguments.map((argument) => unwrap(argument)).find((argument) => argument.type === AST_NODE_TYPES.ObjectExpression);
  if (props?.type === AST_NODE_TYPES.ObjectExpression) {
    const headers = findProperty(props, 'headers');
    if (!headers) {
      return [addProperty(fixer, sourceCode, props, `headers: { ${entry} }`)];
    }
    const object = unwrap(headers.value);
    if (object.type !== AST_NODE_TYPES.ObjectExpression || findProperty(object, name, true)) {
      return undefined;
    }
    return [addProperty(fixer, sourceCode, object, entry)];
  }

  const last = call.arguments[call.arguments.length - 1];
  return last ? [insertAfterExpression(fixer, sourceCode, last, `, { headers: { ${entry} } }`)] : undefined;
}

/**
 * Returns what goes between an inserted statement and the one it precedes:
 * a line break and the line's indentation when the statement starts its
 * line, or a space inside a one-line block (`{ res.statusCode = 401; ... }`).
 */
function separatorBefore(sourceCode: Readonly<SourceCode>, statement: Node): string {
  const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const before = line.slice(0, statement.loc.start.column);
  return before.trim() === '' ? `\n${before}` : ' ';
}

/** Returns the key names of an object literal's members. */
export function memberNames(object: TSESTree.ObjectExpression): string[] {
  const names: string[] = [];
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property) {
      const key = propertyKey(property);
      if (key !== undefined) {
        names.push(key);
      }
    }
  }
  return names;
}

/**
 * Builds the edits that make a site send `application/problem+json`: the
 * explicit content type is rewritten where the code sets one, otherwise the
 * content type is added in the site's form. Express's `.type()` goes right
 * before the sending call, because `res.json()` keeps a content type that is
 * already set.
 */
export function problemContentTypeFixes(
  fixer: RuleFixer,
  sourceCode: Readonly<SourceCode>,
  site: ResponseSite,
): RuleFix[] | undefined {
  const explicit = site.contentType?.node ? unwrap(site.contentType.node) : undefined;
  if (site.fixTarget?.form === 'adapter') {
    return site.fixTarget.fixes.setProblemContentType?.(fixer);
  }
  // An explicit content type is rewritten only inside the site's own call or after its status. One set
  // before the status may be shared with other responses, so the fix adds one of the site's own instead.
  if (explicit && (isWithin(explicit, ownCallOf(site)) || explicit.range[0] > site.statusNode.range[1])) {
    const isLiteral =
      (explicit.type === AST_NODE_TYPES.Literal && typeof explicit.value === 'string') ||
      (explicit.type === AST_NODE_TYPES.TemplateLiteral && explicit.expressions.length === 0);
    return isLiteral && !site.contentType?.overwritten ? [fixer.replaceText(explicit, quote(PROBLEM_JSON))] : undefined;
  }

  const target = site.fixTarget;
  if (!target) {
    return undefined;
  }
  const entry = `${quote('Content-Type')}: ${quote(PROBLEM_JSON)}`;
  switch (target.form) {
    case 'chain': {
      const send = target.sendCall ? unwrap(target.sendCall.callee) : undefined;
      if (target.typeMethod === undefined || send?.type !== AST_NODE_TYPES.MemberExpression) {
        return undefined;
      }
      return [insertAfterExpression(fixer, sourceCode, send.object, `.${target.typeMethod}(${quote(PROBLEM_JSON)})`)];
    }
    case 'statement':
      return [
        fixer.insertTextBefore(
          target.statement,
          `${target.receiverText}.${target.headerMethod}(${quote('Content-Type')}, ${quote(PROBLEM_JSON)});${separatorBefore(sourceCode, target.statement)}`,
        ),
      ];
    case 'write-head':
      return writeHeadFixes(fixer, sourceCode, target.call, 'Content-Type', entry);
    case 'response-init':
      return initHeaderFixes(fixer, sourceCode, target.call, 'Content-Type', entry);
    case 'error-props':
      return undefined;
  }
}

/** Frameworks whose built-in fix forms a test in tests/fixes-on-frameworks runs on the real framework. */
const PROVEN_FRAMEWORKS = new Set(['express', 'node-http', 'fetch', 'http-errors', 'fastify', 'next-pages']);

/** Tells whether a site's header fix is proven on its framework, so that it may be an autofix. */
export function isHeaderFixProven(site: ResponseSite): boolean {
  const target = site.fixTarget;
  if (!target) {
    return false;
  }
  return target.form === 'adapter' ? target.fixes.headerFixProven : PROVEN_FRAMEWORKS.has(site.framework);
}

function ownCallOf(site: ResponseSite): Node | undefined {
  const target = site.fixTarget;
  switch (target?.form) {
    case 'chain':
      return target.sendCall;
    case 'write-head':
    case 'response-init':
      return target.call;
    default:
      return undefined;
  }
}


import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { getStaticValue } from '@eslint-community/eslint-utils';

import { AST_NODE_TYPES } from './node-types';
import { memberName, rootIdentifier, stringValue, unwrap } from './ast';
import type { FileContext } from './file-context';
import { constInitializer, importOrigin, resolveVariable } from './imports';
import type { Status } from './model';
import { STATUS_CONSTANT_NAMES } from '../syntax/reason-phrases';

/** Text of which a file needs one to pass a status from a status table. */
export const STATUS_TABLE_MARKERS = ['StatusCode', 'HttpStatus', 'HTTP_STATUS', 'http-status'];

const UNKNOWN: Status = { kind: 'unknown' };

/** Modules whose exports are tables of status constants, and the members that contain the table. */
const STATUS_TABLES: readonly { source: string; imported: readonly string[]; prefix: string }[] = [
  { source: 'http-status-codes', imported: ['StatusCodes', 'default', '*'], prefix: '' },
  { source: '@nestjs/common', imported: ['HttpStatus'], prefix: '' },
  { source: 'http-status', imported: ['default', '*', 'status', 'httpStatus'], prefix: '' },
  { source: 'http2', imported: ['constants', 'default', '*'], prefix: 'HTTP_STATUS_' },
  { source: 'node:http2', imported: ['constants', 'default', '*'], prefix: 'HTTP_STATUS_' },
];

/**
 * Resolves a status expression to a number: literals, constants and `as
 * const` objects (folded by `getStaticValue`), TypeScript enum members, and
 * the status tables of http-status-codes, @nestjs/common, http-status and
 * `node:http2`. Anything else is unknown; a status is never guessed from a
 * name.
 */
export function resolveStatus(node: TSESTree.Node | undefined, file: FileContext, depth = 0): Status {
  if (!node) {
    return UNKNOWN;
  }
  const expression = unwrap(node);

  if (expression.type === AST_NODE_TYPES.Literal) {
    return typeof expression.value === 'number' ? numberStatus(expression.value) : UNKNOWN;
  }
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    return eitherStatus(resolveStatus(expression.consequent, file, depth), resolveStatus(expression.alternate, file, depth));
  }
  if (expression.type !== AST_NODE_TYPES.Identifier && expression.type !== AST_NODE_TYPES.MemberExpression) {
    return UNKNOWN;
  }

  // Only a constant needs the scope. Finding it climbs the tree, so a literal, the common case, skips it.
  const scope = file.scopeOf(expression);
  const folded = getStaticValue(expression as never, scope as never);
  if (folded && typeof folded.value === 'number') {
    return numberStatus(folded.value);
  }
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return resolveTableMember(expression, scope) ?? resolveEnumMember(expression, scope) ?? UNKNOWN;
  }

  // const status = err.code === 'LIMIT_FILE_SIZE' ? 413 : 400;
  const init = depth < 3 ? constInitializer(resolveVariable(expression, scope)) : undefined;
  return init && unwrap(init).type === AST_NODE_TYPES.ConditionalExpression ? resolveStatus(init, file, depth + 1) : UNKNOWN;
}

function numberStatus(value: number): Status {
  return Number.isInteger(value) && value >= 100 && value <= 599 ? { kind: 'number', value } : UNKNOWN;
}

function resolveTableMember(member: TSESTree.MemberExpression, scope: Scope.Scope): Status | undefined {
  const name = memberName(member);
  const root = rootIdentifier(member);
  if (name === undefined || !root) {
    return undefined;
  }
  const origin = importOrigin(root, scope);
  if (!origin) {
    return undefined;
  }

  // `http2.constants.HTTP_STATUS_X` reaches the table through one more member.
  const depth = memberDepth(member);
  for (const table of STATUS_TABLES) {
    if (table.source !== origin.source) {
      continue;
    }
    const throughMember = depth === 2 && isConstantsMember(member);
    if (depth === 1 ? !table.imported.includes(origin.imported) : !throughMember) {
      continue;
    }
    if (!name.startsWith(table.prefix)) {
      continue;
    }
    const status = STATUS_CONSTANT_NAMES.get(name.slice(table.prefix.length));
    if (status !== undefined) {
      return { kind: 'number', value: status };
    }
  }
  return undefined;
}

function memberDepth(member: TSESTree.MemberExpression): number {
  let depth = 1;
  let current = unwrap(member.object);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    depth += 1;
    current = unwrap(current.object);
  }
  return depth;
}

function isConstantsMember(member: TSESTree.MemberExpression): boolean {
  const object = unwrap(member.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    (memberName(object) === 'constants' || memberName(object) === 'StatusCodes')
  );
}

function resolveEnumMember(member: TSESTree.MemberExpression, scope: Scope.Scope): Status | undefined {
  const object = unwrap(member.object);
  const name = memberName(member);
  if (object.type !== AST_NODE_TYPES.Identifier || name === undefined) {
    return undefined;
  }
  const variable = resolveVariable(object, scope);
  const definition = variable?.defs.find((def) => def.node.type === AST_NODE_TYPES.TSEnumDeclaration);
  if (!definition || definition.node.type !== AST_NODE_TYPES.TSEnumDeclaration) {
    return undefined;
  }

  const enumMembers = definition.node.body?.members ?? (definition.node as unknown as { members: TSESTree.TSEnumMember[] }).members;
  for (const enumMember of enumMembers) {
    const key = enumMember.id.type === AST_NODE_TYPES.Identifier ? enumMember.id.name : String(enumMember.id.value);
    if (key !== name || !enumMember.initializer) {
      continue;
    }
    const initializer = unwrap(enumMember.initializer);
    if (initializer.type === AST_NODE_TYPES.Literal && typeof initializer.value === 'number') {
      return numberStatus(initializer.value);
    }
  }
  return undefined;
}

/**
 * Returns the error status (400 to 599) that an argument spells: a number
 * literal or a status table member (`StatusCodes.UNAUTHORIZED`,
 * `HttpStatus.FORBIDDEN`). A variable or another object's member
 * (`LIMITS.maxItems`) is left alone, since a number held there may be a body.
 */
export function errorStatusLiteral(node: TSESTree.Node, file: FileContext): number | undefined {
  const expression = unwrap(node);
  if (expression.type !== AST_NODE_TYPES.Literal && !isStatusTableMember(expression)) {
    return undefined;
  }
  return errorStatusValue(expression, file);
}

/** Returns the error status (400 to 599) written as a string: `'401'`, or a template literal without interpolations. */
export function errorStatusString(node: TSESTree.Node): number | undefined {
  const text = stringValue(node);
  return text !== undefined && /^[45]\d\d$/.test(text) ? Number(text) : undefined;
}

/** Returns the error status (400 to 599) that an expression resolves to, a constant included. */
export function errorStatusValue(node: TSESTree.Node, file: FileContext): number | undefined {
  const status = resolveStatus(node, file);
  return status.kind === 'number' && status.value >= 400 && status.value <= 599 ? status.value : undefined;
}

/**
 * Tells whether a member reads a status table by a status's name:
 * `StatusCodes.UNAUTHORIZED`, `HttpStatus.NOT_FOUND`, `Status.NotFound`.
 * `LIMITS.MAX_ITEMS` names no status, so its number may be a body.
 */
function isStatusTableMember(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const name = node.property.name;
  const constantName = name.includes('_') || name === name.toUpperCase() ? name.toUpperCase() : name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toUpperCase();
  return STATUS_CONSTANT_NAMES.has(constantName);
}

/** Tells whether a status is a number in the error range (400 to 599), or one of several such numbers. */
export function isErrorStatus(status: Status): boolean {
  return status.kind === 'caught-error' || status.kind === 'some-error' || (status.kind === 'number' && status.value >= 400);
}

/** Combines the statuses of `test ? a : b`: the number when both agree, an error status when both are errors. */
function eitherStatus(first: Status, second: Status): Status {
  if (first.kind === 'number' && second.kind === 'number' && first.value === second.value) {
    return first;
  }
  return isErrorStatus(first) && isErrorStatus(second) ? { kind: 'some-error' } : UNKNOWN;
}

export function statusIs(status: Status, value: number): boolean {
  return status.kind === 'number' && status.value === value;
}

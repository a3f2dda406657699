// Source mutations for the fuzz. Each mutation parses the code with
// @typescript-eslint/parser, picks a node with the seeded generator and
// rewrites the text of its range. A mutation aims to keep the code parseable,
// but the caller re-parses the output with the real parser of the file and
// drops what does not parse.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsParser = require('@typescript-eslint/parser');

/** Parses `code` and indexes its nodes, tokens and scopes for the mutations. Throws when the code does not parse. */
export function analyseSource(code, { typescript, jsx, sourceType }) {
  // JavaScript fixtures are parsed as .js so that TypeScript-only syntax
  // such as `<T>x` is not assumed.
  let filePath = 'fuzz.js';
  if (typescript) {
    filePath = jsx ? 'fuzz.tsx' : 'fuzz.ts';
  }
  const { ast, scopeManager, visitorKeys } = tsParser.parseForESLint(code, {
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    sourceType: sourceType === 'commonjs' ? 'script' : 'module',
    ecmaVersion: 'latest',
    ecmaFeatures: { jsx },
    filePath,
  });
  return { code, typescript, jsx, ast, scopeManager, tokens: ast.tokens, entries: indexNodes(ast, visitorKeys) };
}

/** Parses the code for the mutations, or returns undefined when @typescript-eslint/parser rejects it. */
export function parseForMutation(code, language) {
  try {
    return analyseSource(code, language);
  } catch {
    return undefined;
  }
}

// Keys that lead from a value into a type, where value mutations do not apply.
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'implements']);
const TYPE_DECLARATIONS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction', 'TSTypeQuery', 'TSImportType', 'TSEnumMember']);

/**
 * Lists every node with its parent, the key under the parent, and whether it
 * sits in a type or a binding pattern. Sets `node.parent` as ESLint does, in
 * source order.
 */
function indexNodes(ast, visitorKeys) {
  const entries = [];
  const stack = [{ node: ast, parent: undefined, key: undefined, inType: false, inPattern: false }];
  while (stack.length > 0) {
    const entry = stack.pop();
    entries.push(entry);
    const { node } = entry;
    node.parent = entry.parent;
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k -= 1) {
      const key = keys[k];
      const child = node[key];
      const children = Array.isArray(child) ? child : [child];
      for (let i = children.length - 1; i >= 0; i -= 1) {
        const item = children[i];
        if (!item || typeof item.type !== 'string') {
          continue;
        }
        const inType = entry.inType || TYPE_KEYS.has(key) || TYPE_DECLARATIONS.has(node.type);
        const inPattern = entry.inPattern || startsPattern(node, key, item);
        stack.push({ node: item, parent: node, key, inType, inPattern });
      }
    }
  }
  return entries;
}

// Returns whether `child` under `node[key]` is a binding or assignment target.
function startsPattern(node, key, child) {
  switch (node.type) {
    case 'VariableDeclarator':
      return key === 'id';
    case 'AssignmentExpression':
    case 'AssignmentPattern':
    case 'ForInStatement':
    case 'ForOfStatement':
      return key === 'left';
    case 'CatchClause':
      return key === 'param';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'TSDeclareFunction':
    case 'TSEmptyBodyFunctionExpression':
      return key === 'params' || key === 'id';
    case 'UpdateExpression':
      return true;
    default:
      return child.type === 'ObjectPattern' || child.type === 'ArrayPattern' || child.type === 'RestElement';
  }
}

const EXPRESSION_TYPES = new Set([
  'Identifier',
  'Literal',
  'MemberExpression',
  'CallExpression',
  'NewExpression',
  'ObjectExpression',
  'ArrayExpression',
  'ArrowFunctionExpression',
  'FunctionExpression',
  'ConditionalExpression',
  'LogicalExpression',
  'BinaryExpression',
  'UnaryExpression',
  'AwaitExpression',
  'TemplateLiteral',
  'TaggedTemplateExpression',
  'ChainExpression',
  'ThisExpression',
  'ClassExpression',
  'AssignmentExpression',
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
]);

/** Returns whether the node is an expression in a value position, where `(node)` and `(node as any)` keep the code meaningful. */
function isValueExpression({ node, parent, key, inType, inPattern }) {
  if (!EXPRESSION_TYPES.has(node.type) || inType || inPattern || !parent) {
    return false;
  }
  switch (parent.type) {
    case 'Property':
      return key === 'value' && !parent.shorthand;
    case 'MemberExpression':
      return key === 'object' || parent.computed;
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'AccessorProperty':
    case 'TSAbstractMethodDefinition':
    case 'TSAbstractPropertyDefinition':
      return key === 'value' || (key === 'key' && parent.computed);
    case 'ClassDeclaration':
    case 'ClassExpression':
      return key === 'superClass';
    case 'TaggedTemplateExpression':
      return key === 'tag';
    case 'ExpressionStatement':
      return parent.directive === undefined;
    case 'ImportDeclaration':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ImportAttribute':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportSpecifier':
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
    case 'TSEnumMember':
    case 'TSModuleDeclaration':
    case 'TSImportEqualsDeclaration':
    case 'TSExternalModuleReference':
    case 'TSParameterProperty':
    case 'Decorator':
      return false;
    default:
      return !parent.type.startsWith('JSX') || parent.type === 'JSXExpressionContainer' || parent.type === 'JSXSpreadAttribute';
  }
}

const STATEMENT_LIST_PARENTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

// Statements that end with a semicolon or with automatic semicolon insertion.
const TERMINATED_STATEMENTS = new Set([
  'ExpressionStatement',
  'VariableDeclaration',
  'ReturnStatement',
  'ThrowStatement',
  'BreakStatement',
  'ContinueStatement',
  'DoWhileStatement',
  'DebuggerStatement',
  'ImportDeclaration',
  'ExportAllDeclaration',
  'TSTypeAliasDeclaration',
  'TSImportEqualsDeclaration',
  'TSExportAssignment',
]);

const MODULE_STATEMENTS = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration', 'TSExportAssignment', 'TSImportEqualsDeclaration']);

/** Returns the statement's text, with a semicolon added where it relied on automatic semicolon insertion, so that moving it cannot join it with the next line. */
function terminatedText(code, node) {
  const text = code.slice(node.range[0], node.range[1]);
  const needsSemicolon =
    (TERMINATED_STATEMENTS.has(node.type) || (node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'VariableDeclaration') || (node.type === 'ExportNamedDeclaration' && !node.declaration) || (node.type === 'ExportDefaultDeclaration' && EXPRESSION_TYPES.has(node.declaration.type))) &&
    !text.endsWith(';');
  return needsSemicolon ? `${text};` : text;
}

/** Returns the lists of statements: each as its parent node and the array. */
function statementLists(context) {
  const lists = [];
  for (const { node } of context.entries) {
    if (STATEMENT_LIST_PARENTS.has(node.type)) {
      const body = node.type === 'SwitchCase' ? node.consequent : node.body;
      if (body.length > 0) {
        lists.push({ parent: node, statements: body });
      }
    }
  }
  return lists;
}

function isDirective(statement) {
  return statement.type === 'ExpressionStatement' && statement.directive !== undefined;
}

/** Finds the index of the first token that starts at or after `offset` (binary search). */
function tokenIndexAt(tokens, offset) {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].range[0] < offset) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** Returns the first punctuator `value` that starts in [from, to), or undefined. */
function punctuatorBetween(context, value, from, to) {
  for (let i = tokenIndexAt(context.tokens, from); i < context.tokens.length && context.tokens[i].range[0] < to; i += 1) {
    const token = context.tokens[i];
    if (token.type === 'Punctuator' && token.value === value) {
      return token;
    }
  }
  return undefined;
}

function textOf(context, node) {
  return context.code.slice(node.range[0], node.range[1]);
}

function line(context, offset) {
  let count = 1;
  for (let i = 0; i < offset; i += 1) {
    if (context.code.charCodeAt(i) === 10) {
      count += 1;
    }
  }
  return count;
}

/** Returns a name that does not occur as an identifier in the code: a preferred name, else one with a number. */
function freshName(context, random, preferred) {
  const used = new Set(context.tokens.filter((token) => token.type === 'Identifier' || token.type === 'Keyword' || token.type === 'JSXIdentifier').map((token) => token.value));
  for (const name of random.shuffle(preferred)) {
    if (!used.has(name)) {
      return name;
    }
  }
  let suffix = 1;
  while (used.has(`${preferred[0]}${suffix}`)) {
    suffix += 1;
  }
  return `${preferred[0]}${suffix}`;
}

function escapeTemplate(value) {
  let escaped = '';
  for (let i = 0; i < value.length; i += 1) {
    const character = value[i];
    if (character === '\\' || character === '`') {
      escaped += `\\${character}`;
    } else if (character === '$' && value[i + 1] === '{') {
      escaped += '\\$';
    } else if (character === '\r') {
      escaped += '\\r';
    } else {
      escaped += character;
    }
  }
  return escaped;
}

// --- The mutations --------------------------------------------------------
// Each returns { edits: [{ start, end, text }], detail } or undefined when the
// code has no node it applies to.

function wrapExpression(context, random, name, wrap) {
  const entry = random.pick(context.entries.filter(isValueExpression));
  if (!entry) {
    return undefined;
  }
  const text = textOf(context, entry.node);
  return {
    edits: [{ start: entry.node.range[0], end: entry.node.range[1], text: wrap(text, entry.node) }],
    detail: `${name} on ${entry.node.type} at line ${line(context, entry.node.range[0])}`,
  };
}

const POSTFIX_READY = new Set(['Identifier', 'MemberExpression', 'CallExpression', 'ThisExpression']);

// `a = b as any` applies to `b` only, so an operand that is not a primary or
// member expression gets its own parentheses.
function operand(text, node) {
  return POSTFIX_READY.has(node.type) || node.type === 'Literal' ? text : `(${text})`;
}

function optionalChain(context, random) {
  const candidates = context.entries.filter(
    ({ node, inType }) => !inType && ((node.type === 'MemberExpression' && !node.optional) || (node.type === 'CallExpression' && !node.optional)),
  );
  const entry = random.pick(candidates);
  if (!entry) {
    return undefined;
  }
  const { node } = entry;
  let position;
  let text;
  if (node.type === 'MemberExpression' && !node.computed) {
    const dot = punctuatorBetween(context, '.', node.object.range[1], node.property.range[0]);
    if (!dot) {
      return undefined;
    }
    return { edits: [{ start: dot.range[0], end: dot.range[1], text: '?.' }], detail: `optional member at line ${line(context, dot.range[0])}` };
  }
  if (node.type === 'MemberExpression') {
    position = punctuatorBetween(context, '[', node.object.range[1], node.property.range[0])?.range[0];
    text = '?.';
  } else {
    const afterCallee = Math.max(node.callee.range[1], node.typeArguments?.range[1] ?? 0);
    position = punctuatorBetween(context, '(', afterCallee, node.range[1])?.range[0];
    text = '?.';
  }
  if (position === undefined) {
    return undefined;
  }
  return { edits: [{ start: position, end: position, text }], detail: `optional ${node.type === 'CallExpression' ? 'call' : 'computed member'} at line ${line(context, position)}` };
}

const BLOCK_COMMENTS = ['/* fuzz */', '/* res.status(401) */', '/** @type {any} */', '/* ) } ] */', '/* WWW-Authenticate: Bearer */', '/*\n  401\n*/', '/**/'];

function insertComment(context, random) {
  if (context.tokens.length < 2) {
    return undefined;
  }
  const index = random.int(context.tokens.length - 1);
  const position = context.tokens[index].range[1];
  // A line comment brings a line break, which can end a statement by
  // automatic semicolon insertion; the block comments keep the line.
  const text = random.chance(0.2) ? ' // fuzz: status 403\n' : ` ${random.pick(BLOCK_COMMENTS)} `;
  return { edits: [{ start: position, end: position, text }], detail: `comment after \`${context.tokens[index].value.slice(0, 20)}\` at line ${line(context, position)}` };
}

const CLASS_DECORATORS = ['@Injectable()', '@Controller(\'fuzz\')', '@UseGuards(AuthGuard)', '@((target: any) => target)', '@Reflect.metadata(\'fuzz\', 1)'];
const MEMBER_DECORATORS = ['@Get(\':id\')', '@HttpCode(401)', '@UseGuards(AuthGuard)', '@Header(\'WWW-Authenticate\', \'Bearer\')', '@SetMetadata(\'roles\', [\'admin\'])'];
const PARAMETER_DECORATORS = ['@Res()', '@Req()', '@Res({ passthrough: true })', '@Inject(\'fuzz\')', '@Body()'];

function addDecorator(context, random) {
  const candidates = [];
  for (const { node, parent } of context.entries) {
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
      candidates.push({ position: node.range[0], text: random.pick(CLASS_DECORATORS), what: 'class' });
    } else if ((node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') && node.key.type !== 'PrivateIdentifier') {
      candidates.push({ position: node.range[0], text: random.pick(MEMBER_DECORATORS), what: 'member' });
    } else if (node.type === 'FunctionExpression' && parent?.type === 'MethodDefinition') {
      for (const parameter of node.params) {
        if (parameter.type === 'Identifier' || parameter.type === 'TSParameterProperty') {
          candidates.push({ position: parameter.range[0], text: random.pick(PARAMETER_DECORATORS), what: 'parameter' });
        }
      }
    }
  }
  const candidate = random.pick(candidates);
  if (!candidate) {
    return undefined;
  }
  return {
    edits: [{ start: candidate.position, end: candidate.position, text: `${candidate.text} ` }],
    detail: `${candidate.text} on a ${candidate.what} at line ${line(context, candidate.position)}`,
  };
}

const PRIVATE_MEMBERS = [
  '#fuzzStatus = 401;',
  'static #fuzzCount = 0;',
  '#fuzzSend(res) { return res.status(403).json({ error: "forbidden" }); }',
  'get #fuzzUser() { return undefined; }',
  'static { this.fuzzReady = true; }',
];

function addPrivateMember(context, random) {
  const bodies = context.entries.filter(({ node }) => node.type === 'ClassBody');
  const entry = random.pick(bodies);
  if (!entry) {
    return undefined;
  }
  const brace = entry.node.range[0] + 1;
  const member = random.pick(PRIVATE_MEMBERS);
  return { edits: [{ start: brace, end: brace, text: `\n  ${member}\n` }], detail: `class member \`${member.slice(0, 24)}\` at line ${line(context, brace)}` };
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Returns the identifiers of a variable's references, in the order of the code, that a rename can rewrite. */
function referencesOf(variable) {
  return variable.references.map((reference) => reference.identifier).filter((identifier) => identifier.type === 'Identifier' || identifier.type === 'JSXIdentifier');
}

function aliasParameter(context, random) {
  const candidates = [];
  for (const { node } of context.entries) {
    if (!FUNCTION_TYPES.has(node.type) || node.body?.type !== 'BlockStatement') {
      continue;
    }
    for (const parameter of node.params) {
      if (parameter.type === 'Identifier') {
        candidates.push({ fn: node, parameter });
      }
    }
  }
  const candidate = random.pick(candidates);
  if (!candidate) {
    return undefined;
  }

  const { fn, parameter } = candidate;
  const variable = context.scopeManager.getDeclaredVariables(fn).find((declared) => declared.name === parameter.name);
  if (!variable) {
    return undefined;
  }

  // The alias is declared first in the body; half of the time every later use is renamed, else about half of them.
  const alias = freshName(context, random, ['r', 'response', 'out', 'reply$', '_res', 'self', 'ctx2', 'replyTo']);
  const keyword = random.pick(['const', 'const', 'let', 'var']);
  const start = fn.body.range[0] + 1;
  const edits = [{ start, end: start, text: `\n  ${keyword} ${alias} = ${parameter.name};` }];
  const everyReference = random.chance(0.5);
  for (const identifier of referencesOf(variable)) {
    if (identifier.range[0] < start || (!everyReference && random.chance(0.5))) {
      continue;
    }
    edits.push(renameEdit(context, identifier, alias));
  }
  return { edits, detail: `alias ${alias} of parameter ${parameter.name} at line ${line(context, parameter.range[0])}` };
}

/** Returns the edit that renames one identifier, keeping shorthand properties and import or export names what they were. */
function renameEdit(context, identifier, newName) {
  const { name } = identifier;
  let start = identifier.range[0];
  if (context.code.slice(start, start + name.length) !== name) {
    const searchFrom = identifier.decorators?.length ? identifier.decorators.at(-1).range[1] : start;
    start = context.code.indexOf(name, searchFrom);
  }
  const end = start + name.length;
  const parent = identifier.parent;
  if (parent?.type === 'Property' && parent.shorthand) {
    return { start, end, text: `${name}: ${newName}` };
  }
  if (parent?.type === 'AssignmentPattern' && parent.parent?.type === 'Property' && parent.parent.shorthand && parent.left === identifier) {
    return { start, end, text: `${name}: ${newName}` };
  }
  if (parent?.type === 'ImportSpecifier' && parent.imported.range[0] === parent.local.range[0]) {
    return { start, end, text: `${name} as ${newName}` };
  }
  if (parent?.type === 'ExportSpecifier' && parent.exported.range[0] === parent.local.range[0]) {
    return { start, end, text: `${newName} as ${name}` };
  }
  return { start, end, text: newName };
}

const NEW_NAMES = ['response', 'reply', 'r', 'ctx', 'c', 'event', 'request', 'user', 'session', 'token', 'h', 'next', 'error', 'err', '$', '_', 'rés', 'ɵx', 'status', 'json', 'send', 'Response', 'Error', 'res'];

function renameVariable(context, random) {
  const variables = [];
  for (const scope of context.scopeManager.scopes) {
    for (const variable of scope.variables) {
      if (variable.defs.length > 0 && variable.identifiers.length > 0 && variable.name !== 'arguments') {
        variables.push(variable);
      }
    }
  }
  const variable = random.pick(variables);
  if (!variable) {
    return undefined;
  }
  const first = variable.name[0];
  let newName = freshName(context, random, NEW_NAMES);
  if (first === first.toUpperCase() && first !== first.toLowerCase()) {
    // A capitalised name stays capitalised, so that JSX keeps reading it as a component.
    newName = newName[0].toUpperCase() + newName.slice(1);
  }
  const byStart = new Map();
  for (const identifier of [...variable.identifiers, ...referencesOf(variable)]) {
    const edit = renameEdit(context, identifier, newName);
    if (edit.start >= 0) {
      byStart.set(edit.start, edit);
    }
  }
  return { edits: [...byStart.values()], detail: `rename ${variable.name} to ${newName} (${byStart.size} places)` };
}

/** Returns the names that a statement declares directly. */
function declaredNames(statement) {
  const names = new Set();
  const node = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
  if (!node) {
    return names;
  }
  if (node.type === 'VariableDeclaration') {
    for (const declarator of node.declarations) {
      collectIdentifierNames(declarator.id, names);
    }
  } else if (node.id?.type === 'Identifier') {
    names.add(node.id.name);
  } else if (node.type === 'ImportDeclaration') {
    for (const specifier of node.specifiers) {
      names.add(specifier.local.name);
    }
  }
  return names;
}

function collectIdentifierNames(root, names) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') {
      continue;
    }
    if (node.type === 'Identifier' || node.type === 'JSXIdentifier') {
      names.add(node.name);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') {
        continue;
      }
      if (Array.isArray(value)) {
        stack.push(...value);
      } else if (value && typeof value.type === 'string') {
        stack.push(value);
      }
    }
  }
  return names;
}

const CONTROL_STATEMENTS = new Set(['ReturnStatement', 'ThrowStatement', 'BreakStatement', 'ContinueStatement']);

function swapStatements(context, random) {
  const pairs = [];
  for (const { statements } of statementLists(context)) {
    for (let i = 0; i + 1 < statements.length; i += 1) {
      const first = statements[i];
      const second = statements[i + 1];
      if (CONTROL_STATEMENTS.has(first.type) || CONTROL_STATEMENTS.has(second.type) || isDirective(first) || isDirective(second)) {
        continue;
      }
      const firstDeclares = declaredNames(first);
      const secondDeclares = declaredNames(second);
      const firstUses = collectIdentifierNames(first, new Set());
      const secondUses = collectIdentifierNames(second, new Set());
      const independent = ![...firstDeclares].some((name) => secondUses.has(name)) && ![...secondDeclares].some((name) => firstUses.has(name));
      if (independent) {
        pairs.push([first, second]);
      }
    }
  }
  const pair = random.pick(pairs);
  if (!pair) {
    return undefined;
  }
  const [first, second] = pair;
  const between = context.code.slice(first.range[1], second.range[0]);
  return {
    edits: [{ start: first.range[0], end: second.range[1], text: terminatedText(context.code, second) + between + terminatedText(context.code, first) }],
    detail: `swap ${first.type} and ${second.type} at line ${line(context, first.range[0])}`,
  };
}

const NESTINGS = [
  (text) => `if (true) {\n${text}\n}`,
  (text) => `{\n${text}\n}`,
  (text) => `if (true) {\n${text}\n} else {\n}`,
  (text) => `try {\n${text}\n} finally {\n}`,
  (text) => `do {\n${text}\n} while (false);`,
  (text) => `fuzzLabel: {\n${text}\n}`,
];

/** Picks a run of one to three statements of one list, none of them an import, export or directive. */
function pickStatementRun(context, random) {
  const lists = statementLists(context);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const list = random.pick(lists);
    if (!list) {
      return undefined;
    }
    const from = random.int(list.statements.length);
    const to = Math.min(list.statements.length, from + 1 + random.int(3));
    const run = list.statements.slice(from, to);
    if (run.every((statement) => !MODULE_STATEMENTS.has(statement.type) && !isDirective(statement))) {
      return { parent: list.parent, run };
    }
  }
  return undefined;
}

function runText(context, run) {
  return context.code.slice(run[0].range[0], run.at(-1).range[0]) + terminatedText(context.code, run.at(-1));
}

function nestStatements(context, random) {
  const picked = pickStatementRun(context, random);
  if (!picked) {
    return undefined;
  }
  const { run } = picked;
  const nest = random.pick(NESTINGS);
  return {
    edits: [{ start: run[0].range[0], end: run.at(-1).range[1], text: nest(runText(context, run)) }],
    detail: `nest ${run.length} statement(s) at line ${line(context, run[0].range[0])} as \`${nest('…').split('\n')[0]}\``,
  };
}

/** Returns whether `await` is allowed in the statement list: in an async function, or at the top level of a module. */
function awaitAllowed(context, statementParent) {
  let node = statementParent;
  while (node) {
    if (FUNCTION_TYPES.has(node.type)) {
      return node.async;
    }
    if (node.type === 'Program') {
      return node.sourceType === 'module';
    }
    node = node.parent;
  }
  return false;
}

function wrapInFunction(context, random) {
  const choice = random.int(3);
  if (choice === 0) {
    // A run of statements in an immediately called function.
    const picked = pickStatementRun(context, random);
    if (!picked) {
      return undefined;
    }
    const { parent, run } = picked;
    const inner = runText(context, run);
    const text = awaitAllowed(context, parent) && random.chance(0.7) ? `await (async () => {\n${inner}\n})();` : `(() => {\n${inner}\n})();`;
    return { edits: [{ start: run[0].range[0], end: run.at(-1).range[1], text }], detail: `wrap ${run.length} statement(s) at line ${line(context, run[0].range[0])} in a called ${text.startsWith('await') ? 'async ' : ''}arrow function` };
  }
  if (choice === 1) {
    // One expression in an immediately called arrow or function expression.
    const wrappers = [(text) => `(() => ${text})()`, (text) => `(() => { return ${text}; })()`, (text) => `(function () { return ${text}; }).call(this)`];
    return wrapExpression(context, random, 'call-wrap', (text) => random.pick(wrappers)(text.startsWith('{') ? `(${text})` : text));
  }
  // Make a function async.
  const functions = context.entries.filter(
    ({ node, parent }) =>
      FUNCTION_TYPES.has(node.type) && !node.async && !node.generator && parent?.type !== 'MethodDefinition' && !(parent?.type === 'Property' && (parent.method || parent.kind !== 'init')),
  );
  const entry = random.pick(functions);
  if (!entry) {
    return undefined;
  }
  const position = entry.node.range[0];
  return { edits: [{ start: position, end: position, text: 'async ' }], detail: `make ${entry.node.type} at line ${line(context, position)} async` };
}

function stringToTemplate(context, random) {
  const candidates = context.entries.filter((entry) => {
    const { node, parent, key } = entry;
    if (node.type !== 'Literal' || typeof node.value !== 'string' || entry.inType) {
      return false;
    }
    if (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') {
      return key !== 'key' || parent.computed;
    }
    return isValueExpression(entry) || (parent.type === 'CallExpression' && key === 'arguments');
  });
  const entry = random.pick(candidates);
  if (!entry) {
    return undefined;
  }
  const value = entry.node.value;
  let text = `\`${escapeTemplate(value)}\``;
  if (value.length > 1 && random.chance(0.3)) {
    // Part of the value as an interpolated string literal: `Bear${'er'}`.
    const cut = 1 + random.int(value.length - 1);
    text = `\`${escapeTemplate(value.slice(0, cut))}\${${JSON.stringify(value.slice(cut))}}\``;
  }
  return { edits: [{ start: entry.node.range[0], end: entry.node.range[1], text }], detail: `template literal for ${JSON.stringify(value.slice(0, 30))} at line ${line(context, entry.node.range[0])}` };
}

function numberForm(context, random) {
  const candidates = context.entries.filter(({ node, inType }) => !inType && node.type === 'Literal' && Number.isInteger(node.value) && node.value >= 0 && node.raw && /^\d+$/.test(node.raw));
  const entry = random.pick(candidates);
  if (!entry) {
    return undefined;
  }
  const value = entry.node.value;
  const forms = [`0x${value.toString(16)}`, `${value}.0`, `0o${value.toString(8)}`, `${value}e0`];
  if (value >= 1000) {
    forms.push(value.toLocaleString('en-US').replaceAll(',', '_'));
  }
  const text = random.pick(forms);
  return { edits: [{ start: entry.node.range[0], end: entry.node.range[1], text }], detail: `number ${value} written as ${text} at line ${line(context, entry.node.range[0])}` };
}

/** The mutations by name. `typescriptOnly` ones produce syntax that JavaScript rejects. */
export const MUTATIONS = [
  { name: 'parenthesize', apply: (context, random) => wrapExpression(context, random, 'parenthesize', (text) => `(${text})`) },
  { name: 'as-any', typescriptOnly: true, apply: (context, random) => wrapExpression(context, random, 'as-any', (text, node) => `(${operand(text, node)} as any)`) },
  { name: 'satisfies', typescriptOnly: true, apply: (context, random) => wrapExpression(context, random, 'satisfies', (text, node) => `(${operand(text, node)} satisfies unknown)`) },
  { name: 'non-null', typescriptOnly: true, apply: (context, random) => wrapExpression(context, random, 'non-null', (text, node) => (POSTFIX_READY.has(node.type) ? `${text}!` : `(${text})!`)) },
  { name: 'optional-chain', apply: optionalChain },
  { name: 'comment', apply: insertComment },
  { name: 'decorator', typescriptOnly: true, apply: addDecorator },
  { name: 'private-member', apply: addPrivateMember },
  { name: 'alias-parameter', apply: aliasParameter },
  { name: 'swap-statements', apply: swapStatements },
  { name: 'rename', apply: renameVariable },
  { name: 'nest', apply: nestStatements },
  { name: 'wrap-function', apply: wrapInFunction },
  { name: 'template-literal', apply: stringToTemplate },
  { name: 'number-form', apply: numberForm },
];

/** Applies non-overlapping edits to the code, from the last to the first. Throws when two edits overlap. */
export function applyEdits(code, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let output = code;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) {
      throw new Error(`overlapping edits at offsets ${edit.start}-${edit.end}`);
    }
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
    limit = edit.start;
  }
  return output;
}

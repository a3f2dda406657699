// The seed inputs of the mutation fuzz: the handler code of the rule tests,
// the framework tests and the example apps.
//
// A test file is parsed with @typescript-eslint/parser, and every `code`
// property of an object literal whose value is a string or a template literal
// without `${}` becomes a fixture. The tester that runs the case
// (`javascript.run(...)` or `typescript.run(...)`) picks the language.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const tsParser = require('@typescript-eslint/parser');

const TEST_DIRECTORIES = ['tests/rules', 'tests/frameworks'];
const EXAMPLE_FILE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

/**
 * A fixture: `code`, `file` (a name whose extension picks the parser),
 * `filename` (the name the rules see) and `origin` (where it came from, for
 * reports).
 */

/**
 * Collects the fixtures of the repository at `root`, in a fixed order (files
 * by path, cases by line) so that a seed replays the same way while the
 * fixtures are unchanged.
 */
export function collectFixtures(root) {
  const fixtures = [];
  for (const directory of TEST_DIRECTORIES) {
    for (const entry of listFiles(join(root, directory))) {
      const text = entry.endsWith('.test.ts') ? readIfPresent(entry) : undefined;
      if (text === undefined) {
        continue;
      }
      try {
        fixtures.push(...fixturesOfTestFile(text, relative(root, entry)));
      } catch {
        // A test file that does not parse (one being edited) adds no fixtures.
      }
    }
  }
  for (const entry of listFiles(join(root, 'examples'))) {
    const code = EXAMPLE_FILE.test(entry) && !entry.endsWith('.d.ts') ? readIfPresent(entry) : undefined;
    if (code !== undefined) {
      const origin = relative(root, entry);
      fixtures.push({ code, file: origin, filename: origin, origin });
    }
  }
  return deduplicate(fixtures);
}

// Returns undefined for a file removed since the folder was listed.
function readIfPresent(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** Extracts the `code` strings of one test file. */
export function fixturesOfTestFile(text, origin) {
  const { ast, visitorKeys } = tsParser.parseForESLint(text, { range: true, loc: true, sourceType: 'module', ecmaVersion: 'latest' });
  const fixtures = [];

  // Walks with an explicit stack of [node, tester] pairs. The tester is the
  // receiver of the nearest enclosing `X.run(...)` call.
  const stack = [[ast, undefined]];
  while (stack.length > 0) {
    const [node, tester] = stack.pop();
    let innerTester = tester;
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && !node.callee.computed && node.callee.property.name === 'run' && node.callee.object.type === 'Identifier') {
      innerTester = node.callee.object.name;
    }
    if (node.type === 'ObjectExpression') {
      const fixture = fixtureOfCase(node, innerTester, origin);
      if (fixture) {
        fixtures.push(fixture);
      }
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child = node[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item.type === 'string') {
          stack.push([item, innerTester]);
        }
      }
    }
  }
  return fixtures.sort((a, b) => a.line - b.line).map(({ line, ...fixture }) => ({ ...fixture, origin: `${origin}:${line}` }));
}

function fixtureOfCase(objectNode, tester, origin) {
  const code = staticString(propertyValue(objectNode, 'code'));
  if (code === undefined) {
    return undefined;
  }
  const filename = staticString(propertyValue(objectNode, 'filename'));
  const jsx = filename?.endsWith('x') ?? false;
  const language = languageOfTester(tester, origin);
  const file = `server.${language}${jsx ? 'x' : ''}`;
  return { code, file, filename: filename ?? file, line: objectNode.loc.start.line };
}

function propertyValue(objectNode, name) {
  for (const property of objectNode.properties) {
    if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === name) {
      return property.value;
    }
  }
  return undefined;
}

function staticString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') {
    return node.value;
  }
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0].value.cooked ?? undefined;
  }
  return undefined;
}

// The tests name their testers `javascript` and `typescript`. A receiver with
// another name falls back to the language of the test file's name.
function languageOfTester(tester, origin) {
  const name = (tester ?? '').toLowerCase();
  if (name.includes('typescript') || name === 'ts') {
    return 'ts';
  }
  if (name.includes('javascript') || name === 'js') {
    return 'js';
  }
  return /\bts\b|typescript/i.test(origin) ? 'ts' : 'js';
}

function deduplicate(fixtures) {
  const seen = new Set();
  const unique = [];
  for (const fixture of fixtures) {
    const key = `${fixture.file}\u0000${fixture.filename}\u0000${fixture.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(fixture);
    }
  }
  return unique;
}

function listFiles(directory) {
  const found = [];
  const stack = [directory];
  while (stack.length > 0) {
    const current = stack.pop();
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') {
        stack.push(path);
      } else if (entry.isFile()) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

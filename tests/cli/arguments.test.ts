import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { parseCliArguments, UsageError } from '../../src/cli/arguments';
import { findBaseDirectory, findCommonDirectory } from '../../src/cli/targets';
import { createProject, removeProjects } from './helpers';

const RULE_NAMES = ['no-403-for-unauthenticated', 'require-problem-details'];

function parse(...argv: string[]) {
  return parseCliArguments(argv, RULE_NAMES);
}

describe('parseCliArguments', () => {
  it('defaults to stylish and no paths', () => {
    const options = parse();

    expect(options.paths).toEqual([]);
    expect(options.format).toBe('stylish');
    expect(options.fix).toBe(false);
    expect(options.ruleSeverities.size).toBe(0);
  });

  it('reads paths, format and fix', () => {
    const options = parse('src', '-f', 'json', 'lib/app.js', '--fix');

    expect(options.paths).toEqual(['src', 'lib/app.js']);
    expect(options.format).toBe('json');
    expect(options.fix).toBe(true);
  });

  it('accepts --format=name', () => {
    expect(parse('--format=json').format).toBe('json');
  });

  it('reads --challenge', () => {
    expect(parse().challenge).toBeUndefined();
    expect(parse('--challenge', 'Bearer realm="api"').challenge).toBe('Bearer realm="api"');
    expect(parse('--challenge=Basic', '--challenge', 'Bearer').challenge).toBe('Bearer');
  });

  it('collects repeated --rule settings', () => {
    const options = parse(
      '--rule',
      'api-errors/require-problem-details=off',
      '--rule',
      'no-403-for-unauthenticated=warn',
      '--rule=require-problem-details=error',
    );

    expect(Object.fromEntries(options.ruleSeverities)).toEqual({
      'require-problem-details': 'error',
      'no-403-for-unauthenticated': 'warn',
    });
  });

  it.each([
    [['--colour'], 'unknown option: --colour'],
    [['-x'], 'unknown option: -x'],
    [['--format'], 'option --format requires a value'],
    [['--format', '--fix'], 'option --format requires a value'],
    [['--fix=yes'], 'option --fix takes no value'],
    [['--rule', 'require-problem-details'], 'invalid --rule value: require-problem-details'],
    [['--rule', 'require-problem-details=2'], 'invalid --rule value: require-problem-details=2'],
    [['--rule', 'no-such-rule=off'], 'unknown rule in --rule: no-such-rule'],
    [['--challenge'], 'option --challenge requires a value'],
    [['--challenge', ' '], 'option --challenge requires a non-empty value'],
    [['--challenge', 'Basic'], 'option --challenge "Basic" is not a valid challenge: a Basic challenge needs a realm'],
    [['--challenge', 'Bearer: realm="api"'], 'is not a valid challenge: it does not follow the challenge grammar'],
  ])('rejects %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });

  it('keeps arguments after -- as paths', () => {
    expect(parse('--', '--fix').paths).toEqual(['--fix']);
  });
});

describe('findCommonDirectory', () => {
  const root = join('/', 'work', 'project');

  it('returns the directory of one target', () => {
    expect(findCommonDirectory([{ path: join(root, 'a.js'), directory: root }])).toBe(root);
  });

  it('returns the deepest shared directory', () => {
    const targets = [
      { path: join(root, 'src', 'api'), directory: join(root, 'src', 'api') },
      { path: join(root, 'src', 'web', 'app.ts'), directory: join(root, 'src', 'web') },
    ];

    expect(findCommonDirectory(targets)).toBe(join(root, 'src'));
  });

  it('does not treat a name prefix as a parent', () => {
    const targets = [
      { path: join(root, 'app'), directory: join(root, 'app') },
      { path: join(root, 'app-admin'), directory: join(root, 'app-admin') },
    ];

    expect(findCommonDirectory(targets)).toBe(root);
  });
});

describe('findBaseDirectory', () => {
  afterAll(removeProjects);

  it('returns the nearest folder with a package.json', () => {
    const project = createProject({ 'package.json': '{}\n', 'pages/api/me.js': '' });
    const api = join(project, 'pages', 'api');

    expect(findBaseDirectory([{ path: api, directory: api }])).toBe(project);
  });

  it('returns the shared folder without a package.json', () => {
    const project = createProject({ 'pages/api/me.js': '' });
    const api = join(project, 'pages', 'api');

    expect(findBaseDirectory([{ path: api, directory: api }])).toBe(api);
  });
});

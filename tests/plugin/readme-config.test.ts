// Runs the eslint.config.js examples of the README as a user would copy them:
// into a project whose node_modules has the plugin, ESLint and the parser.
// Every file kind the examples name (.js, .jsx, .ts, .tsx) must be linted by
// the plugin, so that a Remix or Next.js route written in JSX is not skipped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, REPOSITORY_ROOT } from '../cli/helpers';

/** A 403 for a missing identity in each file kind, so that each file gets exactly one report. */
const FILES: Record<string, string> = {
  'server.js': `export async function GET(request) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 403 });
  }
  return Response.json(session);
}
`,
  'page.jsx': `export async function GET(request) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 403 });
  }
  return <main>{session.user.name}</main>;
}
`,
  'server.ts': `export async function GET(request: Request): Promise<Response> {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 403 });
  }
  return Response.json(session satisfies object);
}
`,
  'route.tsx': `export async function loader({ request }: { request: Request }) {
  const session = await getServerSession();
  if (!session) {
    return new Response(null, { status: 403 });
  }
  return <main>{session.user.name}</main>;
}
`,
};

/** Returns the `eslint.config.js` code blocks of the README, each with its heading. */
function readmeConfigs(): [string, string][] {
  const readme = readFileSync(join(REPOSITORY_ROOT, 'README.md'), 'utf8');
  const configs: [string, string][] = [];
  const heading = /^### (`eslint\.config\.js`.*)$/gm;
  for (let match = heading.exec(readme); match; match = heading.exec(readme)) {
    const start = readme.indexOf('```js\n', match.index);
    const end = readme.indexOf('\n```', start);
    configs.push([match[1] ?? '', readme.slice(start + '```js\n'.length, end)]);
  }
  return configs;
}

let project: string;

beforeAll(() => {
  assertBuilt();
  project = mkdtempSync(join(tmpdir(), 'api-errors-readme-'));
  mkdirSync(join(project, 'node_modules'));
  for (const name of ['eslint', '@typescript-eslint']) {
    symlinkSync(join(REPOSITORY_ROOT, 'node_modules', name), join(project, 'node_modules', name), 'junction');
  }
  symlinkSync(REPOSITORY_ROOT, join(project, 'node_modules', 'eslint-plugin-api-errors'), 'junction');
  for (const [name, text] of Object.entries(FILES)) {
    writeFileSync(join(project, name), text);
  }
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('README eslint.config.js examples', () => {
  it('has both examples', () => {
    expect(readmeConfigs().map(([heading]) => heading)).toEqual([
      '`eslint.config.js`, ESLint 9.22 and later',
      '`eslint.config.js`, ESLint 8.57 to 9.21',
    ]);
  });

  it.each(readmeConfigs())('%s lints every file kind', async (_, config) => {
    writeFileSync(join(project, 'eslint.config.mjs'), config);
    const results = await new ESLint({ cwd: project }).lintFiles(['.']);
    const byFile = Object.fromEntries(
      results.map((result) => [
        result.filePath.slice(project.length + 1),
        result.messages.map((message) => message.ruleId ?? message.message),
      ]),
    );

    expect(byFile).toEqual({
      'eslint.config.mjs': [],
      'page.jsx': ['api-errors/no-403-for-unauthenticated'],
      'route.tsx': ['api-errors/no-403-for-unauthenticated'],
      'server.js': ['api-errors/no-403-for-unauthenticated'],
      'server.ts': ['api-errors/no-403-for-unauthenticated'],
    });
  });
});

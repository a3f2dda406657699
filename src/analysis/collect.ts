import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { PathBuilder } from './conditions';
import { FileContext } from './file-context';
import { ResponseObjectAdapter } from './frameworks/express';
import { ADAPTERS } from './frameworks';
import { IdentityClassifier } from './identity';
import type { PathVerdict } from './identity';
import type { ResponseSite } from './model';
import { readVocabulary } from './settings';
import type { Vocabulary } from './settings';

/** The facts of one file that every rule queries. */
export interface FileModel {
  sites: readonly ResponseSite[];
  vocabulary: Vocabulary;
  sourceCode: Readonly<SourceCode>;
  /** Why the path to a site runs: identity missing, unverifiable, a permission denied, or unknown. */
  verdictOf(site: ResponseSite): PathVerdict;
}

const cache = new WeakMap<TSESTree.Program, FileModel>();

/** Files that only read statuses: tests and mocks. */
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|[\\/])__(?:tests|mocks)__[\\/]/;

/** Words without which a file cannot contain a response site: a cheap check before any traversal. */
const SITE_MARKERS = ['status', 'Status', 'Response', 'writeHead', 'createError', 'http-errors'];

/** Returns the model of the file being linted, building it once for all rules. */
export function getModel(context: Readonly<RuleContext<string, readonly unknown[]>>): FileModel {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) {
    return cached;
  }

  const vocabulary = readVocabulary(context.settings);
  const model = buildModel(sourceCode, program, vocabulary, context.filename);
  cache.set(program, model);
  return model;
}

function buildModel(
  sourceCode: Readonly<SourceCode>,
  program: TSESTree.Program,
  vocabulary: Vocabulary,
  filename: string,
): FileModel {
  const text = sourceCode.text;
  if (TEST_FILE.test(filename) || !SITE_MARKERS.some((marker) => text.includes(marker))) {
    return { sites: [], vocabulary, sourceCode, verdictOf: () => 'unknown' };
  }

  const file = new FileContext(sourceCode, program);
  const responses = new ResponseObjectAdapter(file);
  const sites = responses.buildSites();
  for (const adapter of ADAPTERS) {
    sites.push(...adapter({ file, responses, vocabulary }));
  }
  sites.sort((a, b) => a.statusNode.range[0] - b.statusNode.range[0]);

  const paths = new PathBuilder();
  const identity = new IdentityClassifier(vocabulary, (node) => file.scopeOf(node));
  const verdicts = new WeakMap<ResponseSite, PathVerdict>();

  return {
    sites,
    vocabulary,
    sourceCode,
    verdictOf(site) {
      let verdict = verdicts.get(site);
      if (verdict === undefined) {
        verdict = identity.classifyPath(paths.pathOf(site.anchor), site.hints);
        verdicts.set(site, verdict);
      }
      return verdict;
    },
  };
}

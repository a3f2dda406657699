import { isAbsolute, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from './node-types';
import { declaredName, isFunction } from './ast';
import { collectChallengeWrites } from './challenges';
import type { ChallengeWrite } from './challenges';
import { PathBuilder } from './conditions';
import type { PathNode } from './conditions';
import { FileContext } from './file-context';
import { ResponseObjectAdapter } from './frameworks/express';
import { ADAPTERS, RESPONSE_OBJECT_FINDERS, SITE_MARKERS, collectIneffectiveStatuses } from './frameworks';
import { collectBoomChallenges } from './frameworks/hapi';
import { IdentityClassifier, childNodes } from './identity';
import { resolveVariable } from './imports';
import type { PathVerdict } from './identity';
import type { IneffectiveStatus, ResponseSite } from './model';
import { readVocabulary } from './settings';
import type { Vocabulary } from './settings';

/** The facts of one file that every rule queries. */
export interface FileModel {
  sites: readonly ResponseSite[];
  vocabulary: Vocabulary;
  sourceCode: Readonly<SourceCode>;
  /** The file's path inside the project, so that folders above the project never count. */
  projectPath: string;
  /** Why the path to a site runs: identity missing, unverifiable, a permission denied, or unknown. */
  verdictOf(site: ResponseSite): PathVerdict;
  /**
   * The status that the path's verdict calls for in place of the one sent:
   * 403 for a 401 to a known identity that lacks a permission, 401 for a 403
   * without a verified identity. Undefined when the status sent fits.
   */
  dueStatus(site: ResponseSite): number | undefined;
  /** The authentication schemes other than Bearer that the conditions on a site's path read. */
  schemesOf(site: ResponseSite): ReadonlySet<Scheme>;
  /** The error statuses written in a form the framework does not send, found on first call. */
  ineffectiveStatuses(): readonly IneffectiveStatus[];
  /** The WWW-Authenticate and Proxy-Authenticate values the file writes, found on first call. */
  challengeWrites(): readonly ChallengeWrite[];
}

/**
 * A way of signing in that the conditions on a path read: Bearer or Basic
 * credentials, an API key, a session (cookies carry sessions), a password
 * checked by a login form, a webhook's payload signature, or the client's
 * network address (an IP allow-list), which no challenge can satisfy.
 * `permission` is a permission member (`account.roles`) read on an object
 * that the analysis cannot tie to the identity. `upstream` is a 401 passed
 * on from another service (`upstream.status === 401`). On both paths the
 * status itself may be wrong, so no challenge should go in unreviewed.
 */
export type Scheme = 'bearer' | 'basic' | 'api-key' | 'cookie' | 'password' | 'signature' | 'address' | 'permission' | 'upstream';

/** How far up a path the scheme check reads, so that a long handler stays linear. */
const MAX_SCHEME_CONDITIONS = 32;

/** The key under which the plugin object stores `analysisStatistics`. */
export const ANALYSIS_STATISTICS = Symbol.for('eslint-plugin-api-errors.analysisStatistics');

/**
 * Counters for scripts/bench.mjs, which reads them after a lint run: each
 * rule's own query time (without the path verdicts it requests) and the files with
 * at least one response site. The benchmark charges the rest of a rule's
 * `stats` time to the shared analysis. The rules never read the counters.
 */
export const analysisStatistics = {
  /** Off by default, so that a long editor session keeps no list of files. */
  enabled: false,
  queryMillisecondsByRule: new Map<string, number>(),
  filesWithSites: new Set<string>(),
  reset(): void {
    this.queryMillisecondsByRule.clear();
    this.filesWithSites.clear();
  },
};

/** Files that only read statuses or stand in for other servers: tests, mocks, end-to-end and acceptance suites. */
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|[\\/])(?:__tests__|__mocks__|tests?|e2e|acceptance)[\\/]/;

/**
 * A status written or passed: `res.status(401)`, `ctx.status = 401`,
 * `{ status: 401 }`, `status: HttpStatus.FORBIDDEN`, `status(401)`,
 * `res['status'](401)`, and the legacy `res.send(401)`, `res.send(ok ? 403 : 401)`,
 * `res.json(err.status || 500, body)` and `res.json(body, 400)`.
 * Several adapters read these, so the pattern sits here rather than in one
 * adapter. Linear: each repetition is followed by a character it cannot
 * match, and the scan after `.json(` stops at the next parenthesis, so two
 * scans never overlap.
 */
const STATUS_WRITE =
  /\.status\s*(?:\(|=(?!=))|\bstatus\s*[:=]\s*(?:\d|[A-Za-z_$][\w$]*\.)|\bstatus\(|\[\s*['"`]status['"`]\s*\]|\.(?:send|json|jsonp)\((?:\s*\d|\s*[\w$.]*\bstatus|\s*[\w$.?]+\s*\?\s*[45]\d\d|[^\n;()]*,\s*[45]\d\d\s*\))/;

/**
 * A challenge header's name, which valid-www-authenticate checks also where
 * no response site is: in middleware that only sets the header.
 */
const CHALLENGE_HEADER = /-[Aa]uthenticate\b/;

/**
 * The markers and the status pattern in one expression. On 38 MB of real
 * server sources, one scan took about 60% of the time of thirty `includes` calls
 * followed by the status pattern.
 */
const SITE_PATTERN = new RegExp([...SITE_MARKERS.map(escapeRegExp), STATUS_WRITE.source, CHALLENGE_HEADER.source].join('|'));

type Context = Readonly<RuleContext<string, readonly unknown[]>>;
type Listeners = Record<string, (node: never) => void>;

/** One file's analysis: skipped by the cheap check, gathering nodes, or built. */
interface FileState {
  file?: FileContext;
  model?: FileModel;
}

const states = new WeakMap<TSESTree.Program, FileState>();

/**
 * Returns the listeners of a rule that runs `query` on the file's model. The
 * first rule gathers nodes during ESLint's traversal, and the model is built
 * once, at `Program:exit`, for every rule. A file without a marker gets no listener.
 */
export function queryModel(context: Context, query: (model: FileModel) => void): Listeners {
  const program = context.sourceCode.ast;
  let state = states.get(program);
  const first = state === undefined;
  if (!state) {
    state = startFile(context);
    states.set(program, state);
  }

  const file = state.file;
  if (!file) {
    return {};
  }

  const done = state;
  const exit = () => {
    const model = modelOf(context, done, file);
    if (!analysisStatistics.enabled) {
      query(model);
      return;
    }
    const started = performance.now();
    verdictMilliseconds = 0;
    query(model);
    const byRule = analysisStatistics.queryMillisecondsByRule;
    byRule.set(context.id, (byRule.get(context.id) ?? 0) + performance.now() - started - verdictMilliseconds);
  };
  if (!first) {
    return { 'Program:exit': exit };
  }
  const listeners: Listeners = file.listeners();
  listeners['Program:exit'] = exit;
  return listeners;
}

/** Decides by the file's name and text alone whether the file may contain a response site. */
function startFile(context: Context): FileState {
  // The name is checked first, because it is shorter than the text. The
  // absolute name matches whenever the name inside the project does, so the
  // second is built only for a file that may be a test.
  if (TEST_FILE.test(context.filename) && TEST_FILE.test(projectPath(context))) {
    return {};
  }

  const sourceCode = context.sourceCode;
  if (!mayHaveSites(sourceCode.text)) {
    return {};
  }
  return { file: new FileContext(sourceCode, sourceCode.ast, projectPath(context)) };
}

/** Returns the file's path inside the project, so that a project that lives in a folder named `test` is still linted. */
function projectPath(context: Context): string {
  const { cwd, filename } = context;
  if (!cwd || !isAbsolute(filename)) {
    return filename;
  }
  // Most files lie under the working folder, and their project path is the rest of the name.
  if (filename.startsWith(cwd) && filename.charAt(cwd.length) === sep) {
    return filename.slice(cwd.length + 1);
  }
  return relative(cwd, filename);
}

function mayHaveSites(text: string): boolean {
  return SITE_PATTERN.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function modelOf(context: Context, state: FileState, file: FileContext): FileModel {
  if (state.model) {
    return state.model;
  }
  const model = buildModel(file, readVocabulary(context.settings));
  state.model = model;
  if (analysisStatistics.enabled && model.sites.length > 0) {
    analysisStatistics.filesWithSites.add(context.filename);
  }
  return model;
}

/** The time of the verdicts computed inside the running query, which belongs to the shared analysis. */
let verdictMilliseconds = 0;

function buildModel(file: FileContext, vocabulary: Vocabulary): FileModel {
  const sourceCode = file.sourceCode;
  const responses = new ResponseObjectAdapter(file, RESPONSE_OBJECT_FINDERS);
  const sites = responses.buildSites();
  for (const adapter of ADAPTERS) {
    sites.push(...adapter({ file, responses, vocabulary }));
  }
  const paths = new PathBuilder();
  sites.push(...helperCallSites(sites, file, paths));
  sites.sort((a, b) => a.statusNode.range[0] - b.statusNode.range[0]);

  const identity = new IdentityClassifier(vocabulary, (node) => file.scopeOf(node));
  const pathOf = (site: ResponseSite): PathNode | undefined => {
    const path = paths.pathOf(site.anchor);
    return site.sentWhen ? { condition: site.sentWhen, next: path } : path;
  };
  const verdicts = new Map<ResponseSite, PathVerdict>();
  let permissionMembers: Set<string> | undefined;
  let ineffective: readonly IneffectiveStatus[] | undefined;
  let challenges: readonly ChallengeWrite[] | undefined;

  return {
    sites,
    vocabulary,
    sourceCode,
    projectPath: file.filename,
    verdictOf(site) {
      let verdict = verdicts.get(site);
      if (verdict === undefined) {
        const started = analysisStatistics.enabled ? performance.now() : 0;
        verdict = identity.classifyPath(pathOf(site), site.hints);
        verdicts.set(site, verdict);
        if (analysisStatistics.enabled) {
          verdictMilliseconds += performance.now() - started;
        }
      }
      return verdict;
    },
    dueStatus(site) {
      if (site.status.kind !== 'number' || (site.status.value !== 401 && site.status.value !== 403)) {
        return undefined;
      }
      const verdict = this.verdictOf(site);
      if (site.status.value === 401) {
        return verdict === 'permission' ? 403 : undefined;
      }
      return verdict === 'missing' || verdict === 'unverifiable' ? 401 : undefined;
    },
    schemesOf(site) {
      const texts: string[] = [];
      let node = pathOf(site);
      for (let i = 0; node && i < MAX_SCHEME_CONDITIONS; i += 1) {
        const condition = node.condition;
        const test = condition.kind === 'test' ? condition.test : condition.kind === 'case' ? condition.discriminant : undefined;
        if (test) {
          texts.push(sourceCode.getText(test), ...definitionTexts(test, file));
        }
        node = node.next;
      }
      const text = texts.join('\n').toLowerCase();
      const schemes = schemesIn(text);
      permissionMembers ??= new Set([...vocabulary.permissionProperties].map((name) => name.toLowerCase()));
      if (readsPermissionMember(text, permissionMembers)) {
        schemes.add('permission');
      }
      return schemes;
    },
    ineffectiveStatuses() {
      ineffective ??= collectIneffectiveStatuses(file, responses);
      return ineffective;
    },
    challengeWrites() {
      challenges ??= [...collectChallengeWrites(file, sites), ...collectBoomChallenges(file)];
      return challenges;
    },
  };
}

/** How many nodes of one condition the scheme check reads, so that a condition of thousands of terms stays cheap. */
const MAX_CONDITION_NODES = 256;

/**
 * Returns the initialisers of the `const` bindings a condition reads, one
 * level deep. Names are looked up from the condition's scope, found once,
 * because finding each identifier's scope climbs a long `||` chain every time.
 */
function definitionTexts(test: TSESTree.Node, file: FileContext): string[] {
  const scope = file.scopeOf(test);
  const texts: string[] = [];
  const stack: TSESTree.Node[] = [test];
  for (let visited = 0; stack.length > 0 && texts.length < 8 && visited < MAX_CONDITION_NODES; visited += 1) {
    const node = stack.pop();
    if (!node || isFunction(node)) {
      continue;
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      const definition = resolveVariable(node, scope)?.defs[0];
      if (definition?.type === 'Variable' && definition.node.init) {
        texts.push(file.text(definition.node.init));
      }
      continue;
    }
    stack.push(...childNodes(node));
  }
  return texts;
}

/** Tells whether lower-cased condition text reads a permission member, such as `.roles` or `.isadmin`. Linear: one pass over the names after dots. */
function readsPermissionMember(text: string, members: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/\.([a-z_$][\w$]*)/g)) {
    if (match[1] !== undefined && members.has(match[1])) {
      return true;
    }
  }
  return false;
}

function schemesIn(text: string): Set<Scheme> {
  const schemes = new Set<Scheme>();
  // A scheme name opens a string or follows a pattern's anchor, quantifier, group or alternation: 'Basic ', /^\s*Basic\s+/, /^(?:Basic) /.
  if (/['"`/^*+:(|]basic\b/.test(text)) {
    schemes.add('basic');
  }
  if (/['"`/^*+:(|]bearer\b/.test(text)) {
    schemes.add('bearer');
  }
  if (text.includes('api-key') || text.includes('apikey') || text.includes('api_key') || text.includes('x-auth-token') || text.includes('x-access-token')) {
    schemes.add('api-key');
  }
  // Webhook senders sign their payloads (Stripe-Signature, X-Hub-Signature-256), and no challenge scheme requests a signature.
  if (text.includes('signature')) {
    schemes.add('signature');
  }
  if (text.includes('cookie') || text.includes('session')) {
    schemes.add('cookie');
  }
  // A login form's field: `password`, `passwd`, `pwd`, or `body.pass`. Linear: alternatives of literals.
  if (text.includes('password') || /\bpass(?:wd)?\b|\bpwd\b/.test(text)) {
    schemes.add('password');
  }
  // Another service's 401 (`upstream.status === 401`, `err.response?.status == 401`), where the server's own credential failed.
  if (/\.status(?:code)?\s*[!=]==?\s*401\b|\b401\s*[!=]==?\s*[\w$.?]*\.status(?:code)?\b/.test(text)) {
    schemes.add('upstream');
  }
  // `req.ip`, `request.ips`, `socket.remoteAddress`, a forwarded-for header, or an allow-list by name. Linear: alternatives of literals.
  if (/\.ips?\b|remoteaddress|x-forwarded-for|x-real-ip|connecting-ip|allowlist|whitelist|allowedips|ipallow|ip_allow/.test(text)) {
    schemes.add('address');
  }
  return schemes;
}

/**
 * Turns each call of a same-file helper that always sends one error status
 * (`const deny = (res) => res.status(403).json(...)`) into a site of its own,
 * at the call, where the conditions that lead to it are.
 */
function helperCallSites(sites: readonly ResponseSite[], file: FileContext, paths: PathBuilder): ResponseSite[] {
  const byFunction = new Map<TSESTree.Node, ResponseSite[]>();
  for (const site of sites) {
    const list = byFunction.get(site.scope);
    if (list) {
      list.push(site);
    } else {
      byFunction.set(site.scope, [site]);
    }
  }

  const derived: ResponseSite[] = [];
  for (const [fn, fnSites] of byFunction) {
    const site = fnSites[0];
    const name = declaredName(fn);
    if (fnSites.length !== 1 || !site || !name || site.status.kind !== 'number' || site.status.value < 400) {
      continue;
    }
    if (paths.pathOf(site.anchor) !== undefined) {
      continue;
    }
    const variable = resolveVariable(name, file.scopeOf(name));
    for (const reference of variable?.references ?? []) {
      const call = reference.identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) {
        continue;
      }
      derived.push({ ...site, statusNode: call, anchor: call, scope: fn, fixTarget: undefined, viaHelper: true });
    }
  }
  return derived;
}

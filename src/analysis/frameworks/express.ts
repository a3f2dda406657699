import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { AST_NODE_TYPES } from '../node-types';
import { calleeName, enclosingStatement, isWithin, memberName, reachesLater, rootIdentifier, unwrap } from '../ast';
import { branchRelation } from '../conditions';
import { collectHints, shapeOf } from '../body';
import type { FileContext } from '../file-context';
import { LOG_METHODS, PROBLEM_JSON, headerValue, isReadOnlyCall, mediaType, readHeaders, staticString } from '../headers';
import type { HeaderWrite } from '../headers';
import { resolveVariable } from '../imports';
import type { Body, FixTarget, HeaderState, IneffectiveStatus, ResponseSite } from '../model';
import { errorStatusLiteral, errorStatusString } from '../status';
import {
  addHookCalls,
  chainRoot,
  findResponseObjects,
  isOutermostCall,
  resolveHandlerStatus,
  unwindChain,
} from './response-object';
import type { ChainCall, ResponseApi, ResponseObject, ResponseObjectFinder } from './response-object';

type Node = TSESTree.Node;

/** One statement-level use of a response object, in source order. */
type ResponseRecord =
  | { kind: 'chain'; start: number; receiver: TSESTree.Identifier; calls: ChainCall[]; node: TSESTree.CallExpression }
  | { kind: 'assign-status'; start: number; node: TSESTree.AssignmentExpression; receiver: Node }
  /** The response object passed to a function that may write headers the analysis cannot see. */
  | { kind: 'opaque'; start: number; node: Node };

const WWW_AUTHENTICATE = 'www-authenticate';
const CONTENT_TYPE = 'content-type';

/**
 * The Express and `node:http` adapter: finds the response objects of a file,
 * groups their uses in source order, and turns each status it sets into a
 * response site with the body, content type and challenge that go out with it.
 */
const DROPPED_AFTER_WRITE_HEAD = 'writeHead() has already sent the headers, so Node.js throws ERR_HTTP_HEADERS_SENT on this header and the handler fails';

export class ResponseObjectAdapter {
  readonly responses: Map<Scope.Variable, ResponseObject>;
  private readonly records = new Map<ResponseObject, ResponseRecord[]>();
  /** Handlers of middleware that set a challenge for the routes after them. */
  private readonly challengeMiddleware = new Set<ResponseObject>();
  /** The names of the response objects and their aliases, checked before a variable lookup. */
  private readonly names: Set<string>;
  /**
   * The response object of each identifier that declares or references one.
   * The scope manager lists every identifier that resolves to a variable
   * among its references, so this lookup is exact and needs no scope.
   */
  private readonly byIdentifier = new Map<Node, ResponseObject>();
  /** The first response object of each handler, built by the first call to `responseAround`. */
  private handlers: Map<Node, ResponseObject> | undefined;
  /** Whether an error handler of the file writes the challenge, found by the first call to `errorHandlerMayWriteChallenge`. */
  private errorHandlerWritesChallenge: boolean | undefined;
  /** The error handler found by the first call to `errorHandlerDroppingHeaders`, or null when there is none. */
  private droppingHandler: ResponseObject | null | undefined;

  constructor(
    private readonly file: FileContext,
    finders: readonly ResponseObjectFinder[] = [],
  ) {
    this.responses = findResponseObjects(file);
    for (const finder of finders) {
      for (const response of finder(file)) {
        if (!this.responses.has(response.variable)) {
          this.responses.set(response.variable, response);
        }
      }
    }
    this.names = new Set([...this.responses.keys()].map((variable) => variable.name));
    for (const [variable, response] of this.responses) {
      this.addIdentifiers(variable, response);
    }
    if (this.responses.size > 0) {
      this.addAliases();
      this.collectRecords();
    }
  }

  /** Returns the response object a node refers to (`res`, or an alias), if any. */
  responseOf(node: Node): ResponseObject | undefined {
    const expression = unwrap(node);
    if (expression.type !== AST_NODE_TYPES.Identifier || !this.names.has(expression.name)) {
      return undefined;
    }
    return this.byIdentifier.get(expression);
  }

  private addIdentifiers(variable: Scope.Variable, response: ResponseObject): void {
    for (const identifier of variable.identifiers) {
      this.byIdentifier.set(identifier as Node, response);
    }
    for (const reference of variable.references) {
      this.byIdentifier.set(reference.identifier as Node, response);
    }
  }

  /** Returns the response object of the innermost handler that contains a node. */
  responseAround(node: Node): ResponseObject | undefined {
    // Walking up from the node keeps a file with many handlers and many error sites linear.
    this.handlers ??= this.responsesByHandler();
    for (let current: Node | undefined = node; current; current = current.parent) {
      const response = this.handlers.get(current);
      if (response) {
        return response;
      }
    }
    return undefined;
  }

  private responsesByHandler(): Map<Node, ResponseObject> {
    const handlers = new Map<Node, ResponseObject>();
    for (const response of this.responses.values()) {
      if (!handlers.has(response.handler)) {
        handlers.set(response.handler, response);
      }
    }
    return handlers;
  }

  buildSites(): ResponseSite[] {
    const sites: ResponseSite[] = [];
    for (const [response, records] of this.records) {
      records.forEach((record, index) => {
        const site = this.siteOf(response, records, index);
        if (site) {
          sites.push(site);
        }
      });
    }
    return sites;
  }

  /**
   * Returns the status forms that never reach the client as written. Express 5
   * and Next.js pages API routes send the status argument of `res.send(401)`
   * and `res.json(401, body)` as a 200 body. Express 5 rejects the status
   * string of `res.status('401')`.
   */
  ineffectiveStatuses(): IneffectiveStatus[] {
    const found: IneffectiveStatus[] = [];
    for (const [response, records] of this.records) {
      const framework = response.framework;
      // restify and restana also pass `(req, res, next)`, and their `res.send(401, body)` sends 401, so Express must be imported.
      if ((framework !== 'express' || !this.file.modules.has('express')) && framework !== 'next-pages') {
        continue;
      }
      // After a status is set, in the chain or in an earlier statement of an enclosing block, Express 4 reads `send(401)` as
      // the status and Express 5 as the body, so the intent is unclear. A status set in a branch that ends before does not count.
      const statusWrites: Node[] = [];
      for (const record of records) {
        if (record.kind !== 'chain') {
          if (record.kind === 'assign-status') {
            statusWrites.push(record.node);
          }
          continue;
        }
        let statusSet = statusWrites.some((write) => reachesLater(write, record.node));
        for (const { name, call } of record.calls) {
          // Express 5 rejects a status string. Next.js passes it on to Node.js, which converts it.
          const argument = call.arguments[0];
          const status = framework === 'express' && (name === 'status' || name === 'sendStatus') && argument ? errorStatusString(argument) : undefined;
          if (argument && status !== undefined) {
            found.push({ form: 'string-status', node: unwrap(argument), status, framework: 'express' });
          }
          const legacy = statusSet ? undefined : legacyStatusArgument(name, call, this.file);
          if (legacy) {
            found.push({
              form: 'status-argument',
              node: legacy.status,
              status: legacy.value,
              call,
              method: name,
              body: legacy.body,
              bodyFirst: legacy.bodyFirst,
              framework,
            });
          }
          statusSet ||= response.api.status.has(name);
        }
        if (record.calls.some((chainCall) => response.api.status.has(chainCall.name))) {
          statusWrites.push(record.node);
        }
      }
    }
    return found;
  }

  /** Returns the challenge state on a response before a position, for errors forwarded with `next(err)`. */
  challengeBefore(response: ResponseObject, position: number): HeaderState {
    const records = this.records.get(response) ?? [];
    return this.headerStates(response.api, records, position).challenge;
  }

  /**
   * Returns the challenge of an error raised at a node without headers of
   * its own: the one set on the handler's response before it, or unknown when
   * an error handler of the file writes one. `anyPlatform` also reads a
   * NestJS route's response, which need not be Express's.
   */
  raisedErrorChallenge(node: Node, anyPlatform = false): HeaderState {
    const response = this.responseAround(node);
    const before: HeaderState =
      response && (anyPlatform || response.framework === 'express') ? this.challengeBefore(response, node.range[0]) : { kind: 'absent' };
    return before.kind === 'absent' && this.errorHandlerMayWriteChallenge() ? { kind: 'unknown' } : before;
  }

  /**
   * Tells whether an error handler of the file writes the challenge
   * (`if (status === 401) res.set('WWW-Authenticate', ...)`), so that an
   * error that reaches it may go out with one. Error handlers are Express's
   * `(err, req, res, next)`, Fastify's `setErrorHandler()` and NestJS's
   * exception filters.
   */
  errorHandlerMayWriteChallenge(): boolean {
    this.errorHandlerWritesChallenge ??= [...this.records].some(
      ([response, records]) => response.errorParameter !== undefined && this.headerStates(response.api, records, Number.POSITIVE_INFINITY).challenge.kind === 'set',
    );
    return this.errorHandlerWritesChallenge;
  }

  /**
   * Finds an Express error handler of the file that sends its own response
   * without reading its error's `headers`, so the headers that an error
   * carries (`createError(401, msg, { headers })`) never go out.
   */
  errorHandlerDroppingHeaders(): ResponseObject | undefined {
    if (this.droppingHandler === undefined) {
      const found = [...this.records].find(
        ([response, records]) => isExpressErrorHandler(response) && records.some((record) => record.kind === 'chain') && !mayCopyErrorHeaders(response.errorParameter),
      );
      this.droppingHandler = found ? found[0] : null;
    }
    return this.droppingHandler ?? undefined;
  }

  private addAliases(): void {
    for (const declarator of this.file.declarators) {
      if (!declarator.init || declarator.id.type !== AST_NODE_TYPES.Identifier) {
        continue;
      }
      const init = unwrap(declarator.init);
      const root = init.type === AST_NODE_TYPES.CallExpression ? chainRoot(init) : init;
      const response = this.responseOf(root);
      if (!response) {
        continue;
      }
      const alias = resolveVariable(declarator.id, this.file.scopeOf(declarator));
      if (alias && !this.responses.has(alias)) {
        this.responses.set(alias, response);
        this.names.add(alias.name);
        this.addIdentifiers(alias, response);
      }
    }
  }

  private collectRecords(): void {
    for (const call of this.file.calls) {
      if (!isOutermostCall(call)) {
        continue;
      }
      const response = this.responseOf(chainRoot(call));
      if (!response) {
        continue;
      }
      const { root, calls } = unwindChain(call);
      if (calls.length === 0 || root.type !== AST_NODE_TYPES.Identifier) {
        continue;
      }
      this.add(response, { kind: 'chain', start: call.range[0], receiver: root, calls, node: call });
    }

    for (const assignment of this.file.assignments) {
      const target = unwrap(assignment.left);
      if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'statusCode') {
        continue;
      }
      const response = this.responseOf(target.object);
      if (response) {
        this.add(response, { kind: 'assign-status', start: assignment.range[0], node: assignment, receiver: target.object });
      }
    }

    const seen = new Set<ResponseObject>();
    for (const [variable, response] of this.responses) {
      for (const reference of variable.references) {
        const identifier = reference.identifier as TSESTree.Identifier;
        const parent = identifier.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(identifier) && !isReadOnlyCall(parent)) {
          this.add(response, { kind: 'opaque', start: identifier.range[0], node: parent });
        }
      }
      seen.add(response);
    }

    for (const records of this.records.values()) {
      records.sort((a, b) => a.start - b.start);
    }
    this.findChallengeMiddleware();
  }

  private add(response: ResponseObject, record: ResponseRecord): void {
    const list = this.records.get(response);
    if (list) {
      list.push(record);
    } else {
      this.records.set(response, [record]);
    }
  }

  /**
   * Finds middleware or hooks that write the challenge without sending a
   * status. They cover routes that this analysis cannot follow, so the
   * file's 401 sites are then treated as having an unknown challenge.
   */
  private findChallengeMiddleware(): void {
    for (const [response, records] of this.records) {
      if (!response.runsBeforeHandlers) {
        continue;
      }
      const writes = this.headerStates(response.api, records, Number.POSITIVE_INFINITY);
      const sendsStatus = records.some((record) => record.kind === 'assign-status' || (record.kind === 'chain' && record.calls.some((call) => response.api.status.has(call.name))));
      if (writes.challenge.kind === 'set' && !sendsStatus) {
        this.challengeMiddleware.add(response);
      }
    }
  }

  private siteOf(response: ResponseObject, records: ResponseRecord[], index: number): ResponseSite | undefined {
    const record = records[index];
    if (!record || record.kind === 'opaque') {
      return undefined;
    }

    let statusNode: Node;
    let statusArgument: Node | undefined;
    let statusCall: ChainCall | undefined;
    if (record.kind === 'assign-status') {
      statusNode = record.node;
      statusArgument = record.node.right;
    } else {
      const errorReply = record.calls.find((call) => response.api.errorReplies.has(call.name));
      if (errorReply) {
        return this.errorReplySite(response, records, index, errorReply);
      }
      statusCall = [...record.calls].reverse().find((call) => response.api.status.has(call.name));
      if (!statusCall) {
        return undefined;
      }
      statusArgument = statusCall.call.arguments[0];
      if (!statusArgument) {
        return undefined;
      }
      statusNode = statusArgument;
    }

    const status = resolveHandlerStatus(statusArgument, response, this.file);
    const send = this.findSend(response.api, records, index, statusCall);
    if (send && response.api.statusOverriders.has(send.name)) {
      return undefined;
    }
    const returned = !send && response.api.returnsBody ? returnedBody(record.node, response) : undefined;
    // writeHead() sends the headers at once, so only writes before it count.
    let position = record.node.range[1];
    if (statusCall?.name === 'writeHead') {
      position = statusCall.call.range[0];
    } else if (send) {
      position = send.call.range[0];
    }
    const states = this.headerStates(response.api, records, position, send, statusCall?.name === 'writeHead' ? statusCall.call : undefined, statusNode);
    const body = send ? this.bodyOf(send, response) : returned ? returnedBodyOf(returned, this.file) : undefined;
    let challenge: HeaderState =
      states.challenge.kind === 'absent' && this.hasChallengeMiddlewareBesides(response) ? { kind: 'unknown' } : states.challenge;
    if (challenge.kind === 'absent' && statusCall?.name === 'writeHead') {
      challenge = this.challengeAfterWriteHead(response, records, index) ?? challenge;
    }

    // Next.js pages API routes: res.json() always sets application/json, whatever was set before.
    const contentType =
      response.framework === 'next-pages' && send?.name === 'json' && states.contentType
        ? { value: 'application/json', node: states.contentType.node, overwritten: true }
        : states.contentType;

    return {
      framework: response.framework,
      kind: record.kind === 'assign-status' ? 'assign' : 'send',
      statusNode,
      status,
      scope: response.handler,
      body,
      contentType,
      defaultContentType: body ? defaultContentType(response.framework, send?.name, body) : undefined,
      wwwAuthenticate: challenge,
      thrown: false,
      inErrorHandler: status.kind === 'caught-error',
      fixTarget: this.fixTargetOf(response, record, statusCall, send),
      anchor: statusNode,
      hints: collectHints([send ? send.call.arguments[0] : returned]),
    };
  }

  /**
   * Finds a challenge written after `res.writeHead()`, before the next status
   * or the end of the handler: Node.js has sent the headers by then and
   * throws ERR_HTTP_HEADERS_SENT, so the client never gets it.
   */
  private challengeAfterWriteHead(response: ResponseObject, records: ResponseRecord[], index: number): HeaderState | undefined {
    const writeHead = records[index];
    if (!writeHead) {
      return undefined;
    }
    for (const record of records.slice(index + 1)) {
      // A write in another branch, such as after the `return` of an `if` that contains the writeHead(), is another path.
      if (!reachesLater(writeHead.node, record.node)) {
        continue;
      }
      if (record.kind !== 'chain') {
        return undefined;
      }
      for (const call of record.calls) {
        if (response.api.status.has(call.name)) {
          return undefined;
        }
        const written = this.headerWritesOf(response.api, call);
        const challenge = written === 'opaque' ? undefined : written.find((write) => write.name === WWW_AUTHENTICATE);
        if (challenge) {
          return { kind: 'dropped', node: call.call, reason: DROPPED_AFTER_WRITE_HEAD, where: 'in the headers of `writeHead()`' };
        }
      }
    }
    return undefined;
  }

  /** A reply helper such as @fastify/sensible's `reply.unauthorized()`, which sends the framework's error body. */
  private errorReplySite(response: ResponseObject, records: ResponseRecord[], index: number, call: ChainCall): ResponseSite | undefined {
    const record = records[index];
    const value = response.api.errorReplies.get(call.name);
    if (!record || value === undefined) {
      return undefined;
    }
    const states = this.headerStates(response.api, records, call.call.range[0], call, undefined, call.call);
    // The helper sends an error, so the error handler of the file writes the response and may add the challenge.
    const challenge: HeaderState = states.challenge.kind === 'absent' && this.errorHandlerMayWriteChallenge() ? { kind: 'unknown' } : states.challenge;
    return {
      framework: response.framework,
      kind: 'send',
      statusNode: call.call,
      status: { kind: 'number', value },
      scope: response.handler,
      body: { shape: { kind: 'unknown' }, encoding: 'json', reportNode: call.call, sendCall: call.call },
      contentType: states.contentType,
      defaultContentType: 'application/json',
      wwwAuthenticate: challenge,
      thrown: true,
      inErrorHandler: false,
      fixTarget: this.fixTargetOf(response, record, undefined, call),
      anchor: call.call,
      hints: collectHints(call.call.arguments),
    };
  }

  private hasChallengeMiddlewareBesides(response: ResponseObject): boolean {
    for (const middleware of this.challengeMiddleware) {
      if (middleware === response) {
        continue;
      }
      // A Fastify hook added inside `register()` runs only for the routes of that plugin.
      const plugin = fastifyPluginOf(middleware, this.file);
      if (!plugin || isWithin(response.handler, plugin)) {
        return true;
      }
    }
    return false;
  }

  /** Finds the call that sends the body: in the same chain after the status, or the next send on the response. */
  private findSend(api: ResponseApi, records: ResponseRecord[], index: number, statusCall: ChainCall | undefined): ChainCall | undefined {
    const record = records[index];
    if (record?.kind === 'chain' && statusCall) {
      if (statusCall.name === 'sendStatus') {
        return statusCall;
      }
      const position = record.calls.indexOf(statusCall);
      const inChain = record.calls.slice(position + 1).find((call) => api.send.has(call.name));
      if (inChain) {
        return inChain;
      }
    }

    // A later send counts only inside the block that sets the status: `if (x) { res.status(503); }` does not
    // give its status to a `res.json()` after the block.
    const block = record ? enclosingStatement(record.node)?.parent : undefined;
    for (let i = index + 1; i < records.length; i += 1) {
      const next = records[i];
      if (!next || next.kind === 'opaque') {
        continue;
      }
      if (!block || next.node.range[0] < block.range[0] || next.node.range[1] > block.range[1]) {
        return undefined;
      }
      if (next.kind === 'assign-status') {
        return undefined;
      }
      const sendCall = next.calls.find((call) => api.send.has(call.name));
      if (next.calls.some((call) => api.status.has(call.name) && call !== sendCall)) {
        return undefined;
      }
      if (sendCall) {
        return sendCall;
      }
    }
    return undefined;
  }

  /**
   * Reads the challenge and content type written on a response before the
   * call that sends it (or before `position` when nothing sends). Calls of
   * one chain share a start position, so within the chain of the sending
   * call only the calls before it count.
   */
  private headerStates(
    api: ResponseApi,
    records: ResponseRecord[],
    position: number,
    send?: ChainCall,
    writeHead?: TSESTree.CallExpression,
    site?: Node,
  ): { challenge: HeaderState; contentType: ResponseSite['contentType'] } {
    let challenge: HeaderState = { kind: 'absent' };
    let contentType: ResponseSite['contentType'];
    let opaque = false;
    let uncertainType = false;

    const consider = (write: HeaderWrite): void => {
      if (write.name === undefined) {
        // Headers the analysis cannot read may set either header.
        opaque = true;
        contentType = { value: undefined, node: undefined, unreadableHeaders: true };
      } else if (write.name === WWW_AUTHENTICATE) {
        challenge = { kind: 'set', value: write.value };
      } else if (write.name === CONTENT_TYPE) {
        contentType = { value: mediaType(write.value.value, false), node: write.value.node };
      }
    };

    for (const record of records) {
      const containsSend = record.kind === 'chain' && send !== undefined && record.calls.includes(send);
      if (record.start >= position && !containsSend) {
        break;
      }
      const relation = site && !containsSend ? branchRelation(record.node, site, { exitingBlocks: true, exclusiveBranches: true }) : 'on-path';
      if (relation === 'exited') {
        continue;
      }
      if (record.kind === 'opaque') {
        opaque = true;
        continue;
      }
      if (record.kind !== 'chain') {
        continue;
      }
      if (relation === 'uncertain') {
        // A write in another branch that does not leave the function may or may not apply.
        const writes = record.calls.flatMap((call): { name: string | undefined }[] => {
          const written = this.headerWritesOf(api, call);
          return written === 'opaque' ? [{ name: undefined }] : written;
        });
        opaque ||= writes.some((write) => write.name === undefined || write.name === WWW_AUTHENTICATE);
        uncertainType ||= writes.some((write) => write.name === undefined || write.name === CONTENT_TYPE) || record.calls.some((call) => api.type.has(call.name));
        continue;
      }
      for (const call of record.calls) {
        if (containsSend && call === send) {
          break;
        }
        const written = this.headerWritesOf(api, call);
        if (written === 'opaque') {
          opaque = true;
          contentType = { value: undefined, node: undefined, unreadableHeaders: true };
          continue;
        }
        for (const write of written) {
          consider(write);
        }
        if (api.type.has(call.name)) {
          const argument = call.call.arguments[0];
          contentType = { value: mediaType(staticString(argument, this.file), true), node: argument };
        }
      }
      if (containsSend) {
        break;
      }
    }

    if (writeHead) {
      for (const write of this.writeHeadHeaders(writeHead)) {
        consider(write);
      }
    }
    if (challenge.kind === 'absent' && opaque) {
      challenge = { kind: 'unknown' };
    }
    if (uncertainType && (contentType === undefined || (contentType as { value: string | undefined }).value !== PROBLEM_JSON)) {
      contentType = { value: undefined, node: undefined };
    }
    return { challenge, contentType };
  }

  private headerWritesOf(api: ResponseApi, call: ChainCall): HeaderWrite[] | 'opaque' {
    if (call.name === 'writeHead') {
      return this.writeHeadHeaders(call.call);
    }
    if (!api.header.has(call.name)) {
      return [];
    }
    const [nameArgument, valueArgument] = call.call.arguments;
    if (!nameArgument) {
      return [];
    }
    if (call.call.arguments.length === 1) {
      const headers = readHeaders(nameArgument, this.file);
      if (!headers.opaque) {
        return headers.writes;
      }
      return headers.writes.length === 0 ? 'opaque' : inSourceOrder(headers.writes, nameArgument, call.call);
    }
    const name = staticString(nameArgument, this.file);
    return [{ name: name?.toLowerCase(), value: headerValue(valueArgument, this.file), node: call.call }];
  }

  private writeHeadHeaders(call: TSESTree.CallExpression): HeaderWrite[] {
    const [, second, third] = call.arguments;
    const headersArgument = second && staticString(second, this.file) !== undefined ? third : second;
    if (!headersArgument) {
      return [];
    }
    const headers = readHeaders(headersArgument, this.file);
    return headers.opaque ? inSourceOrder(headers.writes, headersArgument, call) : headers.writes;
  }

  private bodyOf(send: ChainCall, response: ResponseObject): Body {
    const argument = send.call.arguments[0];
    if (send.name === 'sendStatus') {
      return { shape: { kind: 'text', node: send.call, addedByFramework: true }, encoding: 'text', reportNode: send.call, sendCall: send.call };
    }
    if (send.name === 'render' || send.name === 'sendFile' || send.name === 'download' || send.name === 'redirect') {
      return { shape: { kind: 'unknown' }, encoding: 'none', reportNode: send.call, sendCall: send.call, rendered: send.name === 'render' };
    }

    const { shape, stringified } = shapeOf(argument, this.file);
    const reportNode = argument ?? send.call;
    if (send.name === 'json' || send.name === 'jsonp') {
      return { shape, encoding: 'json', reportNode, sendCall: send.call };
    }
    if (stringified) {
      return { shape, encoding: 'json-string', reportNode, sendCall: send.call };
    }
    if (send.name === 'send' && (shape.kind === 'object' || shape.kind === 'array')) {
      return { shape, encoding: 'json', reportNode, sendCall: send.call };
    }
    if (shape.kind === 'number' && response.framework === 'express') {
      // res.status(500).send(3) sends a number as JSON in Express 5; treat it as unknown.
      return { shape: { kind: 'unknown' }, encoding: 'none', reportNode, sendCall: send.call };
    }
    return { shape, encoding: shape.kind === 'text' ? 'text' : 'none', reportNode, sendCall: send.call };
  }

  private fixTargetOf(
    response: ResponseObject,
    record: ResponseRecord,
    statusCall: ChainCall | undefined,
    send: ChainCall | undefined,
  ): FixTarget | undefined {
    if (record.kind === 'assign-status') {
      const statement = record.node.parent?.type === AST_NODE_TYPES.ExpressionStatement ? record.node.parent : undefined;
      const container = statement?.parent;
      const inBlock =
        container?.type === AST_NODE_TYPES.BlockStatement ||
        container?.type === AST_NODE_TYPES.Program ||
        container?.type === AST_NODE_TYPES.SwitchCase;
      if (!statement || !inBlock || enclosingStatement(record.node) !== statement) {
        return undefined;
      }
      const receiver = rootIdentifier(record.receiver);
      return receiver && unwrap(record.receiver) === receiver
        ? { form: 'statement', statement, receiverText: receiver.name, headerMethod: response.framework === 'fastify' ? 'header' : 'setHeader' }
        : undefined;
    }
    if (record.kind !== 'chain') {
      return undefined;
    }
    if (statusCall?.name === 'writeHead') {
      return { form: 'write-head', call: statusCall.call };
    }
    return {
      form: 'chain',
      receiver: record.receiver,
      sendCall: send?.call,
      headerMethod: response.api.headerMethod,
      typeMethod: response.api.typeMethod,
    };
  }
}

/**
 * Places the unreadable part of a headers object among its named headers
 * in source order: a header named after the last spread or unreadable
 * computed key decides, and one named before it may be overwritten.
 */
function inSourceOrder(writes: HeaderWrite[], argument: Node, at: Node): HeaderWrite[] {
  const object = unwrap(argument);
  // Headers from a constant or a call come without their order, so none of them is certain.
  if (object.type !== AST_NODE_TYPES.ObjectExpression) {
    return [...writes, unreadableHeaders(at)];
  }
  let unreadableAt = -1;
  for (const property of object.properties) {
    const unreadable = property.type === AST_NODE_TYPES.SpreadElement || (property.computed && !writes.some((write) => write.node === property));
    if (unreadable) {
      unreadableAt = property.range[0];
    }
  }
  const before = writes.filter((write) => write.node.range[0] < unreadableAt);
  const after = writes.filter((write) => write.node.range[0] >= unreadableAt);
  return [...before, unreadableHeaders(at), ...after];
}

/** Stands for headers written at a node that the analysis cannot read. */
function unreadableHeaders(node: Node): HeaderWrite {
  return { name: undefined, value: { node: undefined, value: undefined }, node };
}

/** Returns the media type a framework sends by default for a body. */
function defaultContentType(framework: ResponseObject['framework'], sendName: string | undefined, body: Body): string | undefined {
  if (sendName === 'sendStatus') {
    return 'text/plain';
  }
  if (sendName === 'end' || sendName === 'write') {
    return undefined;
  }
  if (body.encoding === 'json') {
    return 'application/json';
  }
  if (body.encoding !== 'text' && body.encoding !== 'json-string') {
    return undefined;
  }
  return framework === 'fastify' ? 'text/plain' : 'text/html';
}

/**
 * For a framework whose async handlers return the body (Fastify), finds the
 * `return x` that follows the status in the same block.
 */
function returnedBody(node: Node, response: ResponseObject): Node | undefined {
  const statement = enclosingStatement(node);
  const block = statement?.parent;
  if (!statement || !block || (block.type !== AST_NODE_TYPES.BlockStatement && block.type !== AST_NODE_TYPES.Program)) {
    return undefined;
  }
  const index = block.body.indexOf(statement as never);
  for (const next of block.body.slice(index + 1)) {
    if (next.type === AST_NODE_TYPES.ReturnStatement) {
      const argument = next.argument ? unwrap(next.argument) : undefined;
      if (!argument || rootIdentifier(argument)?.name === response.variable.name) {
        return undefined;
      }
      return argument;
    }
    if (next.type === AST_NODE_TYPES.IfStatement || next.type === AST_NODE_TYPES.ThrowStatement) {
      return undefined;
    }
  }
  return undefined;
}

function returnedBodyOf(argument: Node, file: FileContext): Body {
  const { shape, stringified } = shapeOf(argument, file);
  if (stringified) {
    return { shape, encoding: 'json-string', reportNode: argument };
  }
  if (shape.kind === 'text') {
    return { shape, encoding: 'text', reportNode: argument };
  }
  const hasBody = shape.kind !== 'unknown' && shape.kind !== 'empty';
  return { shape, encoding: hasBody ? 'json' : 'none', reportNode: argument };
}

/** Tells whether a response object belongs to Express error-handling middleware, `(err, req, res, next)`. */
function isExpressErrorHandler(response: ResponseObject): response is ResponseObject & { errorParameter: Scope.Variable } {
  return response.framework === 'express' && response.errorParameter !== undefined && response.handler.params.length === 4;
}

/** Calls that take a caught error only to log or report it, so they cannot send its headers. */
const LOGGING_CALLS = new Set([...LOG_METHODS, 'fatal', 'emit', 'captureException']);

/**
 * Tells whether an error handler may send the headers of the error it
 * caught: it reads `err.headers`, throws the error on to the framework's
 * handler, or passes it to a function that is not a logger.
 */
function mayCopyErrorHeaders(error: Scope.Variable): boolean {
  return error.references.some((reference) => {
    const identifier = reference.identifier as Node;
    const parent = identifier.parent;
    switch (parent?.type) {
      case AST_NODE_TYPES.MemberExpression:
        return parent.object === identifier && memberName(parent) === 'headers';
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        const name = calleeName(parent as TSESTree.CallExpression);
        return parent.arguments.includes(identifier as TSESTree.Expression) && (name === undefined || !LOGGING_CALLS.has(name));
      }
      case AST_NODE_TYPES.ThrowStatement:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.ReturnStatement:
        return true;
      default:
        return false;
    }
  });
}

/**
 * Returns the plugin function whose instance a Fastify hook is added to,
 * when the hook is added inside `register()`:
 * `fastify.register(async (admin) => { admin.addHook('onRequest', hook) })`.
 * Fastify's encapsulation runs such a hook only for routes of that plugin.
 */
function fastifyPluginOf(middleware: ResponseObject, file: FileContext): Node | undefined {
  if (middleware.framework !== 'fastify') {
    return undefined;
  }
  const registrations = addHookCalls(middleware.handler, file);
  // A hook registered on several instances may run for any of their routes.
  const registration = registrations.length === 1 ? registrations[0] : undefined;
  const receiver = registration && registration.callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(registration.callee.object) : undefined;
  if (receiver?.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const definition = resolveVariable(receiver, file.scopeOf(receiver))?.defs[0];
  const plugin = definition?.type === 'Parameter' ? definition.node : undefined;
  const call = plugin?.parent;
  if (!plugin || call?.type !== AST_NODE_TYPES.CallExpression || calleeName(call) !== 'register' || !call.arguments.includes(plugin as TSESTree.Expression)) {
    return undefined;
  }
  return plugin;
}

/** The sending methods whose Express 4 forms took a status: `send(status)`, `send(status, body)`, `json(status, body)`, `jsonp(body, status)`. */
const LEGACY_STATUS_SENDS = new Set(['send', 'json', 'jsonp']);

/**
 * Returns the error status that an Express 4 form passes beside (or instead
 * of) the body, with the body argument. `res.json(401)` alone sends the
 * number as JSON on every version, so it is no status form. A computed
 * status counts when its name says so and the other argument does not, as in
 * the error handler's `res.json(err.status || 500, { message })` and
 * `res.send(err.statusCode, err.message)`, and its value is then undefined.
 */
function legacyStatusArgument(
  name: string,
  call: TSESTree.CallExpression,
  file: FileContext,
): { status: Node; value: number | undefined; body: Node | undefined; bodyFirst: boolean } | undefined {
  if (!LEGACY_STATUS_SENDS.has(name)) {
    return undefined;
  }
  const [first, second, ...rest] = call.arguments;
  if (!first || rest.length > 0 || first.type === AST_NODE_TYPES.SpreadElement || second?.type === AST_NODE_TYPES.SpreadElement) {
    return undefined;
  }

  if (!second) {
    const status = name === 'send' ? literalStatus(first, file) : undefined;
    return status && { status: first, value: status.value, body: undefined, bodyFirst: false };
  }

  const statusFirst = literalStatus(first, file) ?? (isBodyBeside(second) ? computedStatus(first, file) : undefined);
  if (statusFirst) {
    return { status: first, value: statusFirst.value, body: second, bodyFirst: false };
  }
  const statusSecond = literalStatus(second, file) ?? (isBodyBeside(first) ? computedStatus(second, file) : undefined);
  return statusSecond && { status: second, value: statusSecond.value, body: first, bodyFirst: true };
}

/**
 * Reads an error status written as a number literal, a status table member,
 * or a choice between such (`req.user ? 403 : 401`, whose value is undefined).
 */
function literalStatus(node: Node, file: FileContext): { value: number | undefined } | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    const consequent = literalStatus(expression.consequent, file);
    const alternate = literalStatus(expression.alternate, file);
    return consequent && alternate && { value: consequent.value === alternate.value ? consequent.value : undefined };
  }
  const value = errorStatusLiteral(expression, file);
  return value === undefined ? undefined : { value };
}

/**
 * Reads an error status computed from an error: `err.status`,
 * `error.statusCode`, or any status name with an error fallback
 * (`status || 500`). A bare `status` may hold 200, which Express 5 sends
 * anyway, and the response's own `res.statusCode` is the status it already
 * has, so neither counts.
 */
function computedStatus(node: Node, file: FileContext): { value: undefined } | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.LogicalExpression && expression.operator !== '&&') {
    return namesStatus(expression.left) && errorStatusLiteral(expression.right, file) !== undefined ? { value: undefined } : undefined;
  }
  if (expression.type !== AST_NODE_TYPES.MemberExpression || !namesStatus(expression)) {
    return undefined;
  }
  const object = unwrap(expression.object);
  return object.type === AST_NODE_TYPES.Identifier && /^(?:e|err|ex|exception)$|error$/i.test(object.name) ? { value: undefined } : undefined;
}

/** Tells whether a value's name says status: `status`, `err.statusCode`, `httpStatus`, `code`. */
function namesStatus(node: Node): boolean {
  const expression = unwrap(node);
  let name: string | undefined;
  if (expression.type === AST_NODE_TYPES.Identifier) {
    name = expression.name;
  } else if (expression.type === AST_NODE_TYPES.MemberExpression) {
    name = memberName(expression);
  }
  return name !== undefined && /^(?:status|statusCode|httpStatus|code)$/i.test(name);
}

/**
 * Tells whether the other argument of a two-argument send is the body: a
 * literal that can only be one, or a value whose name does not say status
 * (`err.message` in `res.send(err.statusCode, err.message)`).
 */
function isBodyBeside(node: Node): boolean {
  return isLiteralBody(node) || (unwrap(node).type !== AST_NODE_TYPES.Literal && !namesStatus(node));
}

/** Tells whether an argument can only be a body: an object, array, string or template literal. */
function isLiteralBody(node: Node): boolean {
  const expression = unwrap(node);
  return (
    expression.type === AST_NODE_TYPES.ObjectExpression ||
    expression.type === AST_NODE_TYPES.ArrayExpression ||
    expression.type === AST_NODE_TYPES.TemplateLiteral ||
    (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string')
  );
}

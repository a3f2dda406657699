import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';

import type { Condition } from './conditions';

/** A framework whose idioms produced a site or a header write. */
export type Framework =
  | 'express'
  | 'node-http'
  | 'fetch'
  | 'http-errors'
  | 'fastify'
  | 'koa'
  | 'hono'
  | 'nest'
  | 'next-pages'
  | 'hapi'
  | 'h3'
  | 'elysia';

/**
 * Fix builders that a framework adapter supplies for the response forms that
 * only it recognises. Each returns undefined when no safe edit exists.
 */
export interface AdapterFixes {
  /** Adds a header to the response, where the framework keeps it. */
  addHeader?: (fixer: RuleFixer, name: string, value: string) => RuleFix[] | undefined;
  /** Makes the response go out as application/problem+json. */
  setProblemContentType?: (fixer: RuleFixer) => RuleFix[] | undefined;
  /** Changes the status, for forms the generic status edit cannot rewrite (`new ForbiddenException()`). */
  changeStatus?: (fixer: RuleFixer, newStatus: number) => RuleFix[] | undefined;
  /**
   * Whether a test in tests/fixes-on-frameworks runs `addHeader`'s output on
   * the real framework and checks the header on the wire. Only then may the
   * header fix be an autofix.
   */
  headerFixProven: boolean;
}

/**
 * How a site decides the response: a send on a response object, a returned
 * web `Response`, a thrown or forwarded error, or an assignment of the status.
 */
export type SiteKind = 'send' | 'return' | 'throw' | 'assign' | 'guard';

/** A status resolved to a number, or an error status read from a caught error. */
export type Status =
  | { kind: 'number'; value: number }
  | { kind: 'caught-error' }
  /** One of several error statuses (`missing ? 404 : 500`): enough for the problem-details rules. */
  | { kind: 'some-error' }
  | { kind: 'unknown' };

/** The shape of a response body, as far as syntax shows it. */
export type BodyShape =
  | { kind: 'empty' }
  | { kind: 'unknown' }
  | { kind: 'object'; node: TSESTree.ObjectExpression }
  | { kind: 'array'; node: TSESTree.Node }
  /** Text; `markup` when it is a literal that starts with `<`, an HTML page or fragment for a browser. */
  | { kind: 'text'; node: TSESTree.Node; addedByFramework: boolean; markup?: boolean }
  | { kind: 'number'; node: TSESTree.Node };

/**
 * The encoding of a body on the wire: JSON by a helper (`res.json`), a string
 * (`res.send('x')`, `new Response('x')`), or raw bytes of a JSON string.
 */
export type BodyEncoding = 'json' | 'text' | 'json-string' | 'none';

export interface Body {
  shape: BodyShape;
  encoding: BodyEncoding;
  /** The node the problem-details rules report: the body argument, or the sending call for a body the framework adds. */
  reportNode: TSESTree.Node;
  /** The call that sends the body (`.json(...)`, `.send(...)`, `.end(...)`), when there is one. */
  sendCall?: TSESTree.CallExpression;
  /**
   * Whether a page renders the body for a browser: a view of a template
   * engine (Express's `res.render()`), or the data and errors of a Remix
   * route that has a component.
   */
  rendered?: boolean;
}

/** Tells whether a body is a page for a browser: a rendered view, or HTML markup in a string. */
export function isPage(body: Body | undefined): boolean {
  return body !== undefined && (body.rendered === true || (body.shape.kind === 'text' && body.shape.markup === true));
}

/** The value of a header write, when syntax shows it. */
export interface HeaderValue {
  node: TSESTree.Node | undefined;
  /** The static string value, or undefined when the value is computed. */
  value: string | undefined;
}

/** Whether a header reaches the client with a response. */
export type HeaderState =
  | { kind: 'set'; value: HeaderValue }
  | { kind: 'absent' }
  /** The header may be written where the analysis cannot see it. */
  | { kind: 'unknown' }
  /** The header is written, but the framework drops it before the response goes out. */
  | {
      kind: 'dropped';
      node: TSESTree.Node;
      reason: string;
      /** The place where the header must be written instead, as a phrase after "Set it" (default: on the error itself). */
      where?: string;
    };

/**
 * The place to insert a header or a content type, by response form. Fix
 * builders turn it into text edits; `undefined` means no safe edit is known.
 */
export type FixTarget =
  /**
   * A chain on a response object: `res.status(401).json(b)`; insert calls
   * after `receiver`, with the framework's chainable header and type methods.
   */
  | {
      form: 'chain';
      receiver: TSESTree.Node;
      sendCall: TSESTree.CallExpression | undefined;
      headerMethod: string | undefined;
      typeMethod: string | undefined;
    }
  /** A statement such as `res.statusCode = 401;`; insert a statement before it that calls `headerMethod`. */
  | { form: 'statement'; statement: TSESTree.Statement; receiverText: string; headerMethod: string }
  /** `res.writeHead(status, [reason], [headers])`. */
  | { form: 'write-head'; call: TSESTree.CallExpression }
  /** The init object of a web `Response`, or where one must be added. */
  | { form: 'response-init'; call: TSESTree.CallExpression | TSESTree.NewExpression }
  /** An http-errors factory call whose props argument can carry `headers`. */
  | { form: 'error-props'; call: TSESTree.CallExpression | TSESTree.NewExpression }
  /** A form that only its framework adapter can fix. */
  | { form: 'adapter'; fixes: AdapterFixes };

/** One place where the code decides an HTTP response. */
export interface ResponseSite {
  framework: Framework;
  kind: SiteKind;
  /** The node that decides the status: where the 401/403 rules report. */
  statusNode: TSESTree.Node;
  status: Status;
  /** The function that contains the site, or the Program node. */
  scope: TSESTree.Node;
  body: Body | undefined;
  /** The media type set on the response, without parameters, lower-cased. */
  contentType:
    | {
        value: string | undefined;
        node: TSESTree.Node | undefined;
        overwritten?: boolean;
        /** Set when the value is unknown only because a headers object could not be read, such as `res.set(securityHeaders())`. */
        unreadableHeaders?: true;
      }
    | undefined;
  /** The media type the framework sends by default for this body. */
  defaultContentType: string | undefined;
  wwwAuthenticate: HeaderState;
  /** Whether the site is a thrown or forwarded error whose body an error handler shapes. */
  thrown: boolean;
  /** Whether the status is read from a caught error in an error handler. */
  inErrorHandler: boolean;
  fixTarget: FixTarget | undefined;
  /** The node whose ancestors give the path conditions. */
  anchor: TSESTree.Node;
  /**
   * The innermost condition of the path when no branch states it: a NestJS
   * guard's `return Boolean(request.user)` makes Nest send 403 where its value is false.
   */
  sentWhen?: Condition;
  /** String literals in the body or error that may hint at the reason. */
  hints: string[];
  /**
   * Set on the call of a same-file helper that always sends this status
   * (`deny(res)`): the 401/403 rules judge the call's path, while the other
   * rules report the helper's own site once.
   */
  viaHelper?: true;
}

/**
 * An error status written in a form that never reaches the client:
 * - a status argument that Express 5 and Next.js send as the body (`res.send(401)`);
 * - a status string that Express 5 and hapi reject (`res.status('401')`,
 *   `h.response(body).code('401')`), or that Elysia sends as 200
 *   (`set.status = '401'`);
 * - a number where a web `Response` takes an init object (`Response.json(body, 401)`);
 * - an http-errors error thrown in hapi or a Next.js route handler, or a plain
 *   `Error` given a status in NestJS or Next.js, to which they respond with 500.
 */
export type IneffectiveStatus =
  | {
      form: 'status-argument';
      /** The status argument, where the rule reports. */
      node: TSESTree.Node;
      /** The status, or undefined when the code computes it (`err.status || 500`). */
      status: number | undefined;
      /** The call that takes the status. */
      call: TSESTree.CallExpression;
      /** The sending method: `send`, `json` or `jsonp`. */
      method: string;
      /** Express, or a Next.js pages API route, whose `res.send()` and `res.json()` take only a body. */
      framework: 'express' | 'next-pages';
      /** The body argument beside the status, when there is one. */
      body: TSESTree.Node | undefined;
      /** Whether the body comes first (`res.json(body, 400)`): Express 5 then sends the body and ignores the status. */
      bodyFirst: boolean;
    }
  | {
      form: 'string-status';
      node: TSESTree.Node;
      status: number;
      /** Express 5 and hapi throw on a status string; Elysia looks it up as a status name, finds none and sends 200. */
      framework: 'express' | 'hapi' | 'elysia';
    }
  | { form: 'numeric-init'; node: TSESTree.Node; status: number; call: TSESTree.CallExpression | TSESTree.NewExpression }
  | {
      form: 'status-property';
      /** The assignment of the status to the error, where the rule reports. */
      node: TSESTree.AssignmentExpression;
      status: number;
      /** The property the assignment writes. */
      property: 'status' | 'statusCode';
      /** The code that sends the status on that framework, for the message. */
      nativeForm: string;
      framework: 'nest' | 'next';
    }
  | {
      form: 'foreign-error';
      node: TSESTree.Node;
      status: number;
      /** The framework that responds to the error with 500. */
      framework: 'hapi' | 'next';
      /** The code that sends the status on that framework, for the message. */
      nativeForm: string;
    };

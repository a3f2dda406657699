import type { FileContext } from '../file-context';
import type { IneffectiveStatus, ResponseSite } from '../model';
import type { Vocabulary } from '../settings';
import type { ResponseObjectAdapter } from './express';
import { STATUS_TABLE_MARKERS } from '../status';
import { collectErrorStatusSites, collectIgnoredErrorStatuses } from './error-status';
import { MARKERS as ELYSIA_MARKERS, collectElysiaSites, collectElysiaStringStatuses, elysiaResponseWrapper } from './elysia';
import { MARKERS as FETCH_MARKERS, collectFetchSites, collectNumericInits } from './fetch';
import type { ResponseWrapper } from './fetch';
import { MARKERS as HAPI_MARKERS, collectHapiSites, collectHapiStringStatuses } from './hapi';
import { MARKERS as H3_MARKERS, collectH3Sites, h3ResponseWrapper } from './h3';
import { MARKERS as HONO_MARKERS, collectHonoSites, honoResponseWrapper } from './hono';
import { MARKERS as HTTP_ERROR_MARKERS, collectForeignErrors, collectHttpErrorSites } from './http-errors';
import { MARKERS as KOA_MARKERS, collectKoaSites } from './koa';
import { MARKERS as NEST_MARKERS, collectNestSites, findNestResponseObjects } from './nest';
import { MARKERS as RESPONSE_OBJECT_MARKERS } from './response-object';
import type { ResponseObjectFinder } from './response-object';

/** What every adapter receives: the file's collected nodes, the Express-style response objects, the vocabulary. */
export interface AdapterContext {
  file: FileContext;
  responses: ResponseObjectAdapter;
  vocabulary: Vocabulary;
}

/** An adapter turns one framework's idioms into response sites; it does not judge them. */
export type Adapter = (context: AdapterContext) => ResponseSite[];

/**
 * Frameworks that run handlers returning a web Response and change its
 * headers. The first one that returns a state decides.
 */
const RESPONSE_WRAPPERS: readonly ResponseWrapper[] = [elysiaResponseWrapper, h3ResponseWrapper, honoResponseWrapper];

/**
 * The adapters that run after the Express and node:http one. Add a
 * framework by adding its adapter here.
 */
export const ADAPTERS: readonly Adapter[] = [
  ({ file }) => collectFetchSites(file, RESPONSE_WRAPPERS),
  ({ file, responses }) => collectHttpErrorSites(file, responses),
  collectErrorStatusSites,
  collectHapiSites,
  ({ file, responses }) => collectNestSites(file, responses),
  ({ file }) => collectHonoSites(file),
  ({ file }) => collectH3Sites(file),
  ({ file }) => collectElysiaSites(file),
  ({ file }) => collectKoaSites(file),
];

/** Collects the error statuses written in a form the framework does not send, in source order. */
export function collectIneffectiveStatuses(file: FileContext, responses: ResponseObjectAdapter): IneffectiveStatus[] {
  const found = [
    ...responses.ineffectiveStatuses(),
    ...collectNumericInits(file),
    ...collectForeignErrors(file),
    ...collectIgnoredErrorStatuses(file),
    ...collectHapiStringStatuses(file),
    ...collectElysiaStringStatuses(file),
  ];
  return found.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** Finders of response objects that only a framework adapter recognises; the Express-style adapter builds their sites. */
export const RESPONSE_OBJECT_FINDERS: readonly ResponseObjectFinder[] = [findNestResponseObjects];

/**
 * Substrings of which a file needs at least one to contain a response site,
 * from every adapter. A status write (`STATUS_WRITE` in collect.ts) is the
 * other way in. Add a framework's markers here with its adapter.
 */
export const SITE_MARKERS: readonly string[] = [
  ...new Set([
    ...RESPONSE_OBJECT_MARKERS,
    ...FETCH_MARKERS,
    ...NEST_MARKERS,
    ...HAPI_MARKERS,
    ...HTTP_ERROR_MARKERS,
    ...KOA_MARKERS,
    ...STATUS_TABLE_MARKERS,
    ...H3_MARKERS,
    ...ELYSIA_MARKERS,
    ...HONO_MARKERS,
  ]),
];

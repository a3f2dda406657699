import type { FileContext } from '../file-context';
import type { ResponseSite } from '../model';
import type { Vocabulary } from '../settings';
import type { ResponseObjectAdapter } from './express';
import { collectErrorStatusSites } from './error-status';
import { collectElysiaSites, elysiaResponseWrapper } from './elysia';
import { collectFetchSites } from './fetch';
import type { ResponseWrapper } from './fetch';
import { collectHapiSites } from './hapi';
import { collectH3Sites, h3ResponseWrapper } from './h3';
import { collectHonoSites, honoResponseWrapper } from './hono';
import { collectHttpErrorSites } from './http-errors';
import { collectKoaSites } from './koa';
import { collectNestSites, findNestResponseObjects } from './nest';
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

/** Finders of response objects that only a framework adapter recognises; the Express-style adapter builds their sites. */
export const RESPONSE_OBJECT_FINDERS: readonly ResponseObjectFinder[] = [findNestResponseObjects];

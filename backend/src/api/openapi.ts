/**
 * The OpenAPI 3.1 document, generated from the route table and its zod schemas (zod-openapi),
 * and the route serving it. Error answers are derived from each entry: a bearer route can
 * answer 401 and 403, a route with a body 400, 413 and 422, every route 429 and 503.
 */
import { Hono } from 'hono';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { ApiError } from '@sightline/sdk/model';
import type { RouteSpec } from './contract';
import { openApiPath } from './contract';

const ERRORS: Record<string, string> = {
  400: 'The body is not JSON, or the URL holds text that cannot be stored',
  401: 'No valid bearer token (missing, unknown, expired or revoked)',
  403: "The credential's kind, role or scopes do not reach this route",
  404: 'No such resource in your org',
  413: 'The body is larger than the route allows',
  422: 'The request does not fit the schema; `issues` names each field',
  429: 'Too many requests from this principal or address; retry after Retry-After seconds',
  503: 'The database is away for a moment; nothing was changed, retry after Retry-After seconds',
};

function errorStatuses(route: RouteSpec): string[] {
  const statuses = ['429', '503'];
  if (!('public' in route.access)) statuses.push('401', '403');
  if (route.request?.body) statuses.push('400', '413', '422');
  if (route.request?.query || route.request?.params) statuses.push('404', '422');
  return [...new Set(statuses)].sort();
}

function operation(route: RouteSpec): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    responses[status] = {
      description: spec!.description,
      ...(spec!.schema && { content: { 'application/json': { schema: spec!.schema as never } } }),
      ...(spec!.contentType && { content: { [spec!.contentType]: { schema: { type: 'string' } } } }),
    };
  }
  for (const status of errorStatuses(route)) responses[status] = { description: ERRORS[status]!, content: { 'application/json': { schema: ApiError as never } } };
  const { body, query, params } = route.request ?? {};
  return {
    summary: route.summary,
    tags: [route.tag],
    security: 'public' in route.access ? [] : [{ bearer: [] }],
    ...(!('public' in route.access) && { 'x-sightline-access': route.access }),
    ...((query || params) && { requestParams: { ...(query && { query: query as never }), ...(params && { path: params as never }) } }),
    ...(body && { requestBody: { required: true, content: { 'application/json': { schema: body as never, ...(route.example?.body !== undefined && { example: route.example.body }) } } } }),
    responses: responses as ZodOpenApiResponsesObject,
  };
}

export function openApiDocument(routes: readonly RouteSpec[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) paths[openApiPath(route.path)] = { ...paths[openApiPath(route.path)], [route.method.toLowerCase()]: operation(route) };
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Sightline API', version: '1', description: 'Goals, KPIs and feedback: sync, sign-in, people and admin routes. See docs/api.md.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A personal token (slp_), integration key (slk_), session access token (sla_) or signed embed token' } } },
    paths,
  }, {
    // The model normalises some text on the way in (optional text: empty becomes null); answers hold the normalised value.
    override: (ctx) => {
      if (ctx.io === 'output' && ctx.zodSchema._zod.def.type === 'transform' && Object.keys(ctx.jsonSchema).length === 0) ctx.jsonSchema.description = 'as normalised by the server';
    },
  });
}

/** GET /openapi.json, built on first request and kept. */
export function openApiRoutes(routes: readonly RouteSpec[]) {
  let document: ReturnType<typeof openApiDocument> | undefined;
  return new Hono().get('/openapi.json', (c) => c.json((document ??= openApiDocument(routes))));
}

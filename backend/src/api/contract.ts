/**
 * One entry of the route table: the method, path, who may call, and the zod schemas of what
 * goes in and comes out. The authorization middleware, the OpenAPI document, the authorization
 * matrix and the fuzz tests are all read off these entries, so a route is described once.
 */
import type { z } from 'zod';
import type { Access } from './access';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ResponseSpec {
  description: string;
  /** JSON body; absent for redirects. */
  schema?: z.core.$ZodType;
  /** Another media type than JSON (the event stream). */
  contentType?: string;
}

export interface RouteSpec {
  method: Method;
  /** Hono syntax: `/v1/auth/tokens/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  request?: {
    body?: z.core.$ZodType;
    query?: z.core.$ZodType;
    params?: z.core.$ZodType;
  };
  /** Success answers by status; the error answers are added from the access rule and the request. */
  responses: Partial<Record<200 | 201 | 204 | 302 | 303, ResponseSpec>>;
  /** A request that passes validation: the OpenAPI example, the fuzzers' seed, and docs/api.md's shape. */
  example?: { body?: unknown; query?: Record<string, string>; params?: Record<string, string> };
}

/** `/v1/auth/tokens/:id` -> `/v1/auth/tokens/{id}` (OpenAPI's template syntax). */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, '{$1}');

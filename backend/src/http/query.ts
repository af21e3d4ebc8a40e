/** Reads a request's query string with a shared schema: a 422 naming each failing parameter. */
import type { Context } from 'hono';
import { z } from 'zod';
import { invalidBody } from './api-error';

export function readQuery<S extends z.core.$ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = z.safeParse(schema, c.req.query());
  if (!parsed.success) throw invalidBody(parsed.error);
  return parsed.data;
}

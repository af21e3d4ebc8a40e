/** Reads a JSON body and checks it against a shared schema: 400 if it is not JSON, 422 if it does not fit. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError, invalidBody } from './api-error';

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'malformed_json', `the body is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidBody(parsed.error);
  return parsed.data;
}

/** Reads a JSON body and checks it against a shared schema: 400 if it is not JSON, 422 if it does not fit. */
import type { Context } from 'hono';
import { z } from 'zod';
import { HttpError, invalidBody } from './api-error';
import { findInStrings, unstorableInput, unstorableText } from './unstorable';

/**
 * `schema` may be classic zod or zod/mini (the shared model's), hence zod's function form of
 * safeParse. Text the database cannot store is a 422 naming its field; `checkedPart` narrows that
 * check when a part has its own (a push's mutation args are rejected one mutation at a time).
 */
export async function readJson<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
  options: { checkedPart?: (body: unknown) => unknown } = {},
): Promise<z.output<S>> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'malformed_json', `the body is not valid JSON: ${(error as Error).message}`);
  }
  const unstorable = findInStrings(options.checkedPart ? options.checkedPart(value) : value, unstorableText);
  if (unstorable) throw unstorableInput(unstorable);
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) throw invalidBody(parsed.error);
  return parsed.data;
}

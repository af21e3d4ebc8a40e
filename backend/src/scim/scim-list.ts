/** SCIM paging (1-based startIndex, count) and the ListResponse around a page of resources. */
import type { Context } from 'hono';
import { ScimError } from './scim-error';
import { SCIM_SCHEMAS } from './scim-resources';

export const MAX_PAGE = 200;

function integerQuery(c: Context, name: string, fallback: number, min: number): number {
  const text = c.req.query(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) throw new ScimError(400, 'invalidValue', `${name}: must be an integer of at least ${min}`);
  return value;
}

export function readPage(c: Context): { offset: number; limit: number; startIndex: number } {
  const startIndex = integerQuery(c, 'startIndex', 1, 1);
  return { startIndex, offset: startIndex - 1, limit: Math.min(integerQuery(c, 'count', 100, 0), MAX_PAGE) };
}

export const listResponse = (resources: unknown[], total: number, startIndex: number) => ({
  schemas: [SCIM_SCHEMAS.list],
  totalResults: total,
  startIndex,
  itemsPerPage: resources.length,
  Resources: resources,
});

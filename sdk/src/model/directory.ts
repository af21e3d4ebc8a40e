/**
 * The directory beyond a client's synced rows: `GET /v1/directory?q=&cursor=&limit=`, one page
 * of the people the principal may see, by name, matching `q` in name or email.
 */
import { z } from 'zod/mini';
import { Person } from './org';

export const DIRECTORY_MAX_PAGE = 200;

export const DirectoryQuery = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(200))),
  /** Opaque; from the previous page. */
  cursor: z.optional(z.string().check(z.maxLength(600))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(DIRECTORY_MAX_PAGE))),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;

export const DirectoryPage = z.object({
  people: z.array(Person),
  /** Where the next page starts; null after the last. */
  cursor: z.nullable(z.string()),
});
export type DirectoryPage = z.infer<typeof DirectoryPage>;

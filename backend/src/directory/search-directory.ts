/**
 * One page of the directory: live, active people the principal may see (visibility.ts, in SQL
 * like every read), in (name, id) order, optionally those whose name or email contains `q`.
 * Keyset pages: the cursor is the last (name, id) sent, so a page costs the same however deep.
 */
import { sql, type Kysely } from 'kysely';
import type { DirectoryPage, DirectoryQuery } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import { toModelRow } from '../db/row-codec';
import type { DB } from '../db/schema';
import { HttpError } from '../http/api-error';
import { liveVisibleRows } from '../sync/live-visible-rows';

export const DIRECTORY_PAGE = 50;

const encodeCursor = (name: string, id: string) => Buffer.from(JSON.stringify([name, id])).toString('base64url');

function decodeCursor(text: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString());
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // Falls through to the 400 below.
  }
  const message = 'is not a cursor from a previous directory page';
  throw new HttpError(400, 'invalid_query', `cursor: ${message}`, { issues: [{ path: 'cursor', message }] });
}

/** `q` as a LIKE pattern that matches it literally anywhere. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchDirectory(db: Kysely<DB>, principal: Principal, query: DirectoryQuery): Promise<DirectoryPage> {
  const limit = query.limit ?? DIRECTORY_PAGE;
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const q = query.q?.trim() ?? '';
  const rows = await liveVisibleRows(db, principal, 'persons')
    .selectAll('t')
    .where('t.active', '=', true)
    .$if(q !== '', (b) => b.where(sql<boolean>`(t.name ilike ${containing(q)} or t.email ilike ${containing(q)})`))
    .$if(after !== null, (b) => b.where(sql<boolean>`(t.name, t.id) > (${after![0]}, ${after![1]}::uuid)`))
    .orderBy('t.name')
    .orderBy('t.id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    people: page.map((row) => toModelRow(row) as DirectoryPage['people'][number]),
    cursor: rows.length > limit && last ? encodeCursor(last.name, last.id) : null,
  };
}

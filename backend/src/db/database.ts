/**
 * Opens the one store Sightline has: PostgreSQL when a URL is given, otherwise embedded PGlite
 * (a data directory, or `memory://` for tests). Callers get the same Kysely surface and the
 * same parsed values from either.
 */
import { CamelCasePlugin, type Kysely } from 'kysely';
import type { ChangeFeed } from '../events/change-feed';
import type { DB } from './schema';

export interface Database {
  readonly db: Kysely<DB>;
  readonly driver: 'pglite' | 'postgres';
  /** Committed changes from every node (LISTEN/NOTIFY). */
  readonly changes: ChangeFeed;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... ; when set, PostgreSQL is used and dataDir is ignored. */
  url?: string;
  /** PGlite data directory; `memory://` (the default) keeps everything in memory. */
  dataDir?: string;
}

/** snake_case SQL <-> camelCase rows; jsonb contents are the model's own keys and stay as they are. */
export const camelCase = () => new CamelCasePlugin({ maintainNestedObjectKeys: true });

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(options.url);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.dataDir ?? 'memory://');
}

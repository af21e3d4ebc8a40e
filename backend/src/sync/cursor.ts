/**
 * Pull cursors, opaque to clients:
 *   `v<version>`: caught up to that org version; the next pull sends what changed after it.
 *   `r<version>.<table>` or `r<version>.<table>.<id>`: a reset that began at that version is
 *   under way and continues with `table`, after row `id` when given.
 * Table names, not positions, so adding a synced table never moves a cursor.
 */
import { TABLE_NAMES, type TableName } from '@sightline/sdk/model';

export type Cursor =
  | { kind: 'delta'; version: number }
  | { kind: 'reset'; version: number; table: TableName; afterId: string | null };

const DELTA = /^v(\d{1,15})$/;
const RESET = /^r(\d{1,15})\.([a-zA-Z]{1,40})(?:\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?$/;

export function encodeCursor(c: Cursor): string {
  if (c.kind === 'delta') return `v${c.version}`;
  return `r${c.version}.${c.table}${c.afterId === null ? '' : `.${c.afterId}`}`;
}

/** null for anything that is not a cursor this server wrote (the caller resets). */
export function decodeCursor(text: string | undefined): Cursor | null {
  if (text === undefined) return null;
  const delta = DELTA.exec(text);
  if (delta) return { kind: 'delta', version: Number(delta[1]) };
  const reset = RESET.exec(text);
  if (!reset || !(TABLE_NAMES as readonly string[]).includes(reset[2]!)) return null;
  return { kind: 'reset', version: Number(reset[1]), table: reset[2] as TableName, afterId: reset[3] ?? null };
}

/**
 * Tombstones that keep no text. A tombstone normally keeps its row until the purge (so pulls
 * can still decide who is told of the delete); when a delete is for privacy (an erasure, a
 * retention limit) the free text goes at once, the columns visibility reads stay.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

const empty = sql`''`;
const none = sql`null`;
const emptyList = sql`'[]'::jsonb`;

/** Per synced table (SQL name): the columns that hold what a person wrote, and what replaces it. */
export const TEXT_COLUMNS = {
  feedback: { body: empty, context: none, skill_ids: emptyList },
  feedback_requests: { prompt: empty, decline_reason: none },
  support_decisions: { note: none },
  check_ins: { goals: emptyList, barriers: none, support_needed: none, learning_action: none },
  reviews: { summary: none, answers: emptyList, rating: none, calibrated_rating: none },
  development_actions: { title: empty },
  skill_gaps: { note: none },
} as const satisfies Record<string, Record<string, RawBuilder<unknown>>>;

export type TextTable = keyof typeof TEXT_COLUMNS;

/**
 * Tombstones the live rows of `table` matching `where` (its org filter included) at `version`,
 * and blanks the text of those and of earlier tombstones that match. Returns how many live rows it deleted.
 */
export async function tombstoneWithoutText(tx: Kysely<any>, table: TextTable, where: RawBuilder<unknown>, stamp: { version: number; now: string }): Promise<number> {
  const blanks = Object.entries(TEXT_COLUMNS[table]).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  const tombstone = [sql`version = ${stamp.version}`, sql`updated_at = ${stamp.now}`, sql`deleted_at = ${stamp.now}`];
  const { numAffectedRows } = await sql`update ${sql.table(table)} set ${sql.join([...tombstone, ...blanks])} where ${where} and deleted_at is null`.execute(tx);
  // A row deleted last week still held its text.
  await sql`update ${sql.table(table)} set ${sql.join(blanks)} where ${where} and deleted_at is not null`.execute(tx);
  return Number(numAffectedRows ?? 0);
}

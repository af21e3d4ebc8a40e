/** The change history of goals and KPIs edited mid-cycle, as GET /v1/history/{goals|metrics}/:id returns it. */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDateTime } from './common';

export const HistoryEntity = z.enum(['goal', 'metric']);
export type HistoryEntity = z.infer<typeof HistoryEntity>;

/** One field's value before and after an edit (JSON values: numbers, text, null, a range object). */
export const FieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

export const ChangeEntry = z.object({
  version: z.int(),
  at: IsoDateTime,
  /** Who edited; the person is always known, since integration keys cannot edit goals or KPIs. */
  by: Id,
  changes: z.array(FieldChange),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

/** Oldest first. */
export const ChangeHistory = z.object({ entity: HistoryEntity, id: Id, entries: z.array(ChangeEntry) });
export type ChangeHistory = z.infer<typeof ChangeHistory>;

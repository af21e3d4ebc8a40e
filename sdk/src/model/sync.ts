/** Wire messages of the sync protocol (docs/sync-protocol.md). */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDateTime } from './common';
import { MUTATION_NAMES } from './mutations';
import { TABLE_NAMES, type TableName } from './tables';

export const MAX_PUSH_BATCH = 500;

const count = z.int().check(z.nonnegative());

export const Mutation = z.strictObject({
  id: Id,
  /** Per-client, 1, 2, 3...: the server applies in this order, exactly once. */
  seq: z.int().check(z.gte(1), z.lte(Number.MAX_SAFE_INTEGER)),
  name: z.enum(MUTATION_NAMES, `must be one of ${MUTATION_NAMES.join(', ')}`),
  /** Checked against the name's schema on the server; a bad args is a rejection, not a 400. */
  args: z.unknown(),
  at: IsoDateTime,
});
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z
  .strictObject({
    clientId: Id,
    mutations: z.array(Mutation).check(z.minLength(1), z.maxLength(MAX_PUSH_BATCH)),
  })
  .check(
    z.superRefine((req, ctx) => {
      req.mutations.forEach((m, i) => {
        const prev = req.mutations[i - 1];
        if (prev && m.seq !== prev.seq + 1)
          ctx.addIssue({ code: 'custom', path: ['mutations', i, 'seq'], message: `must be ${prev.seq + 1} (consecutive within a push)` });
      });
    }),
  );
export type PushRequest = z.infer<typeof PushRequest>;

export const MutationStatus = z.enum(['applied', 'duplicate', 'rejected']);
export const MutationResult = z.object({
  id: Id,
  seq: z.int(),
  status: MutationStatus,
  /** Why a mutation was rejected, in words the UI can show. */
  reason: z.nullable(z.string()),
});
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.object({
  lastSeq: count,
  version: count,
  results: z.array(MutationResult),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullQuery = z.strictObject({
  clientId: Id,
  /** Opaque; absent or unknown means "send everything" (reset). */
  cursor: z.optional(z.string().check(z.maxLength(100))),
});

export const TableChanges = z.object({ upserts: z.array(z.record(z.string(), z.unknown())), deletes: z.array(Id) });
const SyncedTable = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);
/** Ids in (after, upTo]; null means unbounded on that side. */
export const IdRange = z.object({ after: z.nullable(Id), upTo: z.nullable(Id) });
export type IdRange = z.infer<typeof IdRange>;
export const PullResponse = z.object({
  cursor: z.string(),
  /** true: a page of a reset; the client's rows in `covers` are replaced by this page's rows. */
  reset: z.boolean(),
  /**
   * With reset: the id range of each table this page covers completely. Absent: every table,
   * wholly (a reset in one page). A client drops its rows in a covered range the page lacks.
   */
  covers: z.optional(z.partialRecord(SyncedTable, IdRange)),
  /** true: the reset continues in another page; pull again at once with the new cursor. */
  more: z.optional(z.boolean()),
  lastSeq: count,
  version: count,
  changes: z.partialRecord(SyncedTable, TableChanges),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const Poke = z.object({ version: count });

/** Every 4xx/5xx body: a code, a sentence, and for validation errors each failing path. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    /** With code seq_gap (409): the first mutation was past lastSeq + 1; resend from this seq. */
    expectedSeq: z.optional(z.int()),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

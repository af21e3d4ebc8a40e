/** Wire messages of the sync protocol (docs/sync-protocol.md). */
import { z } from 'zod';
import { Id } from './ids';
import { IsoDateTime } from './common';
import { MUTATION_NAMES } from './mutations';
import { TABLE_NAMES, type TableName } from './tables';

export const MAX_PUSH_BATCH = 500;

export const Mutation = z.strictObject({
  id: Id,
  /** Per-client, 1, 2, 3...: the server applies in this order, exactly once. */
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  name: z.enum(MUTATION_NAMES, { message: `must be one of ${MUTATION_NAMES.join(', ')}` }),
  /** Checked against the name's schema on the server; a bad args is a rejection, not a 400. */
  args: z.unknown(),
  at: IsoDateTime,
});
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z
  .strictObject({
    clientId: Id,
    mutations: z.array(Mutation).min(1).max(MAX_PUSH_BATCH),
  })
  .superRefine((req, ctx) => {
    req.mutations.forEach((m, i) => {
      const prev = req.mutations[i - 1];
      if (prev && m.seq !== prev.seq + 1)
        ctx.addIssue({ code: 'custom', path: ['mutations', i, 'seq'], message: `must be ${prev.seq + 1} (consecutive within a push)` });
    });
  });
export type PushRequest = z.infer<typeof PushRequest>;

export const MutationStatus = z.enum(['applied', 'duplicate', 'rejected']);
export const MutationResult = z.object({
  id: Id,
  seq: z.number().int(),
  status: MutationStatus,
  /** Why a mutation was rejected, in words the UI can show. */
  reason: z.string().nullable(),
});
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.object({
  lastSeq: z.number().int().nonnegative(),
  version: z.number().int().nonnegative(),
  results: z.array(MutationResult),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullQuery = z.strictObject({
  clientId: Id,
  /** Opaque; absent or unknown means "send everything" (reset). */
  cursor: z.string().max(100).optional(),
});

export const TableChanges = z.object({ upserts: z.array(z.record(z.string(), z.unknown())), deletes: z.array(Id) });
export const PullResponse = z.object({
  cursor: z.string(),
  /** true: the client must replace its synced tables with these rows (not merge). */
  reset: z.boolean(),
  lastSeq: z.number().int().nonnegative(),
  version: z.number().int().nonnegative(),
  changes: z.partialRecord(z.enum(TABLE_NAMES as [TableName, ...TableName[]]), TableChanges),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const Poke = z.object({ version: z.number().int().nonnegative() });

/** Every 4xx/5xx body: a code, a sentence, and for validation errors each failing path. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** With code seq_gap (409): the first mutation was past lastSeq + 1; resend from this seq. */
    expectedSeq: z.number().int().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

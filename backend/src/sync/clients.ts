/**
 * Sync clients: each client id belongs to the first principal that pushed with it and counts
 * that client's applied seqs. Rejected seqs keep their reason so a retried push can repeat it.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';
import { forbidden } from '../http/api-error';

const boundElsewhere = () => forbidden('this clientId belongs to another user or key; generate a new one');

/**
 * Binds the client id to the principal on first use and returns its last applied seq. The row
 * stays locked until commit, so two pushes of one client run one after the other.
 */
export async function claimClient(tx: Kysely<DB>, principal: Principal, clientId: string): Promise<number> {
  const row = await tx
    .insertInto('syncClients')
    .values({ orgId: principal.orgId, clientId, principalKey: principal.key, personId: principal.personId, lastSeq: 0 })
    .onConflict((oc) => oc.columns(['orgId', 'clientId']).doUpdateSet((eb) => ({ lastSeq: eb.ref('syncClients.lastSeq') })))
    .returning(['principalKey', 'lastSeq'])
    .executeTakeFirstOrThrow();
  if (row.principalKey !== principal.key) throw boundElsewhere();
  return row.lastSeq;
}

/** The client's last applied seq (0 if it never pushed); 403 if the id belongs to someone else. */
export async function readLastSeq(db: Kysely<DB>, principal: Principal, clientId: string): Promise<number> {
  const row = await db
    .selectFrom('syncClients')
    .select(['principalKey', 'lastSeq'])
    .where('orgId', '=', principal.orgId)
    .where('clientId', '=', clientId)
    .executeTakeFirst();
  if (row && row.principalKey !== principal.key) throw boundElsewhere();
  return row?.lastSeq ?? 0;
}

export async function advanceClient(tx: Kysely<DB>, principal: Principal, clientId: string, lastSeq: number): Promise<void> {
  await tx
    .updateTable('syncClients')
    .set({ lastSeq })
    .where('orgId', '=', principal.orgId)
    .where('clientId', '=', clientId)
    .execute();
}

export interface StoredRejection {
  seq: number;
  mutationId: string;
  name: string;
  reason: string;
}

export async function recordRejections(
  tx: Kysely<DB>,
  principal: Principal,
  clientId: string,
  rejections: readonly StoredRejection[],
): Promise<void> {
  if (rejections.length === 0) return;
  await tx
    .insertInto('syncRejections')
    .values(rejections.map((rejection) => ({ orgId: principal.orgId, clientId, ...rejection })))
    .execute();
}

/** Reasons of the client's rejected seqs within [from, to]. */
export async function rejectionsBetween(tx: Kysely<DB>, principal: Principal, clientId: string, from: number, to: number): Promise<Map<number, string>> {
  if (to < from) return new Map();
  const rows = await tx
    .selectFrom('syncRejections')
    .select(['seq', 'reason'])
    .where('orgId', '=', principal.orgId)
    .where('clientId', '=', clientId)
    .where('seq', '>=', from)
    .where('seq', '<=', to)
    .execute();
  return new Map(rows.map((r) => [r.seq, r.reason]));
}

/**
 * The push-ingest workload: batch `round` is written by agent `round % MEMBER_COUNT` and holds
 * BATCH_SIZE mutations alternating metric.record (a CSAT value captured on a ticket) and
 * feedback.create (about a teammate, tagged with the goal and a skill, with the ticket as
 * context). Values depend only on the round; ids are fresh each call, so every ingest path
 * can write the same batch into the same tables.
 */
import { MUTATIONS, uuidv7, type MutationInput, type MutationName, type TableName } from '@sightline/sdk/model';
// The same jsonb encoding the handlers write with, so raw rows are byte-for-byte the same shape.
import { encodeRow } from '../../backend/src/db/row-codec';
import type { BenchOrg } from './org';

export const BATCH_SIZE = 100;
const KINDS = ['praise', 'coaching', 'observation'] as const;
const VISIBILITIES = ['manager', 'subject', 'org'] as const;
const START = Date.parse('2026-03-02T08:00:00Z');

export type BenchCall = { [N in MutationName]: { name: N; args: MutationInput<N> } }[MutationName];

export interface Batch {
  authorIndex: number;
  calls: BenchCall[];
}

function ticket(n: number) {
  const recordId = String(40_000 + n);
  return { tool: 'zendesk' as const, recordType: 'ticket', recordId, url: `https://support.example.com/agent/tickets/${recordId}`, title: `Refund for order ${n}` };
}

export function buildBatch(org: BenchOrg, round: number): Batch {
  const authorIndex = round % org.members.length;
  const calls: BenchCall[] = [];
  for (let j = 0; j < BATCH_SIZE; j++) {
    const n = round * BATCH_SIZE + j;
    const at = new Date(START + n * 60_000).toISOString();
    if (j % 2 === 0) {
      calls.push({ name: 'metric.record', args: { id: uuidv7(), metricId: org.metricId, value: 80 + (n % 150) / 10, at, context: ticket(n) } });
    } else {
      const subject = org.members[(authorIndex + 1 + (n % (org.members.length - 1))) % org.members.length]!;
      calls.push({
        name: 'feedback.create',
        args: {
          id: uuidv7(),
          subjectId: subject.id,
          kind: KINDS[n % KINDS.length]!,
          body: `Handled ticket ${40_000 + n} calmly and kept the customer informed at every step.`,
          goalId: org.goalId,
          skillIds: [org.skillId],
          visibility: VISIBILITIES[n % VISIBILITIES.length]!,
          context: ticket(n),
          createdAt: at,
        },
      });
    }
  }
  return { authorIndex, calls };
}

/**
 * The rows the handlers would store for `batch`, grouped by table: the parsed args (defaults
 * applied) plus the server-owned columns, jsonb encoded. No checks, no sync bookkeeping.
 */
export function storedRows(org: BenchOrg, batch: Batch, version: number, now: Date): Map<TableName, Record<string, unknown>[]> {
  const authorId = org.members[batch.authorIndex]!.id;
  const stamp = { orgId: org.orgId, version, updatedAt: now.toISOString(), deletedAt: null };
  const byTable = new Map<TableName, Record<string, unknown>[]>();
  const add = (table: TableName, row: Record<string, unknown>) => {
    const rows = byTable.get(table) ?? [];
    rows.push(encodeRow(table, row));
    byTable.set(table, rows);
  };
  for (const call of batch.calls) {
    const args = MUTATIONS[call.name].parse(call.args) as Record<string, unknown>;
    if (call.name === 'metric.record') add('metricValues', { ...args, recordedBy: authorId, ...stamp });
    else if (call.name === 'feedback.create') add('feedback', { ...args, authorId, ...stamp });
    else throw new Error(`the raw baseline has no row mapping for ${call.name}`);
  }
  return byTable;
}

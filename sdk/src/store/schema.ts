/** Dexie store definitions: primary key first, then the indexes the queries and sync read by. */
import type { TableName } from '../model';

/** One store per synced table, keyed by the row id. */
export const SYNCED_STORES = {
  persons: 'id, teamId, managerId',
  teams: 'id',
  cycles: 'id',
  goals: 'id, parentId, teamId, ownerId, cycleId',
  metrics: 'id, goalId',
  metricValues: 'id, metricId',
  checkIns: 'id, personId',
  feedback: 'id, subjectId, authorId',
  feedbackRequests: 'id, recipientId, requesterId',
  skills: 'id',
  developmentActions: 'id, personId',
  reviews: 'id, subjectId, reviewerId',
  supportDecisions: 'id, personId, checkInId',
  reviewTemplates: 'id, cycleId',
  checkInCadences: 'id',
  skillGaps: 'id, personId, skillId',
} as const satisfies Record<TableName, string>;

/** Client-only stores: never synced as rows. */
export const LOCAL_STORES = {
  /** Local mutations in seq order, kept until a pull's lastSeq acknowledges them. */
  outbox: 'seq, &id, [table+rowId]',
  /**
   * Entries a pull acknowledged before their push answer arrived (the response was lost):
   * pushed again to learn whether they were rejected, since the server repeats the reason.
   */
  unconfirmed: 'seq',
  /** The server's copy of each row that has unacknowledged local mutations. */
  shadows: '[table+rowId]',
  rejections: 'mutationId, seq',
  meta: 'key',
} as const;

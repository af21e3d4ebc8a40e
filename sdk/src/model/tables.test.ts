import { describe, expect, it } from 'vitest';
import { TABLES, TABLE_NAMES, type TableName } from './tables';
import { ids, issues, sample, serverFields } from './test-samples';

/** One stored row per synced table: args plus what the server adds. */
const rows: Record<TableName, Record<string, unknown>> = {
  persons: sample.person,
  teams: sample.team,
  cycles: sample.cycle,
  goals: sample.goal,
  metrics: sample.metric,
  metricValues: { ...sample.metricValue, recordedBy: ids.person },
  checkIns: sample.checkIn,
  feedback: { ...sample.feedback, authorId: ids.manager },
  feedbackRequests: { ...sample.feedbackRequest, requesterId: ids.person, status: 'open', feedbackId: null, declineReason: null },
  skills: sample.skill,
  developmentActions: sample.developmentAction,
  reviews: { ...sample.review, reviewerId: ids.person, calibratedRating: null },
  supportDecisions: { ...sample.supportDecision, decidedBy: ids.manager },
  reviewTemplates: sample.reviewTemplate,
  checkInCadences: sample.cadence,
  skillGaps: { ...sample.skillGap, raisedBy: ids.manager },
};

describe('TABLES', () => {
  it('lists each synced table once with a distinct SQL name', () => {
    expect(Object.keys(rows).sort()).toEqual([...TABLE_NAMES].sort());
    expect(new Set(TABLE_NAMES.map((t) => TABLES[t].sql)).size).toBe(TABLE_NAMES.length);
  });

  it.each(TABLE_NAMES)('%s accepts a stored row and requires the server columns', (table) => {
    const { schema } = TABLES[table];
    expect(issues(schema, { ...rows[table], ...serverFields })).toEqual([]);
    expect(issues(schema, { ...rows[table], ...serverFields, orgId: 'acme' })).toEqual(['orgId: must be a UUID']);
    expect(issues(schema, { ...rows[table], ...serverFields, version: -1 })).toEqual(['version: must be at least 0']);
  });
});

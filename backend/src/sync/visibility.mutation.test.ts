/**
 * Visibility rules the matrix (test/visibility-matrix.test.ts) does not reach, each with the
 * org-fixture person who makes it necessary; found by mutation testing (stryker.survivors.md).
 */
import { expect, it } from 'vitest';
import { uuidv7, type TableName } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture, type OrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';

async function whoSees(org: OrgFixture, table: TableName, rowId: string): Promise<PersonName[]> {
  const seeing: PersonName[] = [];
  for (const viewer of PEOPLE) {
    const { changes } = await org.client(viewer).pull();
    if (changes[table]?.upserts.some((r) => r.id === rowId)) seeing.push(viewer);
  }
  return seeing;
}

describeStorage('visibility beyond the matrix', (ctx) => {
  it("shows a private goal's metric values to exactly those who see the goal", async () => {
    const org = await createOrgFixture(ctx.database);
    const [goalId, metricId, valueId] = [uuidv7(), uuidv7(), uuidv7()];
    await org.client('alice').pushOk([
      call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, teamId: null, title: 'private goal', visibility: 'private' }),
      call('metric.create', { id: metricId, goalId, name: 'Private KPI', indicator: 'leading', baseline: 0, target: 10, direction: 'increase' }),
      call('metric.record', { id: valueId, metricId, value: 4, at: '2026-02-20T16:00:00Z' }),
    ]);
    expect(await whoSees(org, 'metricValues', valueId)).toEqual(['admin', 'hr', 'vp', 'director', 'manager', 'alice']);
  });
});

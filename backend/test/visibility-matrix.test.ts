/**
 * Who sees what, over every role and every visibility level, through pull (the same SQL
 * predicates serve the poke check and read routes).
 */
import { expect, it } from 'vitest';
import { checkInId, uuidv7, type TableName } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture, type PersonName } from './helpers/org-fixture';
import { call } from './helpers/sync-client';
import { describeStorage } from './helpers/storage';

type Viewer = PersonName | 'integration';
const VIEWERS: Viewer[] = [...PEOPLE, 'integration'];
const except = (...hidden: Viewer[]) => VIEWERS.filter((v) => v !== 'integration' && !hidden.includes(v));
const only = (...shown: Viewer[]) => shown;

describeStorage('visibility matrix', (ctx) => {
  it('shows each row to exactly the people the product promises', async () => {
    const org = await createOrgFixture(ctx.database);
    const id = () => uuidv7();
    const goal = { org: id(), team: id(), private: id(), salesTeam: id() };
    const privateMetric = id();
    const fb = { private: id(), manager: id(), subject: id(), org: id() };
    const review = { draft: id(), submitted: id(), shared: id() };
    const requestId = id();
    const actionId = id();
    const week = '2026-W08';

    const alice = org.client('alice');
    await alice.pushOk([
      ...(['org', 'team', 'private'] as const).map((v) =>
        call('goal.create', { id: goal[v], cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, teamId: v === 'team' ? org.teams.support : null, title: `${v} goal`, visibility: v }),
      ),
      call('metric.create', { id: privateMetric, goalId: goal.private, name: 'Private KPI', indicator: 'leading', baseline: 0, target: 1, direction: 'increase' }),
      call('checkin.submit', { id: checkInId(org.ids.alice, week), personId: org.ids.alice, week, goals: [{ goalId: goal.private, confidence: 7 }], submittedAt: '2026-02-20T16:00:00Z' }),
      call('developmentAction.create', { id: actionId, personId: org.ids.alice, title: 'Take the negotiation course' }),
    ]);
    // dave's manager chain is empty, so lena sees this goal only because she leads sales.
    await org.client('dave').pushOk([
      call('goal.create', { id: goal.salesTeam, cycleId: org.cycleId, level: 'person', ownerId: org.ids.dave, teamId: org.teams.sales, title: 'sales team goal', visibility: 'team' }),
    ]);
    await org.client('bob').pushOk([
      ...(['private', 'manager', 'subject', 'org'] as const).map((v) =>
        call('feedback.create', { id: fb[v], subjectId: org.ids.alice, kind: 'observation', body: `${v} note`, visibility: v, createdAt: '2026-02-21T09:00:00Z' }),
      ),
      call('feedbackRequest.create', { id: requestId, recipientId: org.ids.dave, subjectId: org.ids.bob, prompt: 'How was my handover?' }),
    ]);
    await org.client('director').pushOk([
      ...(['draft', 'submitted', 'shared'] as const).map((s) =>
        call('review.save', { id: review[s], cycleId: org.cycleId, subjectId: org.ids.alice, kind: 'manager', status: s === 'draft' ? s : 'submitted', summary: `${s} review` }),
      ),
      call('review.share', { id: review.shared }),
    ]);

    const expected: Array<[TableName, string, string, Viewer[]]> = [
      ['goals', 'org goal', goal.org, except()],
      ['goals', 'team goal', goal.team, except('dave', 'lena')],
      ['goals', 'team goal of a team whose lead is not a member', goal.salesTeam, only('dave', 'lena', 'admin', 'hr')],
      ['goals', 'private goal', goal.private, except('bob', 'dave', 'lena')],
      ['metrics', 'metric of a private goal', privateMetric, except('bob', 'dave', 'lena')],
      ['feedback', 'private feedback', fb.private, only('bob')],
      ['feedback', 'manager feedback', fb.manager, only('bob', 'manager', 'director', 'vp', 'admin', 'hr')],
      ['feedback', 'subject feedback', fb.subject, only('bob', 'alice', 'manager', 'director', 'vp', 'admin', 'hr')],
      ['feedback', 'org feedback', fb.org, except()],
      ['checkIns', 'check-in', checkInId(org.ids.alice, week), only('alice', 'manager', 'director', 'vp', 'admin', 'hr')],
      ['developmentActions', 'development action', actionId, only('alice', 'manager', 'director', 'vp', 'admin', 'hr')],
      ['reviews', 'draft review', review.draft, only('director')],
      ['reviews', 'submitted review', review.submitted, only('director', 'manager', 'vp', 'admin', 'hr')],
      ['reviews', 'shared review', review.shared, only('director', 'manager', 'vp', 'admin', 'hr', 'alice')],
      ['feedbackRequests', 'feedback request', requestId, only('bob', 'dave')],
      ['persons', 'a person', org.ids.dave, except()],
      ['teams', 'a team', org.teams.sales, except()],
      ['cycles', 'a cycle', org.cycleId, except()],
    ];

    const wrong: string[] = [];
    for (const viewer of VIEWERS) {
      const { changes } = await org.client(viewer).pull();
      for (const [table, label, rowId, viewers] of expected) {
        const sees = changes[table]?.upserts.some((r) => r.id === rowId) ?? false;
        if (sees !== viewers.includes(viewer)) wrong.push(`${viewer} ${sees ? 'sees' : 'does not see'} the ${label}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

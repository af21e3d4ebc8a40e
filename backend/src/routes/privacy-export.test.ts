import { expect, it } from 'vitest';
import { checkInId, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';

describeStorage('personal data export', (ctx) => {
  it('gives a person everything about them that they may see, and audits it', async () => {
    const org = await createOrgFixture(ctx.database, 'export');
    const app = createApp({ database: ctx.database });
    const [praise, managerNote, written] = [uuidv7(), uuidv7(), uuidv7()];
    const at = '2026-03-02T10:00:00Z';
    await org.client('manager').pushOk([
      mutation('feedback.create', { id: praise, subjectId: org.ids.alice, kind: 'praise', body: 'Well done', visibility: 'subject', createdAt: at }),
      mutation('feedback.create', { id: managerNote, subjectId: org.ids.alice, kind: 'observation', body: 'For managers only', visibility: 'manager', createdAt: at }),
    ]);
    await org.client('alice').pushOk([
      mutation('feedback.create', { id: written, subjectId: org.ids.bob, kind: 'coaching', body: 'A private note', visibility: 'private', createdAt: at }),
      mutation('checkin.submit', { id: checkInId(org.ids.alice, '2026-W10'), personId: org.ids.alice, week: '2026-W10', goals: [], submittedAt: at }),
    ]);

    const res = await call(app, 'GET', '/v1/me/export', { token: org.tokens.alice });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    expect(res.body.person).toMatchObject({ id: org.ids.alice, email: `alice@${org.slug}.test` });
    expect(res.body.feedbackWritten.map((f: { id: string }) => f.id)).toEqual([written]);
    expect(res.body.feedbackReceived.map((f: { id: string }) => f.id)).toEqual([praise]);
    expect(JSON.stringify(res.body)).not.toContain('For managers only');
    expect(res.body.checkIns).toHaveLength(1);
    expect(res.body.tokens).toHaveLength(1);
    expect(JSON.stringify(res.body.tokens)).not.toContain(org.tokens.alice);

    const audit = await call(app, 'GET', '/v1/admin/audit?action=person.exported', { token: org.tokens.admin });
    expect(audit.body.entries).toEqual([expect.objectContaining({ actorPersonId: org.ids.alice, targetId: org.ids.alice })]);
    expect((await call(app, 'GET', '/v1/me/export', { token: org.integrationKey })).status).toBe(403);
    expect((await call(app, 'GET', '/v1/me/export')).status).toBe(401);
  });
});

import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';
import { purgePrivateNotes } from './purge-private-notes';

/** The fixed clock of the purge: 30 days of retention reach back to 2026-02-13. */
const NOW = new Date('2026-03-15T00:00:00Z');

describeStorage('private note retention', (ctx) => {
  it('deletes private notes past the org retention, without their text, and the author’s devices follow', async () => {
    const org = await createOrgFixture(ctx.database, 'retention');
    const keeps = await createOrgFixture(ctx.database, 'no-retention');
    const app = createApp({ database: ctx.database, clock: () => NOW });
    const note = (subjectId: string, createdAt: string, visibility: 'private' | 'subject' = 'private') =>
      mutation('feedback.create', { id: uuidv7(), subjectId, kind: 'observation', body: `Note of ${createdAt}`, visibility, createdAt });
    const old = note(org.ids.bob, '2026-01-01T09:00:00Z');
    const recent = note(org.ids.bob, '2026-03-01T09:00:00Z');
    const oldShared = note(org.ids.bob, '2026-01-01T09:00:00Z', 'subject');
    const alice = org.client('alice');
    await alice.pushOk([old, recent, oldShared]);
    const otherOrgNote = note(keeps.ids.bob, '2026-01-01T09:00:00Z');
    await keeps.client('alice').pushOk([otherOrgNote]);
    await alice.pull();

    const put = (token: string, json: unknown) => call(app, 'PUT', '/v1/admin/retention', { token, json });
    expect((await put(org.tokens.admin, { privateNoteDays: 0 })).body.error.issues[0].path).toBe('privateNoteDays');
    expect((await put(org.tokens.admin, { privateNoteDays: 30 })).body).toEqual({ privateNoteDays: 30 });
    expect((await call(app, 'GET', '/v1/admin/retention', { token: org.tokens.admin })).body).toEqual({ privateNoteDays: 30 });

    const purged = await purgePrivateNotes(ctx.database.db, NOW);
    expect(purged.filter((p) => p.orgId === org.orgId || p.orgId === keeps.orgId)).toEqual([{ orgId: org.orgId, purged: 1 }]);

    const oldId = (old[1] as { id: string }).id;
    const rows = new Map((await ctx.database.db.selectFrom('feedback').select(['id', 'body', 'deletedAt']).where('orgId', 'in', [org.orgId, keeps.orgId]).execute()).map((r) => [r.id, r]));
    expect(rows.get(oldId)).toMatchObject({ body: '', deletedAt: expect.anything() });
    for (const kept of [recent, oldShared, otherOrgNote]) expect(rows.get((kept[1] as { id: string }).id)?.deletedAt).toBeNull();
    expect((await alice.pull()).changes.feedback).toEqual({ upserts: [], deletes: [oldId] });

    // Nothing left to delete: no new version, so no pull has news.
    const version = (await ctx.database.db.selectFrom('orgs').select('version').where('id', '=', org.orgId).executeTakeFirstOrThrow()).version;
    await purgePrivateNotes(ctx.database.db, NOW);
    expect((await ctx.database.db.selectFrom('orgs').select('version').where('id', '=', org.orgId).executeTakeFirstOrThrow()).version).toBe(version);

    const audit = await call(app, 'GET', '/v1/admin/audit?action=retention.changed', { token: org.tokens.admin });
    expect(audit.body.entries).toEqual([expect.objectContaining({ actorPersonId: org.ids.admin, details: { privateNoteDays: { from: null, to: 30 } } })]);
  });
});

import { expect, it } from 'vitest';
import { checkInId, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';
import { ERASED_NAME } from './erase-person';

const AT = '2026-03-02T10:00:00Z';

describeStorage('erasing a person', (ctx) => {
  async function orgWithAliceData() {
    const org = await createOrgFixture(ctx.database, 'erase');
    const app = createApp({ database: ctx.database });
    const ids = { aboutAlice: uuidv7(), byBobAboutAlice: uuidv7(), aliceToBob: uuidv7(), aliceNote: uuidv7(), checkIn: checkInId(org.ids.alice, '2026-W10') };
    await org.client('manager').pushOk([
      mutation('feedback.create', { id: ids.aboutAlice, subjectId: org.ids.alice, kind: 'coaching', body: 'Alice rushes handovers', visibility: 'subject', createdAt: AT }),
    ]);
    await org.client('bob').pushOk([
      mutation('feedback.create', { id: ids.byBobAboutAlice, subjectId: org.ids.alice, kind: 'praise', body: 'Alice covered my shift', visibility: 'org', createdAt: AT }),
    ]);
    await org.client('alice').pushOk([
      mutation('feedback.create', { id: ids.aliceToBob, subjectId: org.ids.bob, kind: 'praise', body: 'Great pairing session', visibility: 'subject', createdAt: AT }),
      mutation('feedback.create', { id: ids.aliceNote, subjectId: org.ids.bob, kind: 'observation', body: 'My private note on Bob', visibility: 'private', createdAt: AT }),
      mutation('checkin.submit', { id: ids.checkIn, personId: org.ids.alice, week: '2026-W10', goals: [], barriers: 'Burnt out this week', submittedAt: AT }),
    ]);
    return { org, app, ids };
  }

  it('removes what is about them, keeps what they wrote for others under "Erased person", and clients follow', async () => {
    const { org, app, ids } = await orgWithAliceData();
    const db = ctx.database.db;
    const bob = org.client('bob');
    const manager = org.client('manager');
    await bob.pull();
    await manager.pull();
    const erase = (json: unknown, query = '') => call(app, 'POST', `/v1/admin/people/${org.ids.alice}/erase${query}`, { token: org.tokens.hr, json });
    const email = `alice@${org.slug}.test`;

    expect((await erase({ confirmEmail: 'bob@example.test' })).body.error.issues).toEqual([{ path: 'confirmEmail', message: "must be the person's current email" }]);
    const dry = await erase({ confirmEmail: email }, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    const counted = Object.fromEntries(dry.body.changes.map((c: { table: string; rows: number }) => [c.table, c.rows]));
    expect(counted).toMatchObject({ persons: 1, feedback: 3, check_ins: 1, api_tokens: 1 });
    expect((await db.selectFrom('persons').select('name').where('id', '=', org.ids.alice).executeTakeFirstOrThrow()).name).toBe('alice');

    const done = await erase({ confirmEmail: email.toUpperCase() });
    expect(done.status).toBe(200);
    expect(done.body.changes).toEqual(dry.body.changes);

    // The database afterwards.
    const person = await db.selectFrom('persons').selectAll().where('orgId', '=', org.orgId).where('id', '=', org.ids.alice).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name: ERASED_NAME, email: `erased-${org.ids.alice}@erased.invalid`, title: null, active: false, role: 'member', deletedAt: null });
    const feedback = new Map((await db.selectFrom('feedback').selectAll().where('orgId', '=', org.orgId).execute()).map((f) => [f.id, f]));
    for (const id of [ids.aboutAlice, ids.byBobAboutAlice, ids.aliceNote]) expect(feedback.get(id)).toMatchObject({ body: '', deletedAt: expect.any(String) });
    expect(feedback.get(ids.aliceToBob)).toMatchObject({ body: 'Great pairing session', authorId: org.ids.alice, deletedAt: null });
    expect(await db.selectFrom('checkIns').selectAll().where('orgId', '=', org.orgId).where('id', '=', ids.checkIn).executeTakeFirstOrThrow()).toMatchObject({ barriers: null, deletedAt: expect.any(String) });
    expect(await db.selectFrom('apiTokens').select('id').where('orgId', '=', org.orgId).where('personId', '=', org.ids.alice).execute()).toEqual([]);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.alice })).status).toBe(401);

    // Another viewer's next pull drops the personal data and renames the author.
    const bobSees = await bob.pull();
    expect(bobSees.changes.persons?.upserts).toEqual([expect.objectContaining({ id: org.ids.alice, name: ERASED_NAME, active: false })]);
    expect(bobSees.changes.feedback?.deletes).toEqual([ids.byBobAboutAlice]);
    const managerSees = await manager.pull();
    expect(managerSees.changes.checkIns?.deletes).toEqual([ids.checkIn]);
    expect(managerSees.changes.feedback?.deletes).toEqual(expect.arrayContaining([ids.aboutAlice, ids.byBobAboutAlice]));
    const fresh = JSON.stringify(await org.client('manager').pull());
    for (const text of [email, '"alice"', 'Alice rushes', 'Alice covered', 'Burnt out', 'My private note']) expect(fresh).not.toContain(text);
    expect(fresh).toContain('Great pairing session');

    // Audited by id and counts only.
    const audit = await call(app, 'GET', '/v1/admin/audit?action=person.erased', { token: org.tokens.admin });
    expect(audit.body.entries).toEqual([expect.objectContaining({ actorPersonId: org.ids.hr, targetId: org.ids.alice })]);
    expect(JSON.stringify(audit.body)).not.toContain(email);
    expect((await erase({ confirmEmail: person.email })).status).toBe(409);
  });

  it('never erases the last active admin, and only an admin erases an admin', async () => {
    const org = await createOrgFixture(ctx.database, 'erase-admin');
    const app = createApp({ database: ctx.database });
    const eraseAdmin = (token: string) => call(app, 'POST', `/v1/admin/people/${org.ids.admin}/erase`, { token, json: { confirmEmail: `admin@${org.slug}.test` } });
    expect((await eraseAdmin(org.tokens.hr)).status).toBe(403);
    const last = await eraseAdmin(org.tokens.admin);
    expect(last.status).toBe(422);
    expect(last.body.error.issues).toEqual([{ path: 'personId', message: 'is the last active admin; make someone else an admin first' }]);
    expect((await call(app, 'POST', `/v1/admin/people/${org.ids.bob}/erase`, { token: org.tokens.manager, json: { confirmEmail: `bob@${org.slug}.test` } })).status).toBe(403);
    expect((await call(app, 'POST', `/v1/admin/people/${uuidv7()}/erase`, { token: org.tokens.admin, json: { confirmEmail: 'x@y.test' } })).status).toBe(404);
    expect((await ctx.database.db.selectFrom('persons').select('name').where('id', '=', org.ids.admin).executeTakeFirstOrThrow()).name).toBe('admin');
  });
});

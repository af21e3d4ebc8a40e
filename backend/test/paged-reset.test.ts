/**
 * A reset read in pages and applied to the SDK's store (the client's half of the protocol),
 * interrupted after every page in turn while others keep writing, then resumed from the stored
 * cursor: each ends with exactly the store of one uninterrupted reset made after all the writes.
 */
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { TABLE_NAMES, checkInId, uuidv7, type PullResponse } from '@sightline/sdk/model';
import { SightlineDb, applyPull, readMeta } from '@sightline/sdk/store';
import { pullChanges } from '../src/sync/pull';
import type { PageLimits } from '../src/sync/reset-page';
import { importPeople } from '../src/people/import-people';
import { PeopleImport } from '../src/people/people-payload';
import { createOrgFixture, type OrgFixture, type PersonName } from './helpers/org-fixture';
import { describeStorage } from './helpers/storage';
import { call } from './helpers/sync-client';

const PAGE: PageLimits = { maxRows: 4, maxBytes: 1500 };

describeStorage('paged resets', (ctx) => {
  async function pullPage(org: OrgFixture, db: SightlineDb, as: PersonName = 'vp'): Promise<PullResponse> {
    const [clientId, { cursor }] = await Promise.all([readMeta(db, 'clientId'), readMeta(db, 'pull')]);
    const page = await pullChanges(ctx.database.db, org.principal(as), { clientId, cursor: cursor ?? undefined }, PAGE);
    await applyPull(db, page);
    return page;
  }

  /** Pages until the reset ends, then one delta; returns how many pages the reset took. */
  async function syncToEnd(org: OrgFixture, db: SightlineDb, as: PersonName = 'vp'): Promise<number> {
    let pages = 0;
    while ((await pullPage(org, db, as)).more) pages++;
    await pullPage(org, db, as);
    return pages + 1;
  }

  const storeOf = async (db: SightlineDb) =>
    Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.anyRows(t).orderBy('id').toArray()] as const)));

  it('an interrupted reset resumes where it stopped and ends identical to an uninterrupted one', async () => {
    const org = await createOrgFixture(ctx.database);
    const goals: string[] = [];
    for (const name of ['alice', 'bob', 'manager', 'director'] as const) {
      for (let i = 0; i < 3; i++) {
        const id = uuidv7();
        goals.push(id);
        await org.client(name).pushOk([call('goal.create', { id, cycleId: org.cycleId, level: 'person', ownerId: org.ids[name], title: `${name} ${i}`, visibility: 'private' })]);
      }
      const week = '2026-W06';
      await org.client(name).pushOk([call('checkin.submit', { id: checkInId(org.ids[name], week), personId: org.ids[name], week, goals: [], submittedAt: '2026-02-06T16:00:00Z' })]);
    }
    const reference = new SightlineDb(`reference-${uuidv7()}`);
    const pages = await syncToEnd(org, reference);
    expect(pages).toBeGreaterThan(5);
    await reference.delete();

    const writer = org.client('alice');
    for (let stopAfter = 1; stopAfter < pages; stopAfter++) {
      const db = new SightlineDb(`interrupted-${uuidv7()}`);
      for (let p = 0; p < stopAfter; p++) expect((await pullPage(org, db)).more).toBe(true);
      // While it is away: an edit, a delete and a new row, on both sides of where it stopped.
      const alices = goals.slice(0, 3);
      await writer.pushOk([call('goal.update', { id: alices[stopAfter % 3]!, patch: { title: `edited at ${stopAfter}` } })]);
      const created = uuidv7();
      await writer.pushOk([call('goal.create', { id: created, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: `new at ${stopAfter}` })]);
      await writer.pushOk([call('goal.delete', { id: created })]);
      await writer.pushOk([call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: `kept at ${stopAfter}` })]);

      await syncToEnd(org, db);
      const fresh = new SightlineDb(`fresh-${uuidv7()}`);
      await syncToEnd(org, fresh);
      expect(await storeOf(db), `stopped after page ${stopAfter}`).toEqual(await storeOf(fresh));
      await Promise.all([db.delete(), fresh.delete()]);
    }
  }, 120_000);

  it('a reset after a team move drops, page by page, the rows that left the view, and keeps the rest on screen until then', async () => {
    const org = await createOrgFixture(ctx.database);
    const goal = uuidv7();
    await org.client('alice').pushOk([call('goal.create', { id: goal, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Mine', visibility: 'private' })]);
    const db = new SightlineDb(`moved-${uuidv7()}`);
    await syncToEnd(org, db, 'manager');
    expect(await db.anyRows('goals').get(goal)).toBeDefined();
    const persons = await db.anyRows('persons').count();

    const alice = await ctx.database.db.selectFrom('persons').select(['id', 'name', 'email', 'role', 'managerId', 'teamId']).where('id', '=', org.ids.alice).executeTakeFirstOrThrow();
    await importPeople(ctx.database.db, org.orgId, PeopleImport.parse({ persons: [{ ...alice, managerId: org.ids.lena, teamId: org.teams.sales }] }));
    const first = await pullPage(org, db, 'manager');
    expect(first).toMatchObject({ reset: true, more: true });
    expect(Object.keys(first.covers ?? {})).not.toContain('goals');
    expect(await db.anyRows('goals').get(goal)).toBeDefined();
    await syncToEnd(org, db, 'manager');
    expect(await db.anyRows('goals').get(goal)).toBeUndefined();
    expect(await db.anyRows('persons').count()).toBe(persons);
    await db.delete();
  });
});

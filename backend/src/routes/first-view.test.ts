import { expect, it } from 'vitest';
import { checkInId, uuidv7, type FirstViewRequest } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture, type OrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { sharedSecretKey, signEmbed, viewerClaims } from '../../test/helpers/embed-keys';
import { call } from '../../test/helpers/http';
import { call as mutation } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

const path = (request: unknown) => `/v1/sync/first-view?q=${encodeURIComponent(JSON.stringify(request))}`;
const ids = (rows: Array<{ id: unknown }> | undefined) => (rows ?? []).map((r) => r.id as string).sort();

describeStorage('GET /v1/sync/first-view', (ctx) => {
  /** Goals of every visibility, so each role sees a different part, and a KPI on a private goal. */
  async function seed(org: OrgFixture) {
    const goal = (title: string, over: object) => ({ id: uuidv7(), cycleId: org.cycleId, title, ...over });
    const goals = {
      org: goal('Org', { level: 'org', visibility: 'org' }),
      support: goal('Support team', { level: 'team', teamId: org.teams.support, visibility: 'team' }),
      sales: goal('Sales team', { level: 'team', teamId: org.teams.sales, visibility: 'team' }),
      alicePrivate: goal('Alice private', { level: 'person', ownerId: org.ids.alice, visibility: 'private' }),
      davePrivate: goal('Dave private', { level: 'person', ownerId: org.ids.dave, visibility: 'private' }),
    };
    await org.client('admin').pushOk(Object.values(goals).map((g) => mutation('goal.create', g as never)));
    const metricId = uuidv7();
    await org.client('admin').pushOk([
      mutation('metric.create', { id: metricId, goalId: goals.davePrivate.id, name: 'Deals', indicator: 'lagging', baseline: 0, target: 10, direction: 'increase' }),
      mutation('metric.record', { id: uuidv7(), metricId, value: 4, at: '2026-02-01T00:00:00Z' }),
    ]);
    return { goals, metricId };
  }

  it("sends each role exactly the rows its pull would: goals and KPI by visibility, everyone's directory", async () => {
    const org = await createOrgFixture(ctx.database);
    const { goals, metricId } = await seed(org);
    const app = createApp({ database: ctx.database });
    const request: FirstViewRequest = [
      { query: 'goalTree', params: { scope: 'all' } },
      { query: 'kpi', params: { metricId } },
      { query: 'people', params: {} },
    ];
    const view = async (name: PersonName) => {
      const res = await call(app, 'GET', path(request), { token: org.tokens[name] });
      expect(res.status).toBe(200);
      return res.body;
    };
    const expected: Partial<Record<PersonName, string[]>> = {
      alice: [goals.org.id, goals.support.id, goals.alicePrivate.id],
      bob: [goals.org.id, goals.support.id],
      dave: [goals.org.id, goals.sales.id, goals.davePrivate.id],
      // Two levels above alice: her private goal, not dave's (another branch).
      director: [goals.org.id, goals.support.id, goals.alicePrivate.id],
      // Leads sales without being in it.
      lena: [goals.org.id, goals.sales.id],
      hr: Object.values(goals).map((g) => g.id),
    };
    for (const [name, want] of Object.entries(expected) as Array<[PersonName, string[]]>) {
      const body = await view(name);
      expect(body.me).toMatchObject({ id: org.ids[name] });
      expect(ids(body.rows.goals), name).toEqual([...want].sort());
      expect(body.rows.persons, name).toHaveLength(PEOPLE.length);
      // Nothing asked for reads feedback, so none is sent.
      expect(body.rows.feedback, name).toBeUndefined();
      // The KPI's goal is Dave's private one: its metric and values only reach those who see the goal.
      const seesKpi = want.includes(goals.davePrivate.id);
      expect(ids(body.rows.metrics), name).toEqual(seesKpi ? [metricId] : []);
      expect((body.rows.metricValues ?? []).length, name).toBe(seesKpi ? 1 : 0);
      // The same rows as a pull, the one place visibility is decided.
      const pull = await org.client(name).pull();
      expect(ids(body.rows.goals)).toEqual(ids(pull.changes.goals!.upserts as Array<{ id: string }>));
    }
  });

  it("answers a check-in with the viewer's own row for the week and their goals", async () => {
    const org = await createOrgFixture(ctx.database);
    const { goals } = await seed(org);
    const week = '2026-W06';
    const checkIn = (name: PersonName) => ({
      id: checkInId(org.ids[name], week),
      personId: org.ids[name],
      week,
      goals: [],
      barriers: `${name} was here`,
      submittedAt: '2026-02-06T16:00:00Z',
    });
    await org.client('alice').pushOk([mutation('checkin.submit', checkIn('alice') as never)]);
    await org.client('bob').pushOk([mutation('checkin.submit', checkIn('bob') as never)]);
    const app = createApp({ database: ctx.database });
    const res = await call(app, 'GET', path([{ query: 'checkIn', params: { week } }, { query: 'me', params: {} }]), { token: org.tokens.alice });
    expect(res.status).toBe(200);
    expect(ids(res.body.rows.checkIns)).toEqual([checkInId(org.ids.alice, week)]);
    expect(ids(res.body.rows.goals)).toEqual([goals.support.id, goals.alicePrivate.id].sort());
  });

  it("shows another org's token nothing of this org, whatever ids it asks for", async () => {
    const org = await createOrgFixture(ctx.database);
    const other = await createOrgFixture(ctx.database, 'other');
    const { metricId } = await seed(org);
    const app = createApp({ database: ctx.database });
    const request = [
      { query: 'goalTree', params: {} },
      { query: 'kpi', params: { metricId } },
      { query: 'people', params: {} },
    ];
    const res = await call(app, 'GET', path(request), { token: other.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.body.me).toMatchObject({ id: other.ids.admin, orgId: other.orgId });
    const rows = Object.values(res.body.rows as Record<string, Array<{ orgId: string }>>).flat();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.orgId !== other.orgId)).toEqual([]);
  });

  it('refuses a missing, malformed or NUL-bearing token with 401 and bad queries with 400 naming the field', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const ok = path([{ query: 'me', params: {} }]);
    // A header cannot carry NUL itself; a signed embed token can, inside its claims.
    const claims = viewerClaims(org.slug, `alice@${org.slug}.test`);
    const key = sharedSecretKey('hs');
    const tokens = [undefined, 'not-a-token', await signEmbed(key, { ...claims, iss: `${org.slug}\u0000` }), await signEmbed(key, { ...claims, sub: 'alice\u0000@x.test' })];
    for (const token of tokens) expect((await call(app, 'GET', ok, token === undefined ? {} : { token })).status, token).toBe(401);
    const refused = async (url: string) => {
      const res = await call(app, 'GET', url, { token: org.tokens.alice });
      expect(res.status, url).toBe(400);
      return res.body.error.issues.map((i: { path: string }) => i.path);
    };
    expect(await refused('/v1/sync/first-view')).toEqual(['q']);
    expect(await refused('/v1/sync/first-view?q=%7Bnope')).toEqual(['q']);
    expect(await refused(path([]))).toEqual(['q']);
    expect(await refused(path([{ query: 'kpi', params: { metricId: 'x' } }]))).toEqual(['q.0.params.metricId']);
    expect(await refused(path([{ query: 'checkIn', params: { week: '2026-W60' } }]))).toEqual(['q.0.params.week']);
    expect(await refused(path([{ query: 'sync', params: {} }]))).toEqual(['q.0.query']);
    expect(await refused(`/v1/sync/first-view?q=${encodeURIComponent('[{"query":"me","params":{}}]\u0000')}`)).toEqual(['query.q']);
  });

  it('is revalidated by ETag and never kept by a shared cache', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const url = path([{ query: 'people', params: {} }]);
    const first = await call(app, 'GET', url, { token: org.tokens.alice });
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')?.toLowerCase()).toContain('authorization');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await call(app, 'GET', url, { token: org.tokens.alice, headers: { 'if-none-match': etag } })).status).toBe(304);
    // Another viewer's answer differs, so its ETag does too.
    expect((await call(app, 'GET', path([{ query: 'me', params: {} }]), { token: org.tokens.bob, headers: { 'if-none-match': etag } })).status).toBe(200);
  });
});

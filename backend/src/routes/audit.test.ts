import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';

describeStorage('audit log', (ctx) => {
  it('records sign-ins, keys, imports with their role and active changes, webhooks and visibility changes', async () => {
    const org = await createOrgFixture(ctx.database, 'audit');
    const app = createApp({ database: ctx.database, devSignIn: true });
    expect((await call(app, 'POST', '/v1/auth/dev-signin', { json: { email: `alice@${org.slug}.test` } })).status).toBe(201);
    const key = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.admin, json: { kind: 'integration', name: 'hris', scopes: ['people:import'] } });
    expect((await call(app, 'DELETE', `/v1/auth/tokens/${key.body.id}`, { token: org.tokens.admin })).status).toBe(200);
    const csv = `email,name,role,active\nalice@${org.slug}.test,alice,manager,true\nbob@${org.slug}.test,bob,member,false`;
    expect((await call(app, 'POST', '/v1/admin/people/csv', { token: org.tokens.hr, raw: csv })).status).toBe(200);
    // A dry run changes nothing, so it logs nothing.
    await call(app, 'POST', '/v1/admin/people/csv?dryRun=true', { token: org.tokens.hr, raw: `email,name,role\ndave@${org.slug}.test,dave,manager` });
    const hook = await call(app, 'POST', '/v1/admin/webhooks', { token: org.tokens.admin, json: { url: 'https://hooks.example.test/x', events: ['feedback.created'] } });
    const goalId = uuidv7();
    await org.client('admin').pushOk([
      mutation('goal.create', { id: goalId, cycleId: org.cycleId, level: 'org', title: 'Grow', visibility: 'org' }),
      mutation('goal.update', { id: goalId, patch: { visibility: 'private' } }),
    ]);

    const res = await call(app, 'GET', '/v1/admin/audit', { token: org.tokens.admin });
    expect(res.status).toBe(200);
    const entries = res.body.entries.map((e: Record<string, unknown>) => [e.action, e.actorPersonId, e.targetId, e.details]).reverse();
    expect(entries).toEqual([
      ['sign_in', org.ids.alice, null, { method: 'dev', tokenId: expect.any(String) }],
      ['token.created', org.ids.admin, key.body.id, expect.objectContaining({ kind: 'integration', scopes: ['people:import'] })],
      ['token.revoked', org.ids.admin, key.body.id, {}],
      ['people.imported', org.ids.hr, null, { source: 'csv', teams: { created: 0, updated: 0, unchanged: 0 }, persons: { created: 0, updated: 2, unchanged: 0 } }],
      ['person.role_changed', org.ids.hr, org.ids.alice, { from: 'member', to: 'manager' }],
      ['person.deactivated', org.ids.hr, org.ids.bob, {}],
      ['webhook.created', org.ids.admin, hook.body.id, { url: 'https://hooks.example.test/x', events: ['feedback.created'] }],
      ['goal.visibility_changed', org.ids.admin, goalId, { from: 'org', to: 'private' }],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(key.body.token);
    expect(JSON.stringify(res.body)).not.toContain(hook.body.secret);
    const narrowed = await call(app, 'GET', '/v1/admin/audit?action=sign_in', { token: org.tokens.admin });
    expect(narrowed.body.entries).toHaveLength(1);
  });

  it('is read by admins only and cannot be edited, through the API or in SQL', async () => {
    const org = await createOrgFixture(ctx.database, 'auditro');
    const other = await createOrgFixture(ctx.database, 'auditother');
    const app = createApp({ database: ctx.database });
    await call(app, 'POST', '/v1/admin/webhooks', { token: org.tokens.admin, json: { url: 'https://hooks.example.test/x', events: ['feedback.created'] } });
    for (const token of [org.tokens.hr, org.tokens.manager, org.tokens.alice, org.integrationKey]) expect((await call(app, 'GET', '/v1/admin/audit', { token })).status).toBe(403);
    expect((await call(app, 'GET', '/v1/admin/audit')).status).toBe(401);
    expect((await call(app, 'GET', '/v1/admin/audit', { token: other.tokens.admin })).body.entries).toEqual([]);
    const before = (await call(app, 'GET', '/v1/admin/audit', { token: org.tokens.admin })).body.entries;
    expect(before).toHaveLength(1);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      for (const path of ['/v1/admin/audit', `/v1/admin/audit/${before[0].id}`]) {
        const res = await call(app, method, path, { token: org.tokens.admin, json: { action: 'nothing' } });
        expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
    await expect(sql`update audit_log set action = 'forged' where org_id = ${org.orgId}`.execute(ctx.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where org_id = ${org.orgId}`.execute(ctx.database.db)).rejects.toThrow(/append-only/);
    expect((await call(app, 'GET', '/v1/admin/audit', { token: org.tokens.admin })).body.entries).toEqual(before);
    const bad = await call(app, 'GET', '/v1/admin/audit?before=yesterday&limit=0', { token: org.tokens.admin });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['before', 'limit']);
  });
});

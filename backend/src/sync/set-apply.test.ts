import { InsertQueryNode, type KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { applyPush } from './push';

const feedbackAbout = (org: OrgFixture, count: number) =>
  Array.from({ length: count }, (_, i) =>
    call('feedback.create', { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: `thanks #${i}`, visibility: 'org', createdAt: '2026-03-02T09:00:00Z' }),
  );

/** Counts the statements Kysely sends, and lets a test make one of them fail. */
function watched(failWhen: (node: InsertQueryNode) => boolean = () => false): KyselyPlugin & { statements: number } {
  return {
    statements: 0,
    transformQuery({ node }) {
      this.statements++;
      if (InsertQueryNode.is(node) && failWhen(node)) throw Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
      return node;
    },
    transformResult: async ({ result }) => result,
  };
}

describeStorage('set-based push', (ctx) => {
  it('writes a run of mutations with a few statements per table, not several per mutation', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const plugin = watched();
    const mutations = alice.mutations(feedbackAbout(org, 60));
    const res = await applyPush(ctx.database.db.withPlugin(plugin), alice.principal, { clientId: alice.clientId, mutations });
    expect(res.results.every((r) => r.status === 'applied')).toBe(true);
    // One by one this was a savepoint, two look-ups, an insert and a release per mutation (300 here).
    expect(plugin.statements).toBeLessThanOrEqual(10);
    const stored = await ctx.database.db.selectFrom('feedback').select('version').where('orgId', '=', org.orgId).where('authorId', '=', org.ids.alice).execute();
    expect(stored.map((f) => f.version)).toEqual(stored.map(() => res.version));
  });

  it('applies the push one by one when a set step fails, so each mutation is applied or rejected alone', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    // The multi-row INSERT of feedback fails as a unique violation would; inserts of one row (one by one) pass.
    const plugin = watched((node) => node.into?.table.identifier.name === 'feedback' && (node.values as { values?: unknown[] })?.values!.length > 1);
    const taken = uuidv7();
    await alice.pushOk([call('feedback.create', { id: taken, subjectId: org.ids.bob, kind: 'praise', body: 'first', visibility: 'org', createdAt: '2026-03-02T09:00:00Z' })]);
    const calls = [...feedbackAbout(org, 5), call('feedback.create', { id: taken, subjectId: org.ids.bob, kind: 'praise', body: 'again', visibility: 'org', createdAt: '2026-03-02T09:00:00Z' })];
    const res = await applyPush(ctx.database.db.withPlugin(plugin), alice.principal, { clientId: alice.clientId, mutations: alice.mutations(calls) });
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'rejected']);
    expect(res.results[5]!.reason).toBe(`id: feedback ${taken} already exists`);
    const stored = await ctx.database.db.selectFrom('feedback').select('id').where('orgId', '=', org.orgId).execute();
    expect(stored).toHaveLength(6);
    expect(res.lastSeq).toBe(7);
  });
});

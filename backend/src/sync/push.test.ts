import { InsertQueryNode } from 'kysely';
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { HttpError } from '../http/api-error';
import { readOrgCounters } from '../orgs/orgs';
import { applyPush } from './push';

const personGoal = (id: string, ownerId: string, cycleId: string, title = 'Answer faster') =>
  call('goal.create', { id, cycleId, level: 'person', ownerId, title, visibility: 'private' });

describeStorage('push', (ctx) => {
  it('applies mutations in order and reports each one', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const goalId = uuidv7();
    const metricId = uuidv7();
    const res = await alice.push([
      personGoal(goalId, org.ids.alice, org.cycleId),
      call('metric.create', { id: metricId, goalId, name: 'First reply (h)', indicator: 'leading', baseline: 8, target: 2, direction: 'decrease' }),
      call('metric.record', { id: uuidv7(), metricId, value: 6, at: '2026-02-01T10:00:00Z' }),
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(res.lastSeq).toBe(3);
    const stored = await ctx.database.db.selectFrom('metricValues').selectAll().where('metricId', '=', metricId).execute();
    expect(stored).toEqual([expect.objectContaining({ value: 6, recordedBy: org.ids.alice, version: res.version, deletedAt: null })]);
  });

  it('applies a retried push once and answers duplicate', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const metricGoal = uuidv7();
    const mutations = alice.mutations([personGoal(metricGoal, org.ids.alice, org.cycleId)]);
    const request = { clientId: alice.clientId, mutations };
    const first = await applyPush(ctx.database.db, alice.principal, request);
    const retry = await applyPush(ctx.database.db, alice.principal, request);
    expect(first.results[0]!.status).toBe('applied');
    expect(retry.results[0]).toMatchObject({ status: 'duplicate', reason: null });
    expect(retry.lastSeq).toBe(1);
    const goals = await ctx.database.db.selectFrom('goals').select('version').where('id', '=', metricGoal).execute();
    expect(goals).toEqual([{ version: first.version }]);
  });

  it('refuses a gap with 409 seq_gap and expectedSeq, and skips the overlap of a partly seen push', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const all = alice.mutations([1, 2, 3, 4].map((i) => personGoal(uuidv7(), org.ids.alice, org.cycleId, `goal ${i}`)));
    const push = (seqs: number[]) => applyPush(ctx.database.db, alice.principal, { clientId: alice.clientId, mutations: seqs.map((s) => all[s - 1]!) });
    await push([1, 2]);
    const gap = await push([4]).catch((e: unknown) => e);
    expect(gap).toBeInstanceOf(HttpError);
    expect((gap as HttpError).toBody()).toMatchObject({ error: { code: 'seq_gap', expectedSeq: 3 } });
    expect((gap as HttpError).status).toBe(409);
    const overlap = await push([2, 3, 4]);
    expect(overlap.results.map((r) => r.status)).toEqual(['duplicate', 'applied', 'applied']);
    expect(overlap.lastSeq).toBe(4);
  });

  it('records a rejection, advances the seq, and repeats the reason when the push is retried', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const mutations = alice.mutations([
      call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: '   ' }),
      personGoal(uuidv7(), org.ids.alice, org.cycleId),
    ]);
    const request = { clientId: alice.clientId, mutations };
    const first = await applyPush(ctx.database.db, alice.principal, request);
    expect(first.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^args\.title: must not be empty/) });
    expect(first.results[1]!.status).toBe('applied');
    expect(first.lastSeq).toBe(2);
    const retry = await applyPush(ctx.database.db, alice.principal, request);
    expect(retry.results).toEqual([
      { ...first.results[0], status: 'rejected' },
      { ...first.results[1], status: 'duplicate', reason: null },
    ]);
  });

  it('advances the seq after a push made only of rejections, so the client moves on', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const untitled = () => call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: '   ' });
    const notHers = () => personGoal(uuidv7(), org.ids.bob, org.cycleId);
    const mutations = alice.mutations([untitled(), notHers()]);
    const first = await applyPush(ctx.database.db, alice.principal, { clientId: alice.clientId, mutations });
    expect(first.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(first.lastSeq).toBe(2);
    expect((await alice.pull()).lastSeq).toBe(2);
    const retry = await applyPush(ctx.database.db, alice.principal, { clientId: alice.clientId, mutations });
    expect(retry.results).toEqual(first.results);
    const next = await alice.push([personGoal(uuidv7(), org.ids.alice, org.cycleId)]);
    expect(next.results).toEqual([expect.objectContaining({ seq: 3, status: 'applied' })]);
  });

  it('undoes every write of a mutation that is rejected half way (savepoint)', async () => {
    const org = await createOrgFixture(ctx.database);
    const requestId = uuidv7();
    const feedbackId = uuidv7();
    await org.client('bob').pushOk([call('feedbackRequest.create', { id: requestId, recipientId: org.ids.alice, subjectId: org.ids.bob, prompt: 'How did the escalation go?' })]);
    const alice = org.client('alice');
    const body = { subjectId: org.ids.bob, kind: 'praise' as const, body: 'Calm and clear', createdAt: '2026-02-02T09:00:00Z' };
    await alice.pushOk([call('feedback.create', { ...body, id: feedbackId })]);
    // Same id again, answering the request: the request is marked answered, then the insert is refused.
    const res = await alice.push([call('feedback.create', { ...body, id: feedbackId, requestId })]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', reason: `id: feedback ${feedbackId} already exists` });
    const request = await ctx.database.db.selectFrom('feedbackRequests').select(['status', 'feedbackId']).where('id', '=', requestId).executeTakeFirst();
    expect(request).toEqual({ status: 'open', feedbackId: null });
  });

  it('aborts the whole push with 503 on a temporary database failure, leaving nothing applied', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    // The second mutation's insert meets a serialization failure, as PostgreSQL would report it.
    let inserts = 0;
    const flaky = ctx.database.db.withPlugin({
      transformQuery: ({ node }) => {
        if (InsertQueryNode.is(node) && ++inserts === 3) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const mutations = alice.mutations([personGoal(uuidv7(), org.ids.alice, org.cycleId), personGoal(uuidv7(), org.ids.alice, org.cycleId)]);
    const failed = await applyPush(flaky, alice.principal, { clientId: alice.clientId, mutations }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ status: 503, code: 'unavailable', details: { retryAfterSeconds: expect.any(Number) } });
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect(await ctx.database.db.selectFrom('goals').select('id').where('orgId', '=', org.orgId).execute()).toEqual([]);
    const retried = await applyPush(ctx.database.db, alice.principal, { clientId: alice.clientId, mutations });
    expect(retried.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });

  it('binds a client id to the first principal that uses it', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    await alice.pushOk([personGoal(uuidv7(), org.ids.alice, org.cycleId)]);
    const stolen = applyPush(ctx.database.db, org.principal('bob'), { clientId: alice.clientId, mutations: alice.mutations([personGoal(uuidv7(), org.ids.bob, org.cycleId)]) });
    await expect(stolen).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('gives concurrent pushes distinct, ordered versions and applies each mutation once', async () => {
    const org = await createOrgFixture(ctx.database);
    const clients = (['alice', 'bob', 'manager', 'dave'] as const).map((n) => ({ client: org.client(n), owner: org.ids[n] }));
    const before = (await readOrgCounters(ctx.database.db, org.orgId))!.version;
    const rounds = 5;
    const responses = await Promise.all(
      clients.flatMap(({ client, owner }) => {
        // One client's pushes must stay in seq order; different clients race each other.
        const batches = Array.from({ length: rounds }, () => client.mutations([personGoal(uuidv7(), owner, org.cycleId)]));
        return [
          (async () => {
            const out = [];
            for (const mutations of batches) out.push(await applyPush(ctx.database.db, client.principal, { clientId: client.clientId, mutations }));
            return out;
          })(),
        ];
      }),
    );
    const versions = responses.flat().map((r) => r.version);
    expect(new Set(versions).size).toBe(clients.length * rounds);
    for (const perClient of responses) expect(perClient.map((r) => r.version)).toEqual([...perClient.map((r) => r.version)].sort((a, b) => a - b));
    expect(Math.min(...versions)).toBe(before + 1);
    expect(Math.max(...versions)).toBe(before + clients.length * rounds);
    const goals = await ctx.database.db.selectFrom('goals').select('version').where('orgId', '=', org.orgId).execute();
    expect(goals.map((g) => g.version).sort((a, b) => a - b)).toEqual([...versions].sort((a, b) => a - b));
  });
});

/**
 * Citus readiness, read from the statements themselves: every SQL statement a request runs
 * against a tenant table names its org (a filter on org_id, or org_id among the inserted
 * columns), so a distributed PostgreSQL routes it to one shard. The few statements that cannot,
 * because the org is not known yet, are listed with the reason.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { expect, it } from 'vitest';
import { checkInId, orgCadenceId, reviewTemplateId, supportDecisionId, uuidv7 } from '@sightline/sdk/model';
import { createApp } from '../src/app';
import type { Database } from '../src/db/database';
import { REFERENCE_TABLES } from '../src/db/tenant-keys';
import { sharedSecretKey, signEmbed, viewerClaims } from './helpers/embed-keys';
import { call } from './helpers/http';
import { createOrgFixture } from './helpers/org-fixture';
import { sseEvents } from './helpers/sse';
import { describeStorage } from './helpers/storage';
import { call as mutation } from './helpers/sync-client';

/** Statements that may span orgs, each with why. Matched against the statement's text. */
const CROSS_ORG: Array<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /from "api_tokens" as "k" .*where "k"\."secret_hash" = \$1/s,
    reason: 'resolving a bearer token: its org is what the look-up finds (one index probe per shard on a distributed cluster)',
  },
];

/** Records every statement the app runs, compiled as the database receives it. */
function recorder(database: Database) {
  const statements: string[] = [];
  const nodes: Array<{ node: RootOperationNode; queryId: PluginTransformQueryArgs['queryId'] }> = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      nodes.push(args);
      return args.node;
    },
    transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => args.result,
  };
  const db = database.db.withPlugin(plugin);
  return {
    database: { ...database, db } as Database,
    take(): string[] {
      const executor = db.getExecutor();
      statements.push(...nodes.splice(0).map(({ node, queryId }) => executor.compileQuery(node, queryId).sql));
      return statements.splice(0);
    },
  };
}

const TABLE_REF = /\b(?:from|join|into|update)\s+"?([a-z_]+)"?/gi;
const NAMES_ORG = [/"?org_id"?\s*(?:=|in)\s*(?:\$\d+|\()/i, /^\s*insert into "?[a-z_]+"?\s*\([^)]*"?org_id"?/i];

function unscoped(statements: readonly string[]): string[] {
  return statements.filter((text) => {
    const tenantTables = [...text.matchAll(TABLE_REF)].map((m) => m[1]!.toLowerCase()).filter((t) => !(t in REFERENCE_TABLES));
    if (tenantTables.length === 0) return false;
    if (NAMES_ORG.some((p) => p.test(text))) return false;
    return !CROSS_ORG.some(({ pattern }) => pattern.test(text));
  });
}

describeStorage('tenant-scoped statements', (ctx) => {
  it('names the org in every statement a request runs against a tenant table', async () => {
    const org = await createOrgFixture(ctx.database);
    const { database, take } = recorder(ctx.database);
    const app = createApp({ database });
    const seen: string[] = [];
    const record = () => seen.push(...take());

    const goalId = uuidv7();
    const metricId = uuidv7();
    const feedbackId = uuidv7();
    const at = new Date().toISOString();
    const calls = [
      mutation('goal.create', { id: goalId, cycleId: org.cycleId, level: 'team', teamId: org.teams.support, title: 'Faster first replies' }),
      mutation('metric.create', { id: metricId, goalId, name: 'First reply (h)', indicator: 'lagging', baseline: 8, target: 2, direction: 'decrease' }),
      mutation('metric.record', { id: uuidv7(), metricId, value: 6, at }),
      mutation('goal.update', { id: goalId, patch: { title: 'Faster first replies, kindly' } }),
      mutation('feedback.create', { id: feedbackId, subjectId: org.ids.alice, kind: 'praise', body: 'Clear handover', createdAt: at }),
      mutation('feedback.delete', { id: feedbackId }),
    ];
    const push = await call(app, 'POST', '/v1/sync/push', {
      token: org.tokens.manager,
      json: { clientId: uuidv7(), mutations: calls.map(([name, args], i) => ({ id: uuidv7(), seq: i + 1, name, args, at })) },
    });
    expect(push.body.results.map((r: { reason: string | null }) => r.reason)).toEqual(calls.map(() => null));
    record();

    for (const name of ['alice', 'manager', 'admin', 'hr'] as const) {
      const clientId = uuidv7();
      const first = await call(app, 'GET', `/v1/sync/pull?clientId=${clientId}`, { token: org.tokens[name] });
      expect(first.status).toBe(200);
      expect((await call(app, 'GET', `/v1/sync/pull?clientId=${clientId}&cursor=${first.body.cursor}`, { token: org.tokens[name] })).status).toBe(200);
      expect((await call(app, 'GET', '/v1/me', { token: org.tokens[name] })).status).toBe(200);
    }
    record();

    const imported = await call(app, 'POST', '/v1/admin/people', {
      token: org.tokens.admin,
      json: { persons: [{ id: uuidv7(), name: 'Erin', email: `erin@${org.slug}.test`, managerId: org.ids.manager, teamId: org.teams.support }] },
    });
    expect(imported.status).toBe(200);
    const issued = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.alice, json: { name: 'laptop' } });
    expect(issued.status).toBe(201);
    expect((await call(app, 'DELETE', `/v1/auth/tokens/${issued.body.id}`, { token: org.tokens.alice })).status).toBe(200);
    record();

    const key = sharedSecretKey('intranet-1');
    expect((await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: key.registration })).status).toBe(201);
    expect((await call(app, 'GET', '/v1/admin/embed-keys', { token: org.tokens.admin })).status).toBe(200);
    const embedToken = await signEmbed(key, viewerClaims(org.slug, `alice@${org.slug}.test`));
    expect((await call(app, 'GET', '/v1/me', { token: embedToken })).status).toBe(200);
    expect((await call(app, 'DELETE', '/v1/admin/embed-keys/intranet-1', { token: org.tokens.admin })).status).toBe(200);
    record();

    // The console domain: its mutations and reads (docs/domain.md).
    const week = '2026-W10';
    const checkIn = checkInId(org.ids.alice, week);
    const reviewId = uuidv7();
    const actionId = uuidv7();
    const domainPush = async (who: 'alice' | 'manager' | 'admin', domainCalls: ReturnType<typeof mutation>[]) => {
      const res = await call(app, 'POST', '/v1/sync/push', {
        token: org.tokens[who],
        json: { clientId: uuidv7(), mutations: domainCalls.map(([name, args], i) => ({ id: uuidv7(), seq: i + 1, name, args, at })) },
      });
      expect(res.body.results.map((r: { reason: string | null }) => r.reason)).toEqual(domainCalls.map(() => null));
    };
    await domainPush('alice', [
      mutation('checkin.submit', { id: checkIn, personId: org.ids.alice, week, goals: [], barriers: 'No test data', submittedAt: at }),
      mutation('feedbackRequest.create', { id: uuidv7(), recipientId: org.ids.bob, subjectId: org.ids.alice, prompt: 'My demo?' }),
    ]);
    await domainPush('manager', [
      mutation('support.decide', { id: supportDecisionId(checkIn), checkInId: checkIn, personId: org.ids.alice, decision: 'will_help', decidedAt: at }),
      mutation('review.save', { id: reviewId, cycleId: org.cycleId, subjectId: org.ids.alice, kind: 'manager', rating: 4, status: 'submitted' }),
      mutation('review.share', { id: reviewId }),
      mutation('developmentAction.create', { id: actionId, personId: org.ids.alice, title: 'Pair on tests', goalId, startedOn: '2026-03-01' }),
    ]);
    await domainPush('admin', [
      mutation('cadence.set', { id: orgCadenceId(org.orgId), dueWeekday: 4 }),
      mutation('reviewTemplate.save', { id: reviewTemplateId(org.cycleId, 'peer'), cycleId: org.cycleId, kind: 'peer', questions: [{ key: 'helped', text: 'What helped?' }] }),
      mutation('team.update', { id: org.teams.support, patch: { name: 'Support EMEA' } }),
      mutation('cycle.update', { id: org.cycleId, patch: { name: 'H1' } }),
    ]);
    for (const path of [
      `/v1/history/goals/${goalId}`,
      `/v1/history/metrics/${metricId}`,
      '/v1/requests/inbox',
      `/v1/reviews/evidence?subjectId=${org.ids.alice}&cycleId=${org.cycleId}`,
      `/v1/reviews/calibration?cycleId=${org.cycleId}`,
      '/v1/due',
      '/v1/due/team',
      `/v1/development/effect?actionId=${actionId}`,
    ])
      expect((await call(app, 'GET', path, { token: org.tokens.hr })).status, path).toBe(200);
    record();

    const stream = await app.request('/v1/sync/events', { headers: { authorization: `Bearer ${org.tokens.bob}` } });
    const events = sseEvents(stream.body!);
    await events.next();
    await events.cancel();
    record();

    expect(seen.length).toBeGreaterThan(40);
    expect(unscoped(seen)).toEqual([]);
  });

  it('catches a statement that leaves the org out', () => {
    expect(unscoped(['select "id" from "goals" where "id" = $1', 'update "persons" set "name" = $1 where "id" = $2'])).toHaveLength(2);
    expect(unscoped(['select "id" from "goals" where "org_id" = $1 and "id" = $2', 'insert into "goals" ("org_id", "id") values ($1, $2)', 'select 1'])).toEqual([]);
  });
});

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkInId, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';
import { SIGNATURE_HEADER, verifySignature } from './signature';
import { WEBHOOK_DEFAULTS, backoffMs, deliverDue } from './worker';

/** A real HTTP receiver on loopback: records every request and answers with what `answer` says. */
interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}
let server: Server;
let receiverUrl: string;
const received: Received[] = [];
let answer: (r: Received) => number = () => 200;
/** The receiver is on loopback: these tests opt in, as a self-hoster with an internal receiver would. */
const LOOPBACK_RECEIVER = { allowPrivate: true };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const r = { path: req.url ?? '', headers: req.headers, body };
      received.push(r);
      res.writeHead(answer(r)).end();
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

describeStorage('webhooks', (ctx) => {
  async function register(app: ReturnType<typeof createApp>, org: OrgFixture, path: string, events = ['feedback.created', 'checkin.submitted', 'goal.status_changed']) {
    const res = await call(app, 'POST', '/v1/admin/webhooks', { token: org.tokens.admin, json: { url: `${receiverUrl}${path}`, events } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; secret: string };
  }
  const log = async (app: ReturnType<typeof createApp>, org: OrgFixture, endpointId: string) =>
    (await call(app, 'GET', `/v1/admin/webhooks/${endpointId}/deliveries`, { token: org.tokens.admin })).body.deliveries;

  it('sends signed org-visible feedback, check-ins and goal status changes, and nothing more', async () => {
    const org = await createOrgFixture(ctx.database, 'hooks');
    const app = createApp({ database: ctx.database, webhookTargets: LOOPBACK_RECEIVER });
    const path = `/${org.slug}`;
    const endpoint = await register(app, org, path);
    answer = () => 200;
    const goalId = uuidv7();
    await org.client('admin').pushOk([mutation('goal.create', { id: goalId, cycleId: org.cycleId, level: 'org', title: 'Grow', visibility: 'org' })]);
    const recognition = uuidv7();
    await org.client('alice').pushOk([
      mutation('feedback.create', { id: recognition, subjectId: org.ids.bob, kind: 'praise', body: 'Great save on the outage', visibility: 'org', createdAt: '2026-03-02T10:00:00Z' }),
      mutation('feedback.create', { id: uuidv7(), subjectId: org.ids.bob, kind: 'coaching', body: 'Private coaching', visibility: 'subject', createdAt: '2026-03-02T10:00:00Z' }),
      mutation('checkin.submit', { id: checkInId(org.ids.alice, '2026-W10'), personId: org.ids.alice, week: '2026-W10', goals: [], barriers: 'Secret barrier', submittedAt: '2026-03-02T10:00:00Z' }),
    ]);
    await org.client('admin').pushOk([mutation('goal.update', { id: goalId, patch: { status: 'completed' } }), mutation('goal.update', { id: goalId, patch: { title: 'Grown' } })]);

    const now = new Date();
    expect(await deliverDue(ctx.database.db, { now: () => now, allowPrivateTargets: true })).toBe(3);
    const mine = received.filter((r) => r.path === path);
    expect(mine).toHaveLength(3);
    for (const r of mine) expect(verifySignature(endpoint.secret, r.body, String(r.headers[SIGNATURE_HEADER.toLowerCase()]), now)).toBe(true);
    expect(verifySignature('whsec_wrong', mine[0]!.body, String(mine[0]!.headers[SIGNATURE_HEADER.toLowerCase()]), now)).toBe(false);
    const events = mine.map((r) => JSON.parse(r.body));
    expect(events.map((e) => e.type).sort()).toEqual(['checkin.submitted', 'feedback.created', 'goal.status_changed']);
    expect(events.find((e) => e.type === 'feedback.created').data).toMatchObject({ id: recognition, authorId: org.ids.alice, body: 'Great save on the outage' });
    expect(events.find((e) => e.type === 'goal.status_changed').data).toMatchObject({ id: goalId, from: 'active', to: 'completed' });
    expect(events.find((e) => e.type === 'checkin.submitted').data).toEqual({ id: checkInId(org.ids.alice, '2026-W10'), personId: org.ids.alice, week: '2026-W10', submittedAt: '2026-03-02T10:00:00Z' });
    expect(mine.map((r) => r.body).join()).not.toMatch(/Private coaching|Secret barrier/);
    expect((await log(app, org, endpoint.id)).map((d: { status: string }) => d.status)).toEqual(['delivered', 'delivered', 'delivered']);
    // Delivered means done: the next round sends nothing.
    expect(await deliverDue(ctx.database.db, { now: () => now, allowPrivateTargets: true })).toBe(0);
  });

  it('retries a failing receiver with backoff, logs every attempt, and gives up after the last', async () => {
    const org = await createOrgFixture(ctx.database, 'retry');
    const app = createApp({ database: ctx.database, webhookTargets: LOOPBACK_RECEIVER });
    const flaky = await register(app, org, `/${org.slug}/flaky`, ['feedback.created']);
    const broken = await register(app, org, `/${org.slug}/broken`, ['feedback.created']);
    let flakyCalls = 0;
    answer = (r) => (r.path.endsWith('/broken') ? 500 : ++flakyCalls <= 2 ? 500 : 204);
    await org.client('alice').pushOk([mutation('feedback.create', { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: 'Thanks', visibility: 'org', createdAt: '2026-03-02T10:00:00Z' })]);

    const options = { maxAttempts: 4, baseDelayMs: 1000, allowPrivateTargets: true };
    let now = new Date('2030-01-01T00:00:00Z');
    for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
      // Not yet due one millisecond before the backoff ends.
      if (attempt > 1) expect(await deliverDue(ctx.database.db, { ...options, now: () => new Date(now.getTime() - 1) })).toBe(0);
      expect(await deliverDue(ctx.database.db, { ...options, now: () => now })).toBeGreaterThan(0);
      now = new Date(now.getTime() + backoffMs(attempt, options.baseDelayMs, WEBHOOK_DEFAULTS.maxDelayMs));
    }
    expect(await deliverDue(ctx.database.db, { ...options, now: () => new Date(now.getTime() + 86_400_000) })).toBe(0);

    const [flakyDelivery] = await log(app, org, flaky.id);
    expect(flakyDelivery).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(flakyDelivery.log.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 204]);
    const [brokenDelivery] = await log(app, org, broken.id);
    expect(brokenDelivery).toMatchObject({ status: 'failed', attempts: 4 });
    expect(brokenDelivery.log).toHaveLength(4);
    expect(brokenDelivery.log[0]).toMatchObject({ attempt: 1, statusCode: 500, error: 'the receiver answered 500' });
  });

  it('keeps queued deliveries across a restart and sends nothing to a removed endpoint', async () => {
    const org = await createOrgFixture(ctx.database, 'restart');
    const app = createApp({ database: ctx.database, webhookTargets: LOOPBACK_RECEIVER });
    const kept = await register(app, org, `/${org.slug}/kept`, ['feedback.created']);
    const removed = await register(app, org, `/${org.slug}/removed`, ['feedback.created']);
    answer = () => 200;
    await org.client('alice').pushOk([mutation('feedback.create', { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: 'Queued', visibility: 'org', createdAt: '2026-03-02T10:00:00Z' })]);
    expect((await call(app, 'DELETE', `/v1/admin/webhooks/${removed.id}`, { token: org.tokens.admin })).status).toBe(204);
    // No worker ran while the change was written; a worker started afterwards (a new process) finds it in the outbox.
    await deliverDue(ctx.database.db, { allowPrivateTargets: true });
    expect(received.filter((r) => r.path === `/${org.slug}/kept`)).toHaveLength(1);
    expect(received.filter((r) => r.path === `/${org.slug}/removed`)).toHaveLength(0);
    expect((await log(app, org, removed.id))[0].status).toBe('failed');
    expect((await log(app, org, kept.id))[0].status).toBe('delivered');
  });

  it('is for admins only, names bad fields, NUL included, and hides other orgs', async () => {
    const org = await createOrgFixture(ctx.database, 'hookauth');
    const other = await createOrgFixture(ctx.database, 'hookother');
    const app = createApp({ database: ctx.database, webhookTargets: LOOPBACK_RECEIVER });
    const json = { url: 'https://hooks.example.test/sightline', events: ['feedback.created'] };
    for (const token of [org.tokens.hr, org.tokens.manager, org.tokens.alice, org.integrationKey]) {
      expect((await call(app, 'POST', '/v1/admin/webhooks', { token, json })).status).toBe(403);
      expect((await call(app, 'GET', '/v1/admin/webhooks', { token })).status).toBe(403);
    }
    expect((await call(app, 'POST', '/v1/admin/webhooks', { json })).status).toBe(401);
    const cases: Array<[unknown, string]> = [
      [{ ...json, url: 'ftp://hooks.example.test' }, 'url'],
      [{ ...json, url: 'https://hooks.example.test/\u0000' }, 'url'],
      [{ ...json, events: ['goal.deleted'] }, 'events.0'],
      [{ ...json, events: [] }, 'events'],
      [{ ...json, secret: 'mine' }, '(root)'],
    ];
    for (const [body, path] of cases) {
      const res = await call(app, 'POST', '/v1/admin/webhooks', { token: org.tokens.admin, json: body });
      expect(res.status, path).toBe(422);
      expect(res.body.error.issues[0].path, JSON.stringify(body)).toBe(path);
    }
    expect((await call(app, 'GET', '/v1/admin/webhooks', { token: org.tokens.admin })).body.endpoints).toEqual([]);
    const created = await call(app, 'POST', '/v1/admin/webhooks', { token: org.tokens.admin, json });
    expect(created.body.secret).toMatch(/^whsec_/);
    const listed = await call(app, 'GET', '/v1/admin/webhooks', { token: org.tokens.admin });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    expect((await call(app, 'GET', `/v1/admin/webhooks/${created.body.id}/deliveries`, { token: other.tokens.admin })).status).toBe(404);
    expect((await call(app, 'DELETE', `/v1/admin/webhooks/${created.body.id}`, { token: other.tokens.admin })).status).toBe(404);
    expect((await call(app, 'GET', '/v1/admin/webhooks/not-a-uuid/deliveries', { token: org.tokens.admin })).status).toBe(404);
  });

  it('refuses private targets without the opt-in: at registration naming url, and at delivery in the log', async () => {
    const org = await createOrgFixture(ctx.database, 'hookssrf');
    const strict = createApp({ database: ctx.database });
    const events = ['feedback.created'];
    for (const url of ['http://127.0.0.1:9/x', 'http://[::1]/x', 'http://10.0.0.5/x', 'http://192.168.1.1/x', 'http://169.254.169.254/latest/meta-data', 'http://100.64.1.1/x', 'http://[fd00::1]/x', 'http://0.0.0.0/x', 'http://localhost:8080/x', 'http://[::ffff:172.16.0.1]/x']) {
      const res = await call(strict, 'POST', '/v1/admin/webhooks', { token: org.tokens.admin, json: { url, events } });
      expect(res.status, url).toBe(422);
      expect(res.body.error.issues, url).toEqual([{ path: 'url', message: expect.stringContaining('webhooks go to public addresses only') }]);
    }
    expect((await call(strict, 'POST', '/v1/admin/webhooks', { token: org.tokens.admin, json: { url: 'https://hooks.example.test/x', events } })).status).toBe(201);

    // Registered while the operator allowed it; delivered after the opt-in is gone: refused and logged.
    const endpoint = await register(createApp({ database: ctx.database, webhookTargets: LOOPBACK_RECEIVER }), org, `/${org.slug}/private`, events);
    await org.client('alice').pushOk([mutation('feedback.create', { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: 'Thanks', visibility: 'org', createdAt: '2026-03-02T10:00:00Z' })]);
    await deliverDue(ctx.database.db);
    expect(received.filter((r) => r.path.startsWith(`/${org.slug}/private`))).toEqual([]);
    const [delivery] = await log(strict, org, endpoint.id);
    expect(delivery.log).toEqual([expect.objectContaining({ statusCode: null, error: expect.stringMatching(/^refused: 127\.0\.0\.1 is a loopback address; webhooks go to public addresses only/) })]);
  });
});

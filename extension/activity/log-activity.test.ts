// @vitest-environment node
import 'fake-indexeddb/auto';
import type { SyncState } from '@sightline/sdk/client';
import { nameId, type RecordContext } from '@sightline/sdk/model';
import { ManualNetwork } from '@sightline/sdk/sync/testing/manual-network';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loggedActivities } from '../background/activity-ledger';
import { testEngine } from '../testing/engine';
import { DEAL, createSalesGoal, kpiOf } from '../testing/sales-goal';
import { activityId } from './activity-id';
import { canLogActivity, logActivity, nextActivityValue } from './log-activity';

const OTHER_DEAL: RecordContext = { ...DEAL, recordId: '006000000000002AAA', title: 'Globex expansion' };

const engines: Array<ReturnType<typeof testEngine>> = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.stop();
});

async function salesSetup() {
  const engine = testEngine();
  engines.push(engine);
  const laptop = await engine.client();
  const { calls, winRate, revenue } = await createSalesGoal(laptop, engine.me.id);
  await laptop.syncNow();
  return { engine, laptop, calls, winRate, revenue };
}

describe('activityId', () => {
  it('is the same for the same person, KPI and record, and differs when any of them does', () => {
    const id = activityId('m', 'p', DEAL);
    expect(activityId('m', 'p', { tool: 'salesforce', recordId: DEAL.recordId })).toBe(id);
    expect(id).toBe(nameId('activity', 'm', 'p', 'salesforce', DEAL.recordId));
    expect(new Set([id, activityId('m2', 'p', DEAL), activityId('m', 'p2', DEAL), activityId('m', 'p', OTHER_DEAL), activityId('m', 'p', { ...DEAL, tool: 'hubspot' })]).size).toBe(5);
  });
});

describe('logActivity', () => {
  it('offers only leading KPIs that count things done', async () => {
    const { laptop, calls, winRate, revenue } = await salesSetup();
    const kpi = await kpiOf(laptop, calls);
    expect(canLogActivity(kpi)).toBe(true);
    expect(canLogActivity(await kpiOf(laptop, winRate))).toBe(false);
    // The author's `counts` flag decides, never the unit: a counting KPI in any unit is offered, a non-counting one in a thing's name is not.
    for (const unit of ['min', 'USD', '', '%']) expect(canLogActivity({ ...kpi, metric: { ...kpi.metric, unit } }), unit).toBe(true);
    expect(canLogActivity({ ...kpi, metric: { ...kpi.metric, counts: false } })).toBe(false);
    const lagging = await kpiOf(laptop, revenue);
    expect(canLogActivity(lagging)).toBe(false);
    await expect(logActivity(laptop, { kpi: lagging, personId: 'x', record: DEAL })).rejects.toThrow('Revenue won is not a leading KPI');
  });

  it('records current + 1 against the record once, however often it is clicked', async () => {
    const { engine, laptop, calls } = await salesSetup();
    const kpi = await kpiOf(laptop, calls);
    expect(nextActivityValue(kpi)).toBe(1);

    await expect(logActivity(laptop, { kpi, personId: engine.me.id, record: DEAL })).resolves.toBe('logged');
    await expect(logActivity(laptop, { kpi, personId: engine.me.id, record: DEAL })).resolves.toBe('already-logged');
    const id = activityId(calls, engine.me.id, DEAL);
    expect(await loggedActivities(laptop.dbName, [id, activityId(calls, engine.me.id, OTHER_DEAL)])).toEqual([id]);

    await laptop.syncNow();
    expect(engine.server.rows('metricValues')).toEqual([expect.objectContaining({ id, value: 1, context: DEAL, recordedBy: engine.me.id })]);
    const next = await kpiOf(laptop, calls, (view) => view.current === 1);
    await expect(logActivity(laptop, { kpi: next, personId: engine.me.id, record: OTHER_DEAL })).resolves.toBe('logged');
  });

  it('converges across devices: the second device sees it logged, or its duplicate is refused', async () => {
    const { engine, laptop, calls } = await salesSetup();
    const phone = await engine.client();
    const network = new ManualNetwork();
    const offlinePhone = await engine.client(undefined, { network });
    await offlinePhone.syncNow();
    network.set(false);
    const id = activityId(calls, engine.me.id, DEAL);

    await logActivity(laptop, { kpi: await kpiOf(laptop, calls), personId: engine.me.id, record: DEAL });
    await laptop.syncNow();

    // Synced first: the phone already has the row and shows "Logged" without writing anything.
    await phone.syncNow();
    expect(await loggedActivities(phone.dbName, [id])).toEqual([id]);
    await expect(logActivity(phone, { kpi: await kpiOf(phone, calls), personId: engine.me.id, record: DEAL })).resolves.toBe('already-logged');

    // Clicked before syncing: its copy is refused by the server and the one row wins everywhere.
    const stale = await kpiOf(offlinePhone, calls);
    await expect(logActivity(offlinePhone, { kpi: stale, personId: engine.me.id, record: DEAL })).resolves.toBe('logged');
    network.set(true);
    await offlinePhone.syncNow();
    await vi.waitFor(async () => expect((await kpiOf(offlinePhone, calls)).current).toBe(1));
    expect(engine.server.rows('metricValues').filter((row) => row.id === id)).toHaveLength(1);
    const sync = await new Promise<SyncState>((resolve) => void offlinePhone.watch('sync', {}, resolve));
    expect(sync.rejected).toEqual([expect.objectContaining({ name: 'metric.record', reason: expect.stringContaining('already exists') })]);
    expect(await loggedActivities(offlinePhone.dbName, [id])).toEqual([id]);
  });
});

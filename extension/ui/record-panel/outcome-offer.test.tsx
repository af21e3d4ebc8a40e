import 'fake-indexeddb/auto';
import { render } from 'preact';
import { uuidv7 } from '@sightline/sdk/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loggedActivities } from '../../background/activity-ledger';
import { outcomeValueId } from '../../lagging/record-outcome';
import type { ControlApi } from '../../rpc/control-caller';
import { testEngine } from '../../testing/engine';
import { DEAL, createSalesGoal, kpiOf } from '../../testing/sales-goal';
import { OutcomeOffer } from './outcome-offer';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real client on its own database, with status answered from that database as the background does. */
async function setup() {
  const engine = testEngine();
  const client = await engine.client();
  cleanups.push(() => engine.stop());
  const ids = await createSalesGoal(client, engine.me.id);
  const control = { call: async (_method: 'activityStatus', { ids }: { ids: string[] }) => ({ logged: await loggedActivities(client.dbName, ids) }) } as ControlApi;
  const kpis = await Promise.all([kpiOf(client, ids.calls), kpiOf(client, ids.winRate), kpiOf(client, ids.revenue)]);
  return { engine, client, control, kpis, ids };
}

function mount(element: preact.JSX.Element) {
  const container = document.createElement('div');
  document.body.append(container);
  render(element, container);
  cleanups.push(() => {
    render(null, container);
    container.remove();
  });
  return (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

const won = { kind: 'won', amount: 12500, currency: 'USD' } as const;

describe('OutcomeOffer', () => {
  it('offers a won deal on the one matching KPI, records the amount under the record key, then says Recorded, also when shown again', async () => {
    const { client, control, kpis, ids } = await setup();
    const find = mount(<OutcomeOffer client={client} control={control} kpis={kpis} outcome={won} record={DEAL} />);
    await vi.waitFor(() => expect((find('outcome-confirm') as HTMLButtonElement | null)?.disabled).toBe(false));
    expect(find('outcome-question')?.textContent).toBe('Closed won: record 12,500 USD on “Revenue won”?');
    expect(find('outcome-pick')).toBeNull();

    find('outcome-confirm')!.click();
    await vi.waitFor(() => expect(find('outcome-recorded')?.textContent).toBe('Recorded on “Revenue won”'));
    expect((await kpiOf(client, ids.revenue, (kpi) => kpi.current !== null)).current).toBe(12500);
    expect(await loggedActivities(client.dbName, [outcomeValueId(ids.revenue, DEAL)])).toHaveLength(1);

    // Another panel for the same deal (a reload, a second tab) starts out as Recorded.
    const again = mount(<OutcomeOffer client={client} control={control} kpis={kpis} outcome={won} record={DEAL} />);
    await vi.waitFor(() => expect(again('outcome-recorded')?.textContent).toBe('Recorded on “Revenue won”'));
  });

  it('lets the person pick when several KPIs match, and records on the one picked', async () => {
    const { client, control, kpis } = await setup();
    const dealsGoal = kpis[2]!.metric.goalId;
    const dealsId = uuidv7();
    await client.mutate('metric.create', { id: dealsId, goalId: dealsGoal, name: 'Deals won', indicator: 'lagging', unit: 'deals', baseline: 0, target: 10, direction: 'increase' });
    const deals = await kpiOf(client, dealsId);
    const find = mount(<OutcomeOffer client={client} control={control} kpis={[...kpis, deals]} outcome={won} record={DEAL} />);
    await vi.waitFor(() => expect((find('outcome-confirm') as HTMLButtonElement | null)?.disabled).toBe(false));
    const pick = find('outcome-pick') as HTMLSelectElement;
    expect([...pick.options].map((option) => option.textContent)).toEqual(['Revenue won', 'Deals won']);
    pick.value = '1';
    pick.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(find('outcome-question')?.textContent).toBe('Closed won: count it on “Deals won”?'));
    find('outcome-confirm')!.click();
    await vi.waitFor(() => expect(find('outcome-recorded')?.textContent).toBe('Recorded on “Deals won”'));
    expect((await kpiOf(client, dealsId, (kpi) => kpi.current !== null)).current).toBe(1);
  });

  it('offers nothing when no KPI matches (a solved ticket among sales KPIs)', async () => {
    const { client, control, kpis } = await setup();
    const find = mount(<OutcomeOffer client={client} control={control} kpis={kpis} outcome={{ kind: 'solved' }} record={{ ...DEAL, tool: 'zendesk' }} />);
    expect(find('outcome-offer')).toBeNull();
  });
});

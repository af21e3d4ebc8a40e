import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loggedActivities } from '../../background/activity-ledger';
import type { ControlApi } from '../../rpc/control-caller';
import { testEngine } from '../../testing/engine';
import { DEAL, createSalesGoal, kpiOf } from '../../testing/sales-goal';
import { ActivityButton } from './activity-button';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real client on its own database, and activity status answered from that database as the background does. */
async function setup() {
  const engine = testEngine();
  const client = await engine.client();
  cleanups.push(() => engine.stop());
  const { calls } = await createSalesGoal(client, engine.me.id);
  const control = { call: async (_method: 'activityStatus', { ids }: { ids: string[] }) => ({ logged: await loggedActivities(client.dbName, ids) }) } as ControlApi;
  return { engine, client, control, kpi: await kpiOf(client, calls) };
}

function mount(element: preact.JSX.Element) {
  const container = document.createElement('div');
  document.body.append(container);
  render(element, container);
  cleanups.push(() => {
    render(null, container);
    container.remove();
  });
  return () => container.querySelector('button')!;
}

describe('ActivityButton', () => {
  it('logs one activity against the record and then says Logged, also when shown again', async () => {
    const { engine, client, control, kpi } = await setup();
    const button = mount(<ActivityButton client={client} control={control} kpi={kpi} personId={engine.me.id} record={DEAL} />);
    await vi.waitFor(() => expect(button().disabled).toBe(false));
    expect(button().textContent).toBe('Log activity');
    expect(button().getAttribute('aria-label')).toBe('Log one Discovery calls for this opportunity');

    button().click();
    await vi.waitFor(() => expect(button().textContent).toBe('Logged'));
    expect(button().disabled).toBe(true);
    expect((await kpiOf(client, kpi.metric.id, (view) => view.current !== null)).current).toBe(1);

    // Another panel for the same record (a reload, a second tab) starts out as Logged.
    const again = mount(<ActivityButton client={client} control={control} kpi={kpi} personId={engine.me.id} record={DEAL} />);
    await vi.waitFor(() => expect(again().textContent).toBe('Logged'));
  });

  it('is ready for a different record', async () => {
    const { engine, client, control, kpi } = await setup();
    const first = mount(<ActivityButton client={client} control={control} kpi={kpi} personId={engine.me.id} record={DEAL} />);
    await vi.waitFor(() => expect(first().disabled).toBe(false));
    first().click();
    await vi.waitFor(() => expect(first().textContent).toBe('Logged'));
    const other = mount(<ActivityButton client={client} control={control} kpi={kpi} personId={engine.me.id} record={{ ...DEAL, recordId: '006000000000009AAA' }} />);
    await vi.waitFor(() => expect(other().disabled).toBe(false));
  });
});

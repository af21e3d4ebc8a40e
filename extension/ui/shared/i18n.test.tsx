import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loggedActivities } from '../../background/activity-ledger';
import type { ControlApi } from '../../rpc/control-caller';
import { testEngine } from '../../testing/engine';
import { DEAL, createSalesGoal, kpiOf } from '../../testing/sales-goal';

// The browser's UI language is read once, when the pages' words load: set it before they do.
vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('de-AT');
const { ActivityButton } = await import('../record-panel/activity-button');
const { formatDate, lang } = await import('./i18n');

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('in a browser whose UI is German', () => {
  it('picks German and writes dates the German way', () => {
    expect(lang).toBe('de');
    expect(formatDate('2027-03-31T12:00:00Z')).toBe('31.03.2027');
  });

  it('renders the record panel’s activity button in German, before and after logging', async () => {
    const engine = testEngine();
    const client = await engine.client();
    cleanups.push(() => engine.stop());
    const { calls } = await createSalesGoal(client, engine.me.id);
    const kpi = await kpiOf(client, calls);
    const control = { call: async (_method: 'activityStatus', { ids }: { ids: string[] }) => ({ logged: await loggedActivities(client.dbName, ids) }) } as ControlApi;
    const container = document.createElement('div');
    document.body.append(container);
    cleanups.push(() => {
      render(null, container);
      container.remove();
    });
    render(<ActivityButton client={client} control={control} kpi={kpi} personId={engine.me.id} record={DEAL} />, container);
    const button = () => container.querySelector('button')!;

    await vi.waitFor(() => expect(button().disabled).toBe(false));
    expect(button().textContent).toBe('Aktivität erfassen');
    expect(button().getAttribute('aria-label')).toBe(`Ein(e) ${kpi.metric.name} für diesen Datensatz (${DEAL.recordType}) erfassen`);
    button().click();
    await vi.waitFor(() => expect(button().textContent).toBe('Erfasst'));
    expect(container.querySelector('[role="status"]')!.textContent).toBe(`${kpi.metric.name} erfasst`);
  });
});

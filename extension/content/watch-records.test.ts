import type { Tool } from '@sightline/sdk/model';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, setLocation } from '../hosts/testing';
import { type RecordPage, watchRecords } from './watch-records';

const controller = { current: new AbortController() };

function showFixture(folder: string, name: string) {
  document.documentElement.innerHTML = loadFixture(folder, name).documentElement.innerHTML;
}

function watch(tools: Tool[], renderTimeoutMs = 1000) {
  const pages: RecordPage[] = [];
  const watcher = watchRecords({ signal: controller.current.signal, enabledTools: () => tools, onRecord: (page) => pages.push(page), renderTimeoutMs });
  return { pages, watcher };
}

beforeEach(() => {
  controller.current = new AbortController();
  setLocation('https://acme.zendesk.com/agent/tickets/1042');
});

afterEach(() => {
  controller.current.abort();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('watchRecords', () => {
  it('reports the record already on screen', async () => {
    showFixture('zendesk', 'ticket');
    const { pages } = watch(['zendesk']);
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    expect(pages[0]?.context).toMatchObject({ tool: 'zendesk', recordId: '1042', title: 'Cannot export quarterly invoices to PDF' });
    expect(pages[0]?.anchor?.getAttribute('data-test-id')).toBe('ticket-properties-sidebar');
  });

  it('waits for the next record to render after navigation and aborts the previous one', async () => {
    showFixture('zendesk', 'ticket');
    const { pages } = watch(['zendesk']);
    await vi.waitFor(() => expect(pages).toHaveLength(1));

    document.body.innerHTML = '<main>Loading…</main>';
    history.pushState(null, '', '/agent/tickets/2002');
    expect(pages[0]?.signal.aborted).toBe(true);
    setTimeout(() => showFixture('zendesk', 'ticket-fallback'), 20);

    await vi.waitFor(() => expect(pages).toHaveLength(2));
    expect(pages[1]?.context).toMatchObject({ recordId: '2002', title: 'Password reset email never arrives', customer: 'Initrode GmbH' });
    expect(pages[1]?.signal.aborted).toBe(false);
  });

  it('never reports the last record\'s pane for the next URL: it waits until the host swapped them', async () => {
    setLocation('https://wayne.lightning.force.com/lightning/r/Opportunity/0068c00000QxT2rAAF/view');
    showFixture('salesforce', 'opportunity');
    const { pages } = watch(['salesforce']);
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    // Lightning changes the URL first and keeps the opportunity's page on screen for a moment.
    history.pushState(null, '', '/lightning/r/Account/0018c00000Rt9MnAAJ/view');
    setTimeout(() => showFixture('salesforce', 'account'), 50);
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    expect(pages.map((page) => [page.context.recordType, page.context.title])).toEqual([
      ['opportunity', 'Wayne Enterprises - 500 Badge Printers'],
      ['account', 'Stark Industries'],
    ]);
    expect(pages[1]?.anchor?.closest('.oneContent')?.classList.contains('active')).toBe(true);
  });

  it('reads the record again when the page settles: a late title, an anchor that appears or goes off screen', async () => {
    document.body.innerHTML = '<section data-test-id="ticket-workspace"><input aria-label="Subject" value="Loading…"></section>';
    const { pages } = watch(['zendesk']);
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    expect(pages[0]).toMatchObject({ anchor: null, context: { title: 'Loading…' } });

    document.querySelector('input')!.value = 'Printer jams on every second page';
    document.querySelector('input')!.setAttribute('value', 'Printer jams on every second page');
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    expect(pages[0]?.signal.aborted).toBe(true);
    expect(pages[1]?.context.title).toBe('Printer jams on every second page');

    const sidebar = document.createElement('aside');
    sidebar.setAttribute('data-test-id', 'ticket-properties-sidebar');
    document.querySelector('section')!.append(sidebar);
    await vi.waitFor(() => expect(pages).toHaveLength(3));
    expect(pages[2]?.anchor).toBe(sidebar);

    // The workspace hides the pane with a class of its own stylesheet.
    document.head.insertAdjacentHTML('beforeend', '<style>.is-inactive { display: none }</style>');
    document.querySelector('section')!.className = 'is-inactive';
    await vi.waitFor(() => expect(pages).toHaveLength(4));
    expect(pages[3]?.anchor).toBeNull();
  });

  it('reports the record again when the agent solves the ticket on screen, with its outcome', async () => {
    showFixture('zendesk', 'ticket');
    const { pages } = watch(['zendesk']);
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    expect(pages[0]?.outcome).toBeNull();
    document.querySelector('section:not([hidden]) [data-test-id="ticket-status-tag"]')!.textContent = 'Solved';
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    expect(pages[1]).toMatchObject({ outcome: { kind: 'solved' }, context: { recordId: '1042' } });
    expect(pages[0]?.signal.aborted).toBe(true);
  });

  it('reports nothing on pages that are not records, or for tools not enabled', async () => {
    showFixture('zendesk', 'ticket');
    const disabled = watch(['freshdesk', 'web']);
    setLocation('https://acme.zendesk.com/agent/filters/360001234567');
    const notRecord = watch(['zendesk']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(disabled.pages).toEqual([]);
    expect(notRecord.pages).toEqual([]);
  });

  it('reports what it can read when the host never renders the anchor', async () => {
    document.body.innerHTML = '<input aria-label="Subject" value="Orphan ticket">';
    const { pages } = watch(['zendesk'], 30);
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    expect(pages[0]).toMatchObject({ anchor: null, context: { recordId: '1042', title: 'Orphan ticket' } });
  });

  it('re-reads the page on refresh and aborts everything when the script stops', async () => {
    showFixture('zendesk', 'ticket');
    const { pages, watcher } = watch(['zendesk']);
    await vi.waitFor(() => expect(pages).toHaveLength(1));
    watcher.refresh();
    await vi.waitFor(() => expect(pages).toHaveLength(2));
    expect(pages[0]?.signal.aborted).toBe(true);
    controller.current.abort();
    expect(pages[1]?.signal.aborted).toBe(true);
  });
});

/**
 * Feedback on a Zendesk ticket in Firefox reaches the backend exactly once: written in the
 * ticket's panel (its form subscribes to the background over a runtime port, whose messages
 * arrive as objects of another context), or in the capture dialog the keyboard shortcut opens;
 * and when the server was down at capture time and Firefox stopped the event page holding the
 * unsent change, the next event page sends it once the server is back. The sidebar
 * (`sidebar_action`) shows the same person's data.
 */
import { uuidv7 } from '@sightline/sdk/model';
import { beforeAll, expect, it } from 'vitest';
import { TOOL_PAGES } from '../extension/support/tool-pages';
import { eventPageState, pressCommandKey, showSidebar, stopEventPage } from './support/browser-chrome';
import type { Scope } from './support/driver';
import { feedbackForm, recordPanel, sendSelfReflection, submitStatus } from './support/record-panel';
import { describeInFirefox } from './support/session';
import { feedbackGivenItem, SYNC_SUMMARY } from './support/side-panel';
import { feedbackRowsWithBody, syncRejections } from '../extension/support/server-rows';

/** Lena Vogel, a support agent in the demo org. */
const EMAIL = 'lena.vogel@northwind.example';
const TICKET = TOOL_PAGES.zendesk;
/** After an outage the engine retries with growing back-off, cut short by the minute's sync alarm. */
const AFTER_OUTAGE = { timeout: 75_000 };
const PANEL_FORM = feedbackForm(['[data-testid="record-feedback"]']);
const CAPTURE_FRAME = ['[data-testid="sightline-capture"] iframe'];

describeInFirefox('feedback on a Zendesk ticket in Firefox reaches the backend exactly once', { email: EMAIL, pages: [TICKET] }, (session) => {
  let ticket: Scope;
  let panel: Scope;
  let sidePanel: Scope;
  beforeAll(async () => {
    sidePanel = await session().openExtensionPage('sidepanel.html');
    ticket = await session().open(TICKET);
    panel = recordPanel(ticket);
    await panel.click(['[data-testid="record-feedback"] summary']);
  });

  const uniqueBody = (what: string) => `Talked the customer through the PDF export ${what} (${uuidv7()})`;
  const rowsWithBody = (body: string) => feedbackRowsWithBody(session().backend, body);
  const rejectedOnServer = () => syncRejections(session().backend);

  /** One row on the server, Lena's, linked to the ticket; and nothing refused on the way. */
  async function expectOnServerOnce(body: string): Promise<void> {
    await sidePanel.waitForElement(SYNC_SUMMARY, { text: 'All changes synced' });
    expect(await rowsWithBody(body)).toEqual([{ email: EMAIL, context: TICKET.record }]);
    expect(await rejectedOnServer()).toEqual([]);
  }

  it('sends it at once from the ticket panel, linked to the ticket', async () => {
    const body = uniqueBody('online');
    await sendSelfReflection(panel, PANEL_FORM, body);
    await expect.poll(() => rowsWithBody(body)).not.toEqual([]);
    await panel.waitForElement(submitStatus(PANEL_FORM), { text: 'Saved and synced' });
    await expectOnServerOnce(body);
    expect(await feedbackGivenItem(sidePanel, body)).toContain(TICKET.record.title);
  });

  it('opens capture over the ticket with the shortcut and sends what is written there once', async () => {
    await ticket.activate();
    expect(await pressCommandKey(session().driver)).toBe('alt,shift+F');
    const capture = ticket.frame(CAPTURE_FRAME);
    await capture.waitForElement(['[data-testid="capture-dialog"]'], { text: `About your work on ${TICKET.record.title}` });
    const body = uniqueBody('from the capture dialog');
    await sendSelfReflection(capture, feedbackForm(['[data-testid="capture-dialog"]']), body);
    // It closes by itself once the confirmation has been read out.
    await ticket.waitUntil('capture to close', () => !document.querySelector('[data-testid="sightline-capture"]'), []);
    await expect.poll(() => rowsWithBody(body)).not.toEqual([]);
    await expectOnServerOnce(body);
  });

  it('keeps it while the server is down and sends it once from the next event page when the server is back', async () => {
    await session().stopBackend();
    const body = uniqueBody('during an outage, across an event page restart');
    await sendSelfReflection(panel, PANEL_FORM, body);
    await panel.waitForElement(submitStatus(PANEL_FORM), { text: 'Saved on this device; will sync' });
    await sidePanel.waitForElement(SYNC_SUMMARY, { text: 'Syncing 1 change…' });

    expect(await stopEventPage(session().driver)).toBe('stopped');
    await session().restartBackend();
    // The pages' ports reconnect, which wakes the event page; it finds the change in IndexedDB.
    await sidePanel.waitForElement(SYNC_SUMMARY, { text: 'All changes synced', ...AFTER_OUTAGE });
    expect(await eventPageState(session().driver)).toBe('running');
    await expectOnServerOnce(body);
    // The panel open since before the stop reconnected to the new event page with its nonce
    // (its claim kept in storage.session) and hears the server's acknowledgement.
    await panel.waitForElement(submitStatus(PANEL_FORM), { text: 'Saved and synced' });

    // The content script registration outlives the event page: a fresh page gets its panel.
    await ticket.reload();
    await recordPanel(ticket).waitForElement(['[data-testid="ticketing-panel"]'], { text: 'Median first response time' });
  });

  it("shows the person's goals in the sidebar", async () => {
    await showSidebar(session().driver);
    const sidebar = await session().options.waitUntil(
      'the sidebar to show goals',
      () => {
        const { extension } = (globalThis as unknown as { browser: { extension: { getViews(filter: { type: string }): Window[] } } }).browser;
        const [view] = extension.getViews({ type: 'sidebar' });
        const goals = view?.document.querySelector('[data-testid="my-goals"] sightline-goals')?.shadowRoot?.querySelectorAll('li.goal').length ?? 0;
        return goals > 0 ? view!.location.pathname : null;
      },
      [],
    );
    expect(sidebar).toBe('/sidepanel.html');
  });
});

/**
 * Feedback on a Zendesk ticket, written in the ticket's panel or the capture dialog, reaches
 * the backend exactly once: right away when the server is up, after the server comes back
 * when it was down at capture time, and
 * when the service worker holding the unsent change is stopped in between (Chrome stops idle
 * workers at will; the next worker must pick the change up from IndexedDB and send it once),
 * even when it stopped after the server had applied the change but before the answer came.
 */
import { uuidv7 } from '@sightline/sdk/model';
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { captureDialog, captureOverlay, openCaptureInTab } from './support/capture';
import { sendSelfReflection, submitStatus } from './support/feedback-form';
import { recordPanel } from './support/record-panel';
import { describeWithExtension } from './support/session';
import { feedbackGiven, openSidePanel, syncSummary } from './support/side-panel';
import { TOOL_PAGES } from './support/tool-pages';
import { feedbackRowsWithBody, syncRejections } from './support/server-rows';

/** Lena Vogel, a support agent in the demo org. */
const EMAIL = 'lena.vogel@northwind.example';
const TICKET = TOOL_PAGES.zendesk;
/**
 * After an outage the engine retries with growing back-off, and the sync alarm (every minute)
 * cuts any back-off short: within a minute and a bit the change must be through.
 */
const AFTER_OUTAGE = { timeout: 75_000 };

describeWithExtension('feedback on a Zendesk ticket reaches the backend exactly once', { email: EMAIL, pages: [TICKET] }, (session) => {
  let ticket: Page;
  let panel: FrameLocator;
  let sidePanel: Page;
  beforeAll(async () => {
    ticket = await session().open(TICKET);
    panel = recordPanel(ticket);
    await panel.getByTestId('record-feedback').locator('summary').click();
    sidePanel = await openSidePanel(session().browser);
  });

  const form = () => panel.getByTestId('record-feedback').locator('sightline-feedback');
  const uniqueBody = (what: string) => `Talked the customer through the PDF export ${what} (${uuidv7()})`;
  const rowsWithBody = (body: string) => feedbackRowsWithBody(session().backend, body);
  const rejectedOnServer = () => syncRejections(session().backend);

  /** One row on the server, Lena's, linked to the ticket; and nothing refused on the way. */
  async function expectOnServerOnce(body: string): Promise<void> {
    expect(await rowsWithBody(body)).toEqual([{ email: EMAIL, context: TICKET.record }]);
    expect(await rejectedOnServer()).toEqual([]);
  }

  /** Sends feedback while the server is down and checks it waits, unsent, in the extension. */
  async function captureWhileDown(body: string): Promise<void> {
    await session().stopBackend();
    await sendSelfReflection(form(), body);
    await submitStatus(form()).getByText('Saved on this device; will sync').waitFor();
    await syncSummary(sidePanel).getByText('Syncing 1 change…').waitFor();
    await (await feedbackGiven(sidePanel)).filter({ hasText: body }).getByText('not yet synced').waitFor();
  }

  it('sends it at once while the server is up, linked to the ticket', async () => {
    const body = uniqueBody('online');
    await sendSelfReflection(form(), body);
    // Once it is on the server and nothing is left to send, a second copy would be there too.
    await expect.poll(() => rowsWithBody(body)).not.toEqual([]);
    await submitStatus(form()).getByText('Saved and synced').waitFor();
    await expectOnServerOnce(body);
    await (await feedbackGiven(sidePanel)).filter({ hasText: body }).getByRole('link', { name: TICKET.record.title! }).waitFor();
  });

  it('sends feedback from the capture dialog over the ticket once, linked to the ticket', async () => {
    // The shortcut works on the tab in front.
    await ticket.bringToFront();
    await openCaptureInTab(session().browser, TICKET.url);
    const dialog = captureDialog(ticket);
    await dialog.getByText(`About your work on ${TICKET.record.title}`).waitFor();
    const body = uniqueBody('from the capture dialog');
    await sendSelfReflection(dialog.locator('sightline-feedback'), body);
    // It closes by itself once the confirmation has been read out.
    await captureOverlay(ticket).waitFor({ state: 'detached' });
    await expect.poll(() => rowsWithBody(body)).not.toEqual([]);
    await syncSummary(sidePanel).getByText('All changes synced').waitFor();
    await expectOnServerOnce(body);
  });

  it('keeps it while the server is down and sends it once when the server is back', async () => {
    const body = uniqueBody('during an outage');
    await captureWhileDown(body);
    await session().restartBackend();
    await syncSummary(sidePanel).getByText('All changes synced').waitFor(AFTER_OUTAGE);
    await expectOnServerOnce(body);
  });

  it('sends it once from the next service worker when the one holding it was stopped', async () => {
    const body = uniqueBody('before the worker stopped');
    await captureWhileDown(body);
    await session().browser.stopServiceWorker();
    await session().restartBackend();
    await syncSummary(sidePanel).getByText('All changes synced').waitFor(AFTER_OUTAGE);
    await expectOnServerOnce(body);
  });

  it('sends it once when the worker stopped after the server applied it but before the answer arrived', async () => {
    const body = uniqueBody('as the worker stopped mid-push');
    const answer = session().backend.holdNextPushAnswer();
    await sendSelfReflection(form(), body);
    await answer.applied;
    expect(await rowsWithBody(body)).toHaveLength(1);
    await syncSummary(sidePanel).getByText('Syncing 1 change…').waitFor();
    await session().browser.stopServiceWorker();
    answer.release();
    // The next worker still has the change in its outbox and pushes it again; the server must skip it.
    await syncSummary(sidePanel).getByText('All changes synced').waitFor(AFTER_OUTAGE);
    await expectOnServerOnce(body);
  });
});

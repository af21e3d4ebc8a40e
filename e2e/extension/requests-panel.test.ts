/**
 * A peer answers a feedback request from the side panel: the request reaches the extension by
 * sync, the background counts it on the toolbar badge and lists it in the Due view, the
 * Requests view answers it, and the server then holds the answer as feedback linked to the
 * request, which it marks answered; the badge counts one less.
 */
import { uuidv7 } from '@sightline/sdk/model';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { devSignIn } from './support/backend';
import { describeWithExtension } from './support/session';
import { openSidePanel } from './support/side-panel';
import { TOOL_PAGES } from './support/tool-pages';

/** Grace Liu, a support team lead; Lena Vogel, on her team, asks her for feedback. */
const GRACE = 'grace.liu@northwind.example';
const LENA = 'lena.vogel@northwind.example';
const PROMPT = `Was my escalation summary on the Harbor & Pine ticket complete? (${uuidv7()})`;
const ANSWER = 'Complete and easy to act on; lead with the customer impact next time.';

describeWithExtension('answering a feedback request from the side panel', { email: GRACE, pages: [TOOL_PAGES.zendesk] }, (session) => {
  let panel: Page;
  let worker: Worker;
  const db = () => session().backend.database.db;
  const personId = async (email: string) => (await db().selectFrom('persons').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  type ActionApi = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
  const badge = () => worker.evaluate(() => (globalThis as unknown as ActionApi).chrome.action.getBadgeText({}));

  beforeAll(async () => {
    // Lena asks, from her own client: a request already past its due date, so it is due now.
    const token = await devSignIn(session().backend, LENA);
    const args = { id: uuidv7(), recipientId: await personId(GRACE), subjectId: await personId(LENA), prompt: PROMPT, dueOn: '2026-01-05' };
    const response = await fetch(`${session().backend.url}/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ clientId: uuidv7(), mutations: [{ id: uuidv7(), seq: 1, name: 'feedbackRequest.create', args, at: new Date().toISOString() }] }),
    });
    expect(await response.json()).toMatchObject({ results: [{ status: 'applied' }] });
    worker = await session().browser.serviceWorker();
    panel = await openSidePanel(session().browser);
  });

  it('counts the request on the badge, lists it as due, and answers it into feedback linked to the request', async () => {
    await panel.getByTestId('view-due').click();
    const dueItems = panel.getByTestId('due-items').getByRole('listitem');
    const dueRequest = dueItems.filter({ hasText: PROMPT });
    await dueRequest.waitFor();
    // WCAG 2.2 AA includes 24 x 24 px touch targets (2.5.8): the side panel's own controls too.
    expect(await axeViolations(panel)).toEqual([]);
    expect(await dueRequest.locator('strong').textContent()).toBe('Feedback for Lena Vogel');
    const dueBefore = await dueItems.count();
    await expect.poll(badge).toBe(String(dueBefore));

    await dueRequest.getByRole('button', { name: 'Answer' }).click();
    const inbox = panel.getByTestId('my-requests').locator('sightline-requests');
    const card = inbox.locator('li', { hasText: PROMPT });
    await card.getByRole('button', { name: 'Answer' }).click();
    await card.getByRole('combobox', { name: 'Kind of feedback' }).selectOption('coaching');
    await card.getByRole('textbox', { name: 'Your answer' }).fill(ANSWER);
    expect(await axeViolations(panel)).toEqual([]);
    await card.getByRole('button', { name: 'Send answer' }).click();
    await card.waitFor({ state: 'detached' });
    await inbox.getByRole('status').getByText('Saved and synced').waitFor();

    const request = await db().selectFrom('feedbackRequests').selectAll().where('prompt', '=', PROMPT).executeTakeFirstOrThrow();
    expect(request.status).toBe('answered');
    const answer = await db().selectFrom('feedback').selectAll().where('requestId', '=', request.id).executeTakeFirstOrThrow();
    expect(answer).toMatchObject({ id: request.feedbackId, body: ANSWER, kind: 'coaching', authorId: await personId(GRACE), subjectId: await personId(LENA) });

    await expect.poll(badge).toBe(dueBefore > 1 ? String(dueBefore - 1) : '');
    await panel.getByTestId('view-due').click();
    await dueRequest.waitFor({ state: 'detached' });
  });
});

/**
 * The requests inbox and the recognition feed on the demo intranet, in Chromium under the page's
 * strict CSP: the viewer answers a request asked of them in place, and the server then holds the
 * answer as feedback linked to the request, which it marks answered.
 */
import { expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';
import { syncSummary, widgetsRendered } from './support/widgets';

const PROMPT = 'Are my new refund macros clear enough to roll out to the whole team?';
const ANSWER = 'Yes: the refund macro reads well; add the expected payout date to the second one.';

describeInChromium('the requests inbox and the recognition feed', (browser) => {
  const server = sightlineForFile('requests-widgets');

  it('answers a request in place, and the server links the feedback to the request', async () => {
    const { context, page, watch } = await openWatched(browser(), `${server().url}/demo`);
    await widgetsRendered(page, watch);
    const { db } = server().database;

    const inbox = page.locator('sightline-requests');
    const card = inbox.locator('li', { hasText: PROMPT });
    await card.waitFor();
    expect(await card.locator('.asker').textContent()).toBe('Lena Vogel asks for feedback about their work');
    await card.getByRole('button', { name: 'Answer' }).click();
    await card.getByRole('combobox', { name: 'Kind of feedback' }).selectOption('coaching');
    await card.getByRole('textbox', { name: 'Your answer' }).fill(ANSWER);
    await card.getByRole('button', { name: 'Send answer' }).click();
    await card.waitFor({ state: 'detached' });
    await inbox.getByRole('status').getByText('Saved and synced').waitFor();
    await syncSummary(page).getByText('All changes synced').waitFor();

    const request = await db.selectFrom('feedbackRequests').selectAll().where('prompt', '=', PROMPT).executeTakeFirstOrThrow();
    expect(request.status).toBe('answered');
    const answer = await db.selectFrom('feedback').selectAll().where('requestId', '=', request.id).executeTakeFirstOrThrow();
    expect(answer).toMatchObject({ id: request.feedbackId, body: ANSWER, kind: 'coaching', subjectId: request.subjectId, authorId: request.recipientId });

    // Recognition: the org-wide praise the server let this viewer see, newest first.
    const praise = await db
      .selectFrom('feedback')
      .select('body')
      .where('kind', '=', 'praise')
      .where('visibility', '=', 'org')
      .where('deletedAt', 'is', null)
      .orderBy('createdAt', 'desc')
      .limit(5)
      .execute();
    expect(praise.length).toBeGreaterThan(0);
    const feed = page.locator('sightline-feedback-feed');
    await feed.locator('.body').first().waitFor();
    expect(await feed.locator('.body').allTextContents()).toEqual(praise.map((p) => p.body));

    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    await context.close();
  });
});

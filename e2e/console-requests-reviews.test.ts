/**
 * Feedback requests and reviews in the console against a real server. A demo manager asks a
 * peer for feedback about one of their reports; the peer answers from the console inbox (offline,
 * then back online) and the server holds the feedback linked to the request, the request
 * answered. The manager starts a review of a report: it shows the period's feedback with a link
 * back to the record it was given on (the href the server stored), is submitted and shared, and
 * the database says so; a people admin then finds that rating in the calibration table. axe
 * passes on each page in light and dark.
 */
import { demoManagerLogin, issueToken } from '@sightline/backend';
import { expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { signInWithToken } from './support/console-flows';
import { answerRequest, askForFeedback, inboxEntry } from './support/coaching-flows';
import { describeInChromium } from './support/chromium';
import { openWatched, type PageWatch } from './support/page-watch';
import { sightlineForFile } from './support/servers';

const expectNoPageProblems = async (watch: PageWatch) => {
  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
};
const asObject = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

describeInChromium('the console: feedback requests and reviews', (browser) => {
  const server = sightlineForFile('console-requests-reviews');

  const axeInBothSchemes = async (page: import('playwright-core').Page) => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  };

  it('a peer answers a request from the console inbox, and the server links the feedback to it', async () => {
    const login = (await demoManagerLogin(server().database))!;
    const db = server().database.db;
    const manager = await db.selectFrom('persons').select(['id', 'orgId']).where('id', '=', login.person.id).executeTakeFirstOrThrow();
    const report = await db.selectFrom('persons').select(['id', 'name']).where('managerId', '=', manager.id).where('active', '=', true).orderBy('name').executeTakeFirstOrThrow();
    const peer = await db
      .selectFrom('persons')
      .select(['id', 'name'])
      .where('orgId', '=', manager.orgId)
      .where('active', '=', true)
      .where('id', 'not in', [manager.id, report.id])
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const prompt = `How did ${report.name} handle the billing escalation? (${Date.now()})`;

    const asking = await openWatched(browser(), `${server().url}/app`);
    await signInWithToken(asking.page, login.token);
    await asking.page.waitForURL('**/app/team');
    await asking.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Requests/ }).click();
    await asking.page.getByRole('heading', { name: 'Feedback requests', level: 1 }).waitFor();
    expect(new URL(asking.page.url()).pathname).toBe('/app/requests');
    await axeInBothSchemes(asking.page);
    await askForFeedback(asking.page, { aboutName: report.name, recipientName: peer.name, prompt, dueOn: '2026-12-31' });
    const request = await expect
      .poll(() => db.selectFrom('feedbackRequests').select(['id', 'requesterId', 'recipientId', 'subjectId', 'status', 'dueOn']).where('prompt', '=', prompt).execute(), { timeout: 30_000 })
      .toHaveLength(1)
      .then(() => db.selectFrom('feedbackRequests').selectAll().where('prompt', '=', prompt).executeTakeFirstOrThrow());
    expect(request).toMatchObject({ requesterId: manager.id, recipientId: peer.id, subjectId: report.id, status: 'open' });
    await asking.page.locator('#sent-heading + ul > li').filter({ hasText: prompt }).getByText('Open').waitFor();

    const { token } = await issueToken(db, { orgId: manager.orgId, personId: peer.id, kind: 'person', name: 'e2e peer' });
    const answering = await openWatched(browser(), `${server().url}/app`);
    await signInWithToken(answering.page, token);
    await answering.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Requests/ }).waitFor();
    // The nav says how many requests wait; the keyboard leads to the inbox.
    await answering.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /requests? waits? for your answer/ }).waitFor();
    await answering.page.locator('body').press('g');
    await answering.page.locator('body').press('r');
    await answering.page.getByRole('heading', { name: 'Feedback requests', level: 1 }).waitFor();
    await inboxEntry(answering.page, prompt).waitFor();
    await axeInBothSchemes(answering.page);

    // Answered offline: a synced mutation, so it leaves the inbox at once and reaches the server once back online.
    const body = `Calm, clear, and she looped in billing early (${Date.now()})`;
    await answering.context.setOffline(true);
    await answerRequest(answering.page, prompt, body);
    await inboxEntry(answering.page, prompt).waitFor({ state: 'detached' });
    await answering.context.setOffline(false);
    const feedback = await expect
      .poll(() => db.selectFrom('feedback').select(['id', 'authorId', 'subjectId', 'kind', 'requestId']).where('body', '=', body).execute(), { timeout: 30_000 })
      .toEqual([expect.objectContaining({ authorId: peer.id, subjectId: report.id, kind: 'coaching', requestId: request.id })])
      .then(() => db.selectFrom('feedback').select('id').where('body', '=', body).executeTakeFirstOrThrow());
    await expect
      .poll(() => db.selectFrom('feedbackRequests').select(['status', 'feedbackId']).where('id', '=', request.id).executeTakeFirst(), { timeout: 30_000 })
      .toEqual({ status: 'answered', feedbackId: feedback.id });
    // The requester's list follows the server.
    await asking.page.locator('#sent-heading + ul > li').filter({ hasText: prompt }).getByText('Answered').waitFor({ timeout: 30_000 });

    for (const { watch, context } of [asking, answering]) {
      await expectNoPageProblems(watch);
      await context.close();
    }
  });

  it('a review shows the period’s feedback linked to its record, and a manager submits and shares it', async () => {
    const login = (await demoManagerLogin(server().database))!;
    const db = server().database.db;
    const cycle = await db.selectFrom('cycles').select(['id', 'startsOn', 'endsOn']).where('deletedAt', 'is', null).orderBy('startsOn', 'desc').executeTakeFirstOrThrow();
    const reports = await db.selectFrom('persons').select(['id', 'name']).where('managerId', '=', login.person.id).where('active', '=', true).execute();
    // Feedback about a report with the record it was given on, that the manager may see.
    const candidates = await db
      .selectFrom('feedback')
      .select(['subjectId', 'context', 'createdAt', 'visibility', 'authorId'])
      .where('subjectId', 'in', reports.map((r) => r.id))
      .where('context', 'is not', null)
      .where('deletedAt', 'is', null)
      .execute();
    const dayOf = (at: unknown) => new Date(at as string).toISOString().slice(0, 10);
    const inPeriod = candidates.filter((f) => (f.visibility !== 'private' || f.authorId === login.person.id) && dayOf(f.createdAt) >= cycle.startsOn && dayOf(f.createdAt) <= cycle.endsOn);
    const given = inPeriod[0];
    expect(given, 'the demo org has feedback with a record about a report in the current cycle').toBeDefined();
    const context = asObject<{ url: string; title: string | null }>(given!.context);
    const subject = reports.find((r) => r.id === given!.subjectId)!;

    const { page, watch, context: browserContext } = await openWatched(browser(), `${server().url}/app`);
    await signInWithToken(page, login.token);
    await page.waitForURL('**/app/team');
    await page.locator('body').press('g');
    await page.locator('body').press('v');
    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    await axeInBothSchemes(page);
    await page.getByRole('button', { name: `Start a manager review of ${subject.name}` }).click();
    await page.waitForURL('**/app/reviews/*');
    const reviewId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: `Review of ${subject.name}`, level: 1 }).waitFor();
    await page.getByRole('note').getByText('only you can see it.').waitFor();

    const evidence = page.getByRole('complementary', { name: 'Evidence from the period' });
    const link = evidence.locator(`a[href="${context.url}"]`).first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(context.url);
    if (context.title) expect(await link.textContent()).toBe(context.title);
    await axeInBothSchemes(page);

    const answer = `Pattern: she turns escalations into fixes for the whole queue (${Date.now()})`;
    await page.getByRole('main').locator('textarea').first().fill(answer);
    await page.getByLabel(/^Overall rating/).selectOption('4');
    await page.getByRole('button', { name: 'Save draft' }).click();
    // Starting the review already stored an empty draft: wait for this save's answers and rating.
    await expect
      .poll(() => db.selectFrom('reviews').select(['status', 'reviewerId', 'subjectId', 'kind', 'cycleId', 'rating']).where('id', '=', reviewId).executeTakeFirst(), { timeout: 30_000 })
      .toEqual({ status: 'draft', reviewerId: login.person.id, subjectId: subject.id, kind: 'manager', cycleId: cycle.id, rating: 4 });
    // The review's URL opens the saved draft as it was left.
    await page.reload();
    await page.getByRole('heading', { name: `Review of ${subject.name}`, level: 1 }).waitFor();
    expect(await page.getByRole('main').locator('textarea').first().inputValue()).toBe(answer);
    expect(await page.getByLabel(/^Overall rating/).inputValue()).toBe('4');
    await page.getByRole('button', { name: 'Submit (final)' }).click();
    await page.getByRole('note').getByText(`${subject.name} cannot yet.`, { exact: false }).waitFor();
    await expect.poll(() => db.selectFrom('reviews').select(['status', 'rating']).where('id', '=', reviewId).executeTakeFirst(), { timeout: 30_000 }).toEqual({ status: 'submitted', rating: 4 });
    const stored = asObject<Array<{ key: string; answer: string | null }>>((await db.selectFrom('reviews').select('answers').where('id', '=', reviewId).executeTakeFirstOrThrow()).answers);
    expect(stored[0]).toEqual({ key: 'patterns', answer });

    await page.getByRole('button', { name: `Share with ${subject.name}` }).click();
    await page.getByRole('note').getByText(`${subject.name} can see it too`, { exact: false }).waitFor();
    await expect.poll(() => db.selectFrom('reviews').select('status').where('id', '=', reviewId).executeTakeFirst(), { timeout: 30_000 }).toEqual({ status: 'shared' });
    await axeInBothSchemes(page);

    await expectNoPageProblems(watch);
    await browserContext.close();
  });

  // After the test above: its shared manager review is the cycle's one rating (the demo seeds none).
  it('a people admin sees ratings per reviewer against the org in an accessible table', async () => {
    const login = (await demoManagerLogin(server().database))!;
    const db = server().database.db;
    const admin = await db.selectFrom('persons').select(['id', 'orgId']).where('role', '=', 'people_admin').where('active', '=', true).orderBy('name').executeTakeFirstOrThrow();
    const { token } = await issueToken(db, { orgId: admin.orgId, personId: admin.id, kind: 'person', name: 'e2e people admin' });
    const { page, watch, context } = await openWatched(browser(), `${server().url}/app`);
    await signInWithToken(page, token);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibration' }).waitFor();
    await page.locator('body').press('g');
    await page.locator('body').press('l');
    const table = page.getByRole('table', { name: 'Ratings per reviewer, highest offset first' });
    const row = table.getByRole('row', { name: new RegExp(`^${login.person.name}`) });
    await row.waitFor();
    // Offset, count, mean, calibrated mean, then how many ratings of 1 to 5.
    expect(await row.getByRole('cell').allTextContents()).toEqual(['±0', '1', '4', '–', '0', '0', '0', '1', '0']);
    expect(await table.getByRole('row', { name: /^Whole organisation/ }).getByRole('cell').allTextContents()).toEqual(['–', '1', '4', '–', '0', '0', '0', '1', '0']);
    await axeInBothSchemes(page);
    await expectNoPageProblems(watch);
    await context.close();
  });
});

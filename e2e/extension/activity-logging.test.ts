/**
 * One-click activity logging from a Salesforce opportunity: however often the rep clicks
 * "Log activity" and reloads, the backend holds one value of that KPI for that record.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { recordPanel } from './support/record-panel';
import { describeWithExtension } from './support/session';
import { openSidePanel, syncSummary } from './support/side-panel';
import { TOOL_PAGES } from './support/tool-pages';

/** Ryan O'Connor, an account executive whose goal counts qualified meetings booked. */
const EMAIL = 'ryan.oconnor@northwind.example';
const GOAL = 'Book 8 qualified meetings a week';
const KPI = 'Qualified meetings booked this week';
const OPPORTUNITY = TOOL_PAGES.salesforce;

describeWithExtension('activity logging on a Salesforce opportunity', { email: EMAIL, pages: [OPPORTUNITY] }, (session) => {
  let sidePanel: Page;
  let metricId: string;
  beforeAll(async () => {
    sidePanel = await openSidePanel(session().browser);
    ({ id: metricId } = await session().backend.database.db.selectFrom('metrics').select('id').where('name', '=', KPI).executeTakeFirstOrThrow());
  });

  /** The values of the KPI on the server that were logged against this opportunity. */
  const valuesOnTheRecord = async () => {
    const values = await session()
      .backend.database.db.selectFrom('metricValues as v')
      .innerJoin('persons as p', 'p.id', 'v.recordedBy')
      .select(['p.email', 'v.context'])
      .where('v.metricId', '=', metricId)
      .execute();
    return values.filter(({ context }) => context?.recordId === OPPORTUNITY.record.recordId);
  };
  const logButton = (page: Page) => recordPanel(page).getByTestId('crm-panel').getByTestId(`log-activity-${metricId}`);

  it('records one value for two clicks and a reload', async () => {
    await sidePanel.getByTestId('my-goals').getByText(GOAL, { exact: true }).waitFor();
    const page = await session().open(OPPORTUNITY);
    await expect.poll(() => logButton(page).textContent()).toBe('Log activity');
    expect(await valuesOnTheRecord()).toEqual([]);

    // A double click: the second lands before or after the button disables itself.
    await logButton(page).dblclick();
    await expect.poll(() => logButton(page).textContent()).toBe('Logged');
    // Once the first value is on the server and nothing is left to send, a second would be there too.
    await expect.poll(valuesOnTheRecord).not.toEqual([]);
    await syncSummary(sidePanel).getByText('All changes synced').waitFor();
    expect(await valuesOnTheRecord()).toEqual([{ email: EMAIL, context: OPPORTUNITY.record }]);

    await page.reload();
    await expect.poll(() => logButton(page).textContent()).toBe('Logged');
    expect(await logButton(page).isDisabled()).toBe(true);
    await syncSummary(sidePanel).getByText('All changes synced').waitFor();
    expect(await valuesOnTheRecord()).toEqual([{ email: EMAIL, context: OPPORTUNITY.record }]);
  });
});

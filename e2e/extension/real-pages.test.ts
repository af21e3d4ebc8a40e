/**
 * One page per tool category written the way the real products render them, noise included:
 * a ticket workspace that keeps an earlier ticket's pane mounted (hidden by its CSS), renders
 * the sidebar late, pins its submit button to the bottom right and styles every iframe away;
 * a CRM that changes the URL before it swaps record pages; a docs app that swaps the page in
 * place. The panel never covers a host control, never shows another record's fields, and
 * follows the page to the anchor and through navigation.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { panelPayload, panelPayloads, panelPlacement, recordPanel } from './support/record-panel';
import { describeWithExtension } from './support/session';
import { TOOL_PAGES, type ToolPage } from './support/tool-pages';

const EMAIL = 'tomas.silva@northwind.example';

const ZENDESK_LOADING: ToolPage = {
  tool: 'zendesk',
  label: 'Zendesk',
  category: 'ticketing',
  fixture: 'zendesk/ticket-tabs-loading.html',
  url: 'https://acme.zendesk.com/agent/tickets/4711',
  record: { tool: 'zendesk', recordType: 'ticket', recordId: '4711', url: 'https://acme.zendesk.com/agent/tickets/4711', title: 'Printer jams on every second page', customer: 'Initech Ltd' },
  anchor: { selector: 'section[data-entity-id="4711"] [data-test-id="ticket-properties-sidebar"]', placement: 'first' },
};

const SALESFORCE_NAVIGATION: ToolPage = {
  tool: 'salesforce',
  label: 'Salesforce',
  category: 'crm',
  fixture: 'salesforce/lightning-navigation.html',
  url: 'https://wayne.lightning.force.com/lightning/r/Opportunity/0068c00000QxT2rAAF/view',
  record: TOOL_PAGES.salesforce.record,
  anchor: TOOL_PAGES.salesforce.anchor,
};

/** Host controls on screen whose centre a click would not reach: something of ours lies over them. */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll('button, input, a[href], [role="tab"], [role="combobox"]')].filter((control) => control.checkVisibility());
    return controls.flatMap((control) => {
      const box = control.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return [];
      const hit = document.elementFromPoint(x, y);
      return hit && control.contains(hit) ? [] : [`${control.outerHTML.slice(0, 80)} under ${hit?.tagName}`];
    });
  });
}

describeWithExtension('pages as the real tools render them', { email: EMAIL, pages: [ZENDESK_LOADING, SALESFORCE_NAVIGATION, TOOL_PAGES.notion] }, (session) => {
  it('ticketing: shown at once, docked off every control, then at the sidebar of the ticket on screen', async () => {
    const page = await session().open(ZENDESK_LOADING);
    await page.getByTestId('sightline-dock-toggle').waitFor();
    expect(await coveredControls(page)).toEqual([]);
    // Opened, it shows the ticket's panel even though the host hides every iframe it styles.
    await page.getByTestId('sightline-dock-toggle').click();
    await recordPanel(page).getByText('Median first response time', { exact: true }).waitFor();

    // The workspace renders the active ticket's sidebar late.
    await page.evaluate(() => {
      document.querySelector('section[data-entity-id="4711"]')!.insertAdjacentHTML(
        'beforeend',
        '<aside data-test-id="ticket-properties-sidebar" aria-label="Ticket properties" role="complementary"><label>Organization</label><div data-test-id="ticket-system-field-organization-select" role="combobox" aria-label="Organization"><span>Initech Ltd</span></div></aside>',
      );
    });
    await expect.poll(() => panelPlacement(page, ZENDESK_LOADING.anchor.selector)).toBe('first');
    await expect.poll(() => panelPayload(session().browser, page).then((payload) => payload.record)).toEqual(ZENDESK_LOADING.record);
    await recordPanel(page).getByText('Median first response time', { exact: true }).waitFor();
    await page.close();
  });

  it('CRM: after navigating to the account, the panel has the account, in the page on screen, never the opportunity kept a moment', async () => {
    const page = await session().open(SALESFORCE_NAVIGATION);
    await expect.poll(() => panelPayload(session().browser, page).then((payload) => payload.record.recordType)).toBe('opportunity');
    await page.getByRole('link', { name: 'Wayne Enterprises' }).click();
    const account = { tool: 'salesforce', recordType: 'account', recordId: '0018c00000Rt9MnAAJ', url: 'https://wayne.lightning.force.com/lightning/r/Account/0018c00000Rt9MnAAJ/view', title: 'Wayne Enterprises', customer: 'Wayne Enterprises' };
    await expect.poll(() => panelPayload(session().browser, page).then((payload) => payload.record)).toEqual(account);
    expect(await panelPlacement(page, '.oneContent.active records-highlights2')).toBe('after');
    // No panel ever got the opportunity's name for the account while Lightning kept its page.
    const forAccount = (await panelPayloads(session().browser, page)).filter((payload) => payload.record.recordType === 'account');
    expect(forAccount.map((payload) => payload.record.title)).toEqual(forAccount.map(() => 'Wayne Enterprises'));
    await recordPanel(page).getByTestId('crm-panel').waitFor();
    await page.close();
  });

  it('docs: the page swapped in place gets its own panel before its content', async () => {
    const page = await session().open(TOOL_PAGES.notion);
    await expect.poll(() => panelPayload(session().browser, page).then((payload) => payload.record.title)).toBe('Support escalation guide');
    await page.locator('.notion-sidebar').getByRole('link', { name: 'Quarterly goals' }).click();
    await expect.poll(() => panelPayload(session().browser, page).then((payload) => payload.record)).toEqual({
      tool: 'notion',
      recordType: 'page',
      recordId: '1234567890abcdef1234567890abcdef',
      url: 'https://www.notion.so/acme/Quarterly-goals-1234567890abcdef1234567890abcdef',
      title: 'Quarterly goals',
      customer: null,
    });
    expect(await panelPlacement(page, 'main .notion-page-content')).toBe('before');
    await recordPanel(page).getByRole('heading', { name: 'Company goals' }).waitFor();
    await page.close();
  });
});

/**
 * The built extension on every tool it supports: signed in through its options page as a
 * support team lead, it mounts its panel at each tool's anchor with the record read from the
 * page, and the panel of the tool's category shows that person's goals and KPIs as synced
 * from the backend.
 */
import type { FrameLocator } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { panelPayload, panelPlacement, recordPanel } from './support/record-panel';
import { describeWithExtension } from './support/session';
import { ALL_TOOL_PAGES, type Category, type ToolPage } from './support/tool-pages';

/** Tomás Silva leads Tier 1 of Customer Support in the demo org. */
const EMAIL = 'tomas.silva@northwind.example';

/** What each category's panel shows Tomás, from the demo seed. */
const SHOWS: Record<Category, (panel: FrameLocator, page: ToolPage) => Promise<void>> = {
  async ticketing(panel, { record }) {
    const ticketing = panel.getByTestId('ticketing-panel');
    await ticketing.getByText('Median first response time', { exact: true }).waitFor();
    await ticketing.locator('sightline-goals').getByText('Coach Tier 1 to resolve billing questions on first contact', { exact: true }).waitFor();
    // Feedback given here is linked to the record on screen.
    await ticketing.getByTestId('record-feedback').locator('summary').click();
    await expect.poll(() => ticketing.getByText('Linked to:').textContent()).toContain(`#${record.recordId} — ${record.title}`);
  },
  async crm(panel) {
    const crm = panel.getByTestId('crm-panel');
    await crm.getByText('Tier 1 QA score', { exact: true }).waitFor();
    await expect.poll(() => crm.getByTestId('aligned-goal').textContent()).toContain('Answer every customer faster');
    // A percentage is measured, not logged one activity at a time.
    expect(await crm.locator('[data-testid^="log-activity-"]').count()).toBe(0);
  },
  async docs(panel, { record }) {
    const docs = panel.getByTestId('docs-panel');
    // The CS space and the CustomerSuccess site belong to Customer Success; a page with no space shows the company's goals.
    const [heading, goal] = record.customer ? ['Goals of Customer Success', 'Get new customers live in under 30 days'] : ['Company goals', 'Delight customers at every touchpoint'];
    await docs.getByRole('heading', { name: heading }).waitFor();
    await docs.getByText(goal, { exact: true }).waitFor();
  },
};

describeWithExtension('extension panels on each tool', { email: EMAIL, pages: ALL_TOOL_PAGES }, (session) => {
  it.each(ALL_TOOL_PAGES.map((page) => [page.label, page] as const))('%s: the panel sits at the anchor with the record and real data', async (_label, toolPage) => {
    const page = await session().open(toolPage);
    // With no place of its own on the page, the panel docks folded: open it.
    if (toolPage.anchor.placement === 'last') await page.getByTestId('sightline-dock-toggle').click();
    const panel = recordPanel(page);
    await panel.getByText(`Sightline · ${toolPage.label}`).waitFor();

    expect(await panelPayload(session().browser, page)).toEqual({ label: toolPage.label, category: toolPage.category, record: toolPage.record, outcome: null });
    expect(await panelPlacement(page, toolPage.anchor.selector)).toBe(toolPage.anchor.placement);
    await SHOWS[toolPage.category](panel, toolPage);
    // WCAG 2.2 AA inside the panel, 24 x 24 px touch targets (2.5.8) included.
    const frame = page.frames().find((f) => f.url().includes('/record-panel.html'));
    expect(frame, 'the record panel frame').toBeDefined();
    // A frame inside the tool's page: the page's own <h1> is the page's, not the panel's to add.
    expect((await axeViolations(frame!)).filter((v) => v.rule !== 'page-has-heading-one')).toEqual([]);
    await page.close();
  });
});

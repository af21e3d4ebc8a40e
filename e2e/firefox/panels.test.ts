/**
 * The Firefox build, installed as a temporary add-on and signed in through its options page
 * as a support team lead, on one tool of each kind: the panel mounts with the record read from
 * the page (Firefox's content-script sandbox sees host objects through Xray wrappers) and
 * shows that person's goals and KPIs, which reach the frame over runtime ports whose messages
 * are objects of another context. Every host stays optional: the extension holds the ones the
 * options page asked for, and no others.
 */
import { expect, it } from 'vitest';
import { toolAdapters } from '../../extension/hosts/index';
import { TOOL_PAGES, type ToolPage } from '../extension/support/tool-pages';
import type { Scope } from './support/driver';
import { panelPayload, recordPanel } from './support/record-panel';
import { describeInFirefox } from './support/session';

/** Tomás Silva leads Tier 1 of Customer Support in the demo org. */
const EMAIL = 'tomas.silva@northwind.example';
const PAGES = [TOOL_PAGES.zendesk, TOOL_PAGES.hubspot, TOOL_PAGES.confluence];

/** What each kind of panel shows Tomás, from the demo seed. */
const SHOWS: Record<string, (panel: Scope, page: ToolPage) => Promise<void>> = {
  async ticketing(panel, { record }) {
    const ticketing = ['[data-testid="ticketing-panel"]'];
    await panel.waitForElement([...ticketing], { text: 'Median first response time' });
    await panel.waitForElement([...ticketing, 'sightline-goals'], { text: 'Coach Tier 1 to resolve billing questions on first contact' });
    await panel.click([...ticketing, '[data-testid="record-feedback"] summary']);
    await panel.waitForElement([...ticketing, 'sightline-feedback', '.linked'], { text: `#${record.recordId} — ${record.title}` });
  },
  async crm(panel) {
    const crm = ['[data-testid="crm-panel"]'];
    await panel.waitForElement(crm, { text: 'Tier 1 QA score' });
    await panel.waitForElement([...crm, '[data-testid="aligned-goal"]'], { text: 'Answer every customer faster' });
  },
  async docs(panel) {
    const docs = ['[data-testid="docs-panel"]'];
    await panel.waitForElement([...docs, 'h2, h3'], { text: 'Goals of Customer Success' });
    await panel.waitForElement(docs, { text: 'Get new customers live in under 30 days' });
  },
};

describeInFirefox('the extension in Firefox on a ticketing tool, a CRM and a docs tool', { email: EMAIL, pages: PAGES }, (session) => {
  it('holds the server and the enabled tools as granted on the options page, and no other host', async () => {
    const granted = await session().options.run(async () => {
      const { permissions } = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).browser;
      return (await permissions.getAll()).origins ?? [];
    });
    const enabled = toolAdapters.filter((adapter) => PAGES.some((page) => page.tool === adapter.tool));
    // Firefox, like Chromium, reports a host grant with its path reset: `https://*.zendesk.com/*` for `.../agent/*`.
    const hostOf = (pattern: string) => pattern.replace(/^([^:]+:\/\/[^/]*).*$/, '$1/*');
    expect(granted.sort()).toEqual([...new Set(['http://127.0.0.1/*', ...enabled.flatMap((adapter) => adapter.matches.map(hostOf))])].sort());
  });

  it.each(PAGES.map((page) => [page.label, page] as const))('%s: the panel shows the record on screen and real data', async (_label, toolPage) => {
    const page = await session().open(toolPage);
    const panel = recordPanel(page);
    await panel.waitForElement(['header, main'], { text: `Sightline · ${toolPage.label}` });
    expect(await panelPayload(session().options, page)).toEqual({ label: toolPage.label, category: toolPage.category, record: toolPage.record, outcome: null });
    await SHOWS[toolPage.category]!(panel, toolPage);
    await page.close();
  });
});

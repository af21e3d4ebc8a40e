/**
 * One saved record page per tool (the adapters' fixtures in extension/hosts/fixtures), the
 * address it is served at under the tool's own hostname, and what the extension must make of
 * it: the record context handed to the panel, the panel's category, and where it mounts.
 */
import type { RecordContext } from '@sightline/sdk/model';

export type Category = 'ticketing' | 'crm' | 'docs';

export interface ToolPage {
  /** The tool's id: the options checkbox is `tool-<tool>`. */
  tool: RecordContext['tool'];
  /** The tool's name in the panel header, "Sightline · <label>". */
  label: string;
  category: Category;
  /** Under extension/hosts/fixtures. */
  fixture: string;
  url: string;
  record: RecordContext;
  /**
   * The element the panel mounts at (the one of the record on screen: tools keep earlier
   * records in the DOM, hidden) and how: inside it first, right after it, or floating as the
   * body's last child (a page with no known layout).
   */
  anchor: { selector: string; placement: 'first' | 'before' | 'after' | 'last' };
}

/** The record's tool and link are the page's own. */
const toolPage = (spec: Omit<ToolPage, 'record'> & { record: Omit<RecordContext, 'tool' | 'url'> }): ToolPage => ({
  ...spec,
  record: { tool: spec.tool, url: spec.url, ...spec.record },
});

export const TOOL_PAGES = {
  zendesk: toolPage({
    tool: 'zendesk',
    label: 'Zendesk',
    category: 'ticketing',
    fixture: 'zendesk/ticket.html',
    url: 'https://acme.zendesk.com/agent/tickets/1042',
    record: { recordType: 'ticket', recordId: '1042', title: 'Cannot export quarterly invoices to PDF', customer: 'Initech Ltd' },
    anchor: { selector: '[data-test-id="ticket-workspace"]:not([hidden]) [data-test-id="ticket-properties-sidebar"]', placement: 'first' },
  }),
  freshdesk: toolPage({
    tool: 'freshdesk',
    label: 'Freshdesk',
    category: 'ticketing',
    fixture: 'freshdesk/ticket.html',
    url: 'https://acme.freshdesk.com/a/tickets/5127',
    record: { recordType: 'ticket', recordId: '5127', title: 'Shipment tracking page shows 404', customer: 'Twin Peaks Logistics' },
    anchor: { selector: '[data-test-id="ticket-properties"]', placement: 'first' },
  }),
  jira: toolPage({
    tool: 'jira',
    label: 'Jira Service Management',
    category: 'ticketing',
    fixture: 'jira/queue-issue.html',
    url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-214',
    record: { recordType: 'issue', recordId: 'SUP-214', title: 'Badge printer offline at reception', customer: 'Wayne Enterprises' },
    anchor: { selector: '[data-testid="issue.views.issue-details.issue-layout.container-right"]', placement: 'first' },
  }),
  intercom: toolPage({
    tool: 'intercom',
    label: 'Intercom',
    category: 'ticketing',
    fixture: 'intercom/conversation.html',
    url: 'https://app.intercom.com/a/inbox/k9x2p1/inbox/shared/all/conversation/215000456',
    record: { recordType: 'conversation', recordId: '215000456', title: 'Seats not updating after upgrade', customer: 'Hamlin, Hamlin & McGill' },
    anchor: { selector: '[data-testid="conversation-details-sidebar"]', placement: 'first' },
  }),
  salesforce: toolPage({
    tool: 'salesforce',
    label: 'Salesforce',
    category: 'crm',
    fixture: 'salesforce/opportunity.html',
    url: 'https://wayne.lightning.force.com/lightning/r/Opportunity/0068c00000QxT2rAAF/view',
    record: { recordType: 'opportunity', recordId: '0068c00000QxT2rAAF', title: 'Wayne Enterprises - 500 Badge Printers', customer: 'Wayne Enterprises' },
    anchor: { selector: '.oneContent.active records-highlights2', placement: 'after' },
  }),
  hubspot: toolPage({
    tool: 'hubspot',
    label: 'HubSpot',
    category: 'crm',
    fixture: 'hubspot/contact.html',
    url: 'https://app.hubspot.com/contacts/4411223/record/0-1/551',
    record: { recordType: 'contact', recordId: '551', title: 'Leslie Knope', customer: 'Pawnee Parks Department' },
    anchor: { selector: '[data-selenium-test="right-sidebar"]', placement: 'first' },
  }),
  pipedrive: toolPage({
    tool: 'pipedrive',
    label: 'Pipedrive',
    category: 'crm',
    fixture: 'pipedrive/deal.html',
    url: 'https://acme.pipedrive.com/deal/1532',
    record: { recordType: 'deal', recordId: '1532', title: 'Vandelay Industries – latex import deal', customer: 'Vandelay Industries' },
    anchor: { selector: '[data-testid="deal-details-sidebar"]', placement: 'first' },
  }),
  confluence: toolPage({
    tool: 'confluence',
    label: 'Confluence',
    category: 'docs',
    fixture: 'confluence/page.html',
    url: 'https://acme.atlassian.net/wiki/spaces/CS/pages/2148237313/Support+team+goals+2026',
    // The space key travels as the customer: the docs panel picks the space's team with it.
    record: { recordType: 'page', recordId: '2148237313', title: 'Support team goals 2026', customer: 'CS' },
    anchor: { selector: '[data-testid="page-content-header"]', placement: 'after' },
  }),
  sharepoint: toolPage({
    tool: 'sharepoint',
    label: 'SharePoint',
    category: 'docs',
    fixture: 'sharepoint/site-page.html',
    url: 'https://acme.sharepoint.com/sites/CustomerSuccess/SitePages/Onboarding-playbook.aspx',
    // The site travels as the space, like a Confluence space key.
    record: { recordType: 'page', recordId: '/sites/customersuccess/sitepages/onboarding-playbook.aspx', title: 'Onboarding playbook', customer: 'CustomerSuccess' },
    anchor: { selector: '[data-automation-id="pageHeader"].pageHeader_root', placement: 'after' },
  }),
  notion: toolPage({
    tool: 'notion',
    label: 'Notion',
    category: 'docs',
    fixture: 'notion/page.html',
    url: 'https://www.notion.so/acme/Support-escalation-guide-8c1f2e4a9b3d4f6e8a7b5c3d2e1f0a9b',
    record: { recordType: 'page', recordId: '8c1f2e4a9b3d4f6e8a7b5c3d2e1f0a9b', title: 'Support escalation guide', customer: null },
    anchor: { selector: 'main .notion-page-content', placement: 'before' },
  }),
  web: toolPage({
    tool: 'web',
    label: 'Any website',
    category: 'docs',
    fixture: 'generic/article.html',
    url: 'https://www.acme.example/blog/weekly-check-ins',
    // The page's canonical link, without its tracking parameter, names the page.
    record: { recordType: 'page', recordId: 'https://www.acme.example/blog/weekly-check-ins', title: 'How we run weekly check-ins', customer: null },
    anchor: { selector: 'body', placement: 'last' },
  }),
} satisfies Record<string, ToolPage>;

export const ALL_TOOL_PAGES: readonly ToolPage[] = Object.values(TOOL_PAGES);

export const hostnameOf = (page: ToolPage): string => new URL(page.url).hostname;

/**
 * Jira Service Management: requests opened from a queue (list and issue side by side) or
 * directly under `/browse/`. The issue key is the record id.
 */
import { type AdapterSelectors, defineAdapter } from './define-adapter';

const selectors = {
  // The queue list shares the page with the issue; its headings must not be read as the summary.
  scope: ['[data-testid="issue.views.issue-details.issue-layout.issue-layout"]', '#jira-issue-view'],
  title: [
    '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
    'h1[data-testid*="summary"]',
    // Safe only because fields are read inside the issue scope, where the summary is the one h1.
    'h1',
  ],
  customer: [
    '[data-testid="issue.views.field.organization.read-view"]',
    '[aria-label="Organizations"] [role="listitem"]',
    '.organizations-field a',
  ],
  anchor: [
    '[data-testid="issue.views.issue-details.issue-layout.container-right"]',
    '[role="complementary"][aria-label="Details"]',
    '.issue-layout-right-column',
  ],
} as const satisfies AdapterSelectors;

const ISSUE_KEY = '([A-Z][A-Z0-9_]+-\\d+)';
const ISSUE_PATHS = [
  new RegExp(`^/browse/${ISSUE_KEY}/?$`, 'i'),
  new RegExp(`^/jira/servicedesk/projects/[A-Z][A-Z0-9_]+/queues/(?:[^/]+/)*${ISSUE_KEY}/?$`, 'i'),
];

export const jira = defineAdapter({
  tool: 'jira',
  label: 'Jira Service Management',
  category: 'ticketing',
  matches: ['https://*.atlassian.net/jira/*', 'https://*.atlassian.net/browse/*'],
  placement: 'first',
  selectors,
  outcome: {
    kind: 'solved',
    recordTypes: ['issue'],
    state: { selectors: ['[data-testid="issue.views.field.status.common.ui.status-lozenge"]', '[data-testid*="status-lozenge"]'] },
    done: ['Resolved', 'Done', 'Closed'],
  },
  route(url) {
    const key = ISSUE_PATHS.map((path) => path.exec(url.pathname)?.[1]).find(Boolean);
    return key ? { recordType: 'issue', recordId: key.toUpperCase() } : null;
  },
});

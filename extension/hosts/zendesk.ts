/** Zendesk Agent Workspace: one ticket per tab, inactive tabs stay in the DOM hidden. */
import { type AdapterSelectors, defineAdapter, idFromPath } from './define-adapter';

const selectors = {
  scope: ['[data-test-id="ticket-workspace"]', '[role="tabpanel"]'],
  title: ['[data-test-id="omni-header-subject"]', 'input[aria-label="Subject"]', 'header input[name="subject"]'],
  customer: [
    '[data-test-id="ticket-system-field-organization-select"]',
    '[role="combobox"][aria-label="Organization"]',
    '[data-test-id="customer-context-organization"] a',
  ],
  anchor: ['[data-test-id="ticket-properties-sidebar"]', 'aside[aria-label="Ticket properties"]', '[role="complementary"]'],
} as const satisfies AdapterSelectors;

const TICKET_PATH = /^\/agent\/tickets\/(\d+)\/?$/;

export const zendesk = defineAdapter({
  tool: 'zendesk',
  label: 'Zendesk',
  category: 'ticketing',
  matches: ['https://*.zendesk.com/agent/*'],
  placement: 'first',
  selectors,
  outcome: {
    kind: 'solved',
    recordTypes: ['ticket'],
    state: { selectors: ['[data-test-id="ticket-status-tag"]', '[data-test-id="ticket-system-field-status-select"]'] },
    done: ['Solved', 'Closed'],
  },
  route: idFromPath(TICKET_PATH, 'ticket'),
});

/** Freshdesk agent portal (`/a/`): ticket details with the requester's company in the side panel. */
import { type AdapterSelectors, defineAdapter, idFromPath } from './define-adapter';

const selectors = {
  title: ['[data-test-id="ticket-subject"]', '[role="main"] h2[aria-label="Ticket subject"]', '.ticket-details h2'],
  customer: ['[data-test-id="requester-company-name"]', '[aria-label="Company"]', '.requester-info .company-name'],
  anchor: ['[data-test-id="ticket-properties"]', 'aside[aria-label="Ticket properties"]', '.ticket-properties-panel'],
} as const satisfies AdapterSelectors;

const TICKET_PATH = /^\/a\/tickets\/(\d+)\/?$/;

export const freshdesk = defineAdapter({
  tool: 'freshdesk',
  label: 'Freshdesk',
  category: 'ticketing',
  matches: ['https://*.freshdesk.com/a/*'],
  placement: 'first',
  selectors,
  outcome: {
    kind: 'solved',
    recordTypes: ['ticket'],
    // The agent portal's dropdown shows the chosen status; older layouts use a native select.
    state: { selectors: ['[data-test-id="ticket-status"] .ember-power-select-selected-item', 'select[name="status"]'] },
    done: ['Resolved', 'Closed'],
  },
  route: idFromPath(TICKET_PATH, 'ticket'),
});

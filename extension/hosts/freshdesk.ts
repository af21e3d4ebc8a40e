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
  route: idFromPath(TICKET_PATH, 'ticket'),
});

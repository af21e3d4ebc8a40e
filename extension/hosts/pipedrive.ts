/** Pipedrive deal detail pages; the organization linked to the deal is the customer. */
import { type AdapterSelectors, defineAdapter, idFromPath } from './define-adapter';

const selectors = {
  title: ['[data-testid="header-title"]', 'header [role="heading"][aria-level="1"]', '.dealDetails h1'],
  customer: ['[data-testid="deal-organization-link"]', '[aria-label="Organization"] a', 'a[href*="/organization/"]'],
  anchor: ['[data-testid="deal-details-sidebar"]', 'aside[aria-label="Details"]', '.detailView__sidebar'],
} as const satisfies AdapterSelectors;

const DEAL_PATH = /^\/deal\/(\d+)\/?$/;

export const pipedrive = defineAdapter({
  tool: 'pipedrive',
  label: 'Pipedrive',
  category: 'crm',
  // Host-wide: deals open from the pipeline board without a page load.
  matches: ['https://*.pipedrive.com/*'],
  placement: 'first',
  selectors,
  outcome: {
    kind: 'won',
    recordTypes: ['deal'],
    // The status badge replaces the Won/Lost buttons once a deal is closed; the buttons themselves say nothing.
    state: { selectors: ['[data-testid="deal-status-badge"]', '.detailView__header [aria-label="Deal status"]'] },
    done: ['Won'],
    amount: { selectors: ['[data-testid="deal-value"]', '[aria-label="Summary"] .value'] },
  },
  route: idFromPath(DEAL_PATH, 'deal'),
});

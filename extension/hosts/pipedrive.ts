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
  route: idFromPath(DEAL_PATH, 'deal'),
});

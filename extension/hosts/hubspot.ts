/** HubSpot CRM records: contacts, deals and tickets, under both the object-id and the older URL forms. */
import { type AdapterSelectors, defineAdapter } from './define-adapter';

const selectors = {
  title: ['[data-selenium-test="highlightTitle"]', 'section[aria-label="Record highlights"] h1', '[data-test-id="left-sidebar"] h1', '.record-highlight h1'],
  customer: [
    // The primary company's chicklet under the record's name, then the associations card.
    '[data-selenium-test="company-chicklet-title-link"]',
    '[data-selenium-test*="company-chicklet"] a',
    '[data-selenium-test="association-card-company"] [data-selenium-test="association-name"]',
    'section[aria-label="Companies"] a',
    '.association-card--company a',
    // Company records are object type 0-2 wherever they are linked.
    '[data-test-id="left-sidebar"] a[href*="/record/0-2/"]',
  ],
  anchor: [
    '[data-test-id="records-right-sidebar"]',
    '[data-selenium-test="right-sidebar"]',
    'aside[aria-label="Associations"]',
    '.record-right-sidebar',
    '[data-test-id="left-sidebar"]',
  ],
} as const satisfies AdapterSelectors;

/** HubSpot's object type ids for the record types the panel supports. */
const OBJECT_TYPES: Readonly<Record<string, string>> = { '0-1': 'contact', '0-3': 'deal', '0-5': 'ticket' };

const RECORD_PATH = /^\/contacts\/\d+\/record\/(\d+-\d+)\/(\d+)(?:\/.*)?$/;
const LEGACY_PATH = /^\/contacts\/\d+\/(contact|deal|ticket)\/(\d+)(?:\/.*)?$/;

export const hubspot = defineAdapter({
  tool: 'hubspot',
  label: 'HubSpot',
  category: 'crm',
  matches: ['https://app.hubspot.com/contacts/*', 'https://app-eu1.hubspot.com/contacts/*'],
  placement: 'first',
  selectors,
  outcome: {
    kind: 'won',
    recordTypes: ['deal'],
    state: { selectors: ['[data-selenium-test="property-input-dealstage"]', '[data-test-id="deal-stage"]'], labels: ['Deal stage'] },
    done: ['Closed won'],
    amount: { selectors: ['[data-selenium-test="property-input-amount"]', '[data-test-id="deal-amount"]'], labels: ['Amount'] },
  },
  route({ pathname }) {
    const [, objectTypeId = '', recordId = ''] = RECORD_PATH.exec(pathname) ?? [];
    const objectType = OBJECT_TYPES[objectTypeId];
    if (objectType) return { recordType: objectType, recordId };
    const [, legacyType, legacyId] = LEGACY_PATH.exec(pathname) ?? [];
    return legacyType && legacyId ? { recordType: legacyType, recordId: legacyId } : null;
  },
});

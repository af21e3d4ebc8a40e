/**
 * Salesforce Lightning record pages for opportunities, accounts and cases. Lightning keeps
 * recently viewed pages in the DOM, so fields are read inside the active page only.
 */
import { type AdapterSelectors, defineAdapter } from './define-adapter';

/** The account lookup on a record of `object`; the last fallback relies on account ids starting with 001. */
const accountLookup = (object: string) =>
  [
    'records-record-layout-item[field-label="Account Name"] force-lookup a',
    `[data-target-selection-name="sfdc:RecordField.${object}.AccountId"] a`,
    'a[href^="/lightning/r/001"]',
  ] as const;

const recordName = [
  'records-highlights2 [slot="primaryField"]',
  'h1 [slot="primaryField"]',
  '.slds-page-header__title',
] as const;

const selectors = {
  scope: ['div.oneContent.active', 'div.oneContent', 'div.windowViewMode-normal'],
  title: recordName,
  customer: {
    opportunity: accountLookup('Opportunity'),
    case: accountLookup('Case'),
    // An account is its own customer.
    account: recordName,
  },
  anchor: ['records-highlights2', 'records-lwc-highlights-panel', '.highlights'],
} as const satisfies AdapterSelectors;

const RECORD_PATH = /^\/lightning\/r\/(Opportunity|Account|Case)\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view\/?$/;

export const salesforce = defineAdapter({
  tool: 'salesforce',
  label: 'Salesforce',
  category: 'crm',
  matches: ['https://*.lightning.force.com/lightning/*'],
  placement: 'after',
  selectors,
  outcome: {
    kind: 'won',
    recordTypes: ['opportunity'],
    // The stage path marks the current stage; the Stage field is the fallback on layouts without a path.
    state: {
      selectors: [
        'lightning-path .slds-path__item.slds-is-current .slds-path__title',
        '.slds-path__item.slds-is-current .slds-path__title',
        'records-record-layout-item[field-label="Stage"] lightning-formatted-text',
      ],
    },
    done: ['Closed Won'],
    amount: {
      selectors: ['records-record-layout-item[field-label="Amount"] lightning-formatted-text', '[data-target-selection-name="sfdc:RecordField.Opportunity.Amount"] lightning-formatted-text'],
      labels: ['Amount'],
    },
  },
  route(url) {
    const [, object, id] = RECORD_PATH.exec(url.pathname) ?? [];
    return object && id ? { recordType: object.toLowerCase(), recordId: salesforceId18(id) } : null;
  },
});

const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The case-insensitive 18-character form of a Salesforce id. Lightning accepts both forms in
 * URLs; storing one keeps feedback on the same record together.
 */
export function salesforceId18(id: string): string {
  if (id.length !== 15) return id;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id.charAt(chunk * 5 + i);
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return id + suffix;
}

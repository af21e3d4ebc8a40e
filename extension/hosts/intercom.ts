/** Intercom Inbox: a conversation between the list of others and the details sidebar. */
import { type AdapterSelectors, defineAdapter, idFromPath } from './define-adapter';

const selectors = {
  scope: ['[data-testid="conversation-view"]', '[role="main"][aria-label="Conversation"]'],
  title: ['[data-testid="conversation-title"]', '[role="heading"][aria-level="1"]', 'header h1'],
  customer: ['[data-testid="company-name"]', '[aria-label="Company"] a', '.details-sidebar .company-link'],
  anchor: ['[data-testid="conversation-details-sidebar"]', 'aside[aria-label="Conversation details"]', '.details-sidebar'],
} as const satisfies AdapterSelectors;

const CONVERSATION_PATH = /^\/a\/inbox\/[^/]+\/inbox\/(?:[^/]+\/)*conversation\/(\d+)\/?$/;

export const intercom = defineAdapter({
  tool: 'intercom',
  label: 'Intercom',
  category: 'ticketing',
  // Intercom hosts EU and Australian workspaces on regional app domains.
  matches: ['https://app.intercom.com/a/*', 'https://app.eu.intercom.com/a/*', 'https://app.au.intercom.com/a/*'],
  placement: 'first',
  selectors,
  outcome: {
    kind: 'solved',
    recordTypes: ['conversation'],
    // Closed conversations show their state in the header; the "Close" button of an open one says nothing.
    state: { selectors: ['[data-testid="conversation-state"]', '.inbox2__conversation-header [aria-label="Conversation state"]'] },
    done: ['Closed'],
  },
  route: idFromPath(CONVERSATION_PATH, 'conversation'),
});

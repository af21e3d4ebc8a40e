/**
 * TEST PAGE ENTRY for widgets.browser.test.ts: the real embed entry plus the fake client and
 * sample org, every widget rendered in a light and a dark section of the page.
 */
import '../../csp-safe-zod'; // first: the fake client below builds the model's schemas in the page
import '../../embed';
import type { SightlineApi } from '../../embed';
import { uuidv7 } from '../../model';
import { FakeClient } from './fake-client';
import { NOW, WEEK, sampleOrg, withCoaching } from './fixtures';

const org = withCoaching(sampleOrg());
const client = new FakeClient(org.rows, org.me.id, NOW);
const ticket = { tool: 'zendesk', recordType: 'ticket', recordId: '123', url: 'https://acme.zendesk.example/agent/tickets/123', title: 'Refund not received' };

function widget(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

for (const theme of ['light', 'dark']) {
  document.getElementById(theme)!.append(
    widget('sightline-goals', { theme }),
    widget('sightline-kpi', { theme, metric: org.firstReply.id }),
    widget('sightline-feedback', { theme, subject: org.peer.id, context: JSON.stringify(ticket) }),
    widget('sightline-checkin', { theme, week: WEEK }),
    widget('sightline-sync-status', { theme }),
    widget('sightline-requests', { theme }),
    widget('sightline-feedback-feed', { theme, kind: 'recognition' }),
  );
}

// A change the server refused, so the sync status shows a reason and its Dismiss button.
await client.mutate('metric.record', { id: uuidv7(), metricId: org.csat.id, value: 70, at: NOW.toISOString() });
client.reject(client.mutations[0]!.id, 'The KPI was archived');
await (window.Sightline as SightlineApi).init({ client });

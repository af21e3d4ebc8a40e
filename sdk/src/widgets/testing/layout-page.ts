/**
 * TEST PAGE ENTRY for layout.browser.test.ts: one of each widget stacked in a column, each
 * followed by a paragraph of the host page, with the fake client and sample org. Sightline
 * starts only when the test calls `window.startSightline()`, so the placeholders are on screen
 * first, as they are while a real client opens its database and pulls.
 */
import '../../csp-safe-zod'; // first: the fake client below builds the model's schemas in the page
import '../../embed';
import type { SightlineApi } from '../../embed';
import { uuidv7 } from '../../model';
import { FakeClient } from './fake-client';
import { NOW, WEEK, sampleOrg, withCoaching } from './fixtures';

const org = withCoaching(sampleOrg());
const widgets: Array<[string, Record<string, string>]> = [
  ['sightline-sync-status', {}],
  ['sightline-kpi', { metric: org.firstReply.id }],
  ['sightline-goals', {}],
  ['sightline-checkin', { week: WEEK }],
  ['sightline-feedback', { subject: org.peer.id }],
  ['sightline-requests', {}],
  ['sightline-feedback-feed', { kind: 'recognition' }],
];
const column = document.getElementById('column')!;
for (const [tag, attributes] of widgets) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const below = document.createElement('p');
  below.textContent = `The host page's text below ${tag}.`;
  column.append(el, below);
}

(window as unknown as { startSightline: () => Promise<unknown> }).startSightline = async () => {
  const client = new FakeClient(org.rows, org.me.id, NOW);
  // A change the server refused, so the sync status shows its Dismiss button too.
  await client.mutate('metric.record', { id: uuidv7(), metricId: org.csat.id, value: 70, at: NOW.toISOString() });
  client.reject(client.mutations[0]!.id, 'The KPI was archived');
  return (window.Sightline as SightlineApi).init({ client });
};

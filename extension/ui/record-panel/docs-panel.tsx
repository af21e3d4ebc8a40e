/** On a docs page: the goals of the team the page's space belongs to, or the company's goals. */
import type { SightlineClient } from '@sightline/sdk/client';
import type { RecordContext } from '@sightline/sdk/model';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import { teamForSpace } from './space-team';
import { GoalsWidget } from '../shared/elements';

export function DocsPanel({ client, record }: { client: SightlineClient; record: RecordContext }) {
  const teams = useWatch(client, 'teams', {});
  if (teams.status === 'error') return <p role="alert" class="error">Could not load teams: {teams.message}</p>;
  if (teams.status !== 'ready') return <p class="muted">Loading goals…</p>;
  // Confluence adapters put the space in `customer`; other docs pages have none.
  const space = record.customer;
  const team = teamForSpace(teams.data, space);
  return (
    <section aria-labelledby="docs-goals-heading" data-testid="docs-panel">
      <h2 id="docs-goals-heading">{team ? `Goals of ${team.name}` : 'Company goals'}</h2>
      {space && <p class="muted">{team ? `The ${space} space belongs to ${team.name}.` : `No team matches the ${space} space.`}</p>}
      {team ? <GoalsWidget level="team" team={team.id} /> : <GoalsWidget level="org" />}
    </section>
  );
}

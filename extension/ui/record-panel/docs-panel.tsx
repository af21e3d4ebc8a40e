/** On a docs page: the goals of the team the page's space belongs to, or the company's goals. */
import type { SightlineClient } from '@sightline/sdk/client';
import type { RecordContext } from '@sightline/sdk/model';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import { teamForSpace } from './space-team';
import { GoalsWidget } from '../shared/elements';
import { t } from '../shared/i18n';

export function DocsPanel({ client, record }: { client: SightlineClient; record: RecordContext }) {
  const teams = useWatch(client, 'teams', {});
  if (teams.status === 'error') return <p role="alert" class="error">{t('docs.loadFailed', { reason: teams.message })}</p>;
  if (teams.status !== 'ready') return <p class="muted">{t('docs.loading')}</p>;
  // Confluence adapters put the space in `customer`; other docs pages have none.
  const space = record.customer;
  const team = teamForSpace(teams.data, space);
  return (
    <section aria-labelledby="docs-goals-heading" data-testid="docs-panel">
      <h2 id="docs-goals-heading">{team ? t('docs.teamGoals', { team: team.name }) : t('docs.companyGoals')}</h2>
      {space && <p class="muted">{team ? t('docs.spaceOfTeam', { space, team: team.name }) : t('docs.noTeamForSpace', { space })}</p>}
      {team ? <GoalsWidget level="team" team={team.id} /> : <GoalsWidget level="org" />}
    </section>
  );
}

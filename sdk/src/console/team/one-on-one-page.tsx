/**
 * A 1:1 with one person: their goals and pace, their recent check-ins (confidence, barriers,
 * support asked, learning), feedback about them the viewer may see, and a place to give more.
 */
import type { Person } from '../../model';
import { DevelopmentPanel } from '../development/development-page';
import { FeedbackList } from '../feedback-list';
import { flattenTree } from '../goal-options';
import { formatPercent, formatWeek, t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { location } from '../router';
import { theme, widgetTheme } from '../theme';
import { ready, useQuery } from '../use-query';
import { ConfidenceTrends } from './confidence-trends';
import { StatusPill } from './status-pill';
import { TREND_WEEKS } from './team-page';
import { summarizeWeek, weekFromQuery, weeksUpTo } from './weekly-summary';

function OneOnOne({ person, week }: { person: Person; week: string }) {
  const weeks = weeksUpTo(week, TREND_WEEKS);
  const checkIns = ready(useQuery('checkIns', { personIds: [person.id], weeks }));
  const goals = ready(useQuery('goalTree', { ownerId: person.id }));
  const allGoals = ready(useQuery('goalTree', {}));
  const feedback = ready(useQuery('feedback', { aboutId: person.id }));
  if (!checkIns || !goals || !allGoals || !feedback) return <Loading />;
  const titles = new Map(flattenTree(allGoals).map(({ node }) => [node.goal.id, node.goal]));
  const [summary] = summarizeWeek({ reports: [person], checkIns, goals: titles, weeks, now: new Date() });

  return (
    <div class="one-on-one">
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('oneOnOne.goals')}</h2>
        {goals.length === 0 ? (
          <p class="muted">{t('oneOnOne.noGoals')}</p>
        ) : (
          <ul class="cards" data-nav-list>
            {flattenTree(goals).map(({ node }) => (
              <li key={node.goal.id} data-nav-item tabIndex={-1}>
                <StatusPill status={node.status} /> <strong>{node.goal.title}</strong>{' '}
                {node.progress !== null && <span class="muted">{t('oneOnOne.progress', { progress: formatPercent(node.progress), expected: formatPercent(node.expected) })}</span>}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('team.confidence')}</h3>
        <ConfidenceTrends trends={summary!.trends} />
      </section>
      <section aria-labelledby="checkins-heading">
        <h2 id="checkins-heading">{t('oneOnOne.checkIns')}</h2>
        {checkIns.length === 0 ? (
          <p class="muted">{t('oneOnOne.noCheckIns')}</p>
        ) : (
          <ul class="cards" data-nav-list>
            {[...checkIns].reverse().map((c) => (
              <li key={c.id} data-nav-item tabIndex={-1}>
                <strong>{formatWeek(c.week)}</strong>
                {c.barriers && <p>{t('team.barrier', { text: c.barriers })}</p>}
                {c.supportNeeded && <p>{t('team.support', { text: c.supportNeeded })}</p>}
                {c.learningAction && <p>{t('oneOnOne.learning', { text: c.learningAction })}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{t('oneOnOne.feedback')}</h2>
        <FeedbackList items={feedback} empty={t('team.noFeedback')} />
        <h3>{t('oneOnOne.giveFeedback')}</h3>
        <sightline-feedback subject={person.id} theme={widgetTheme(theme.value)} />
      </section>
      <section aria-labelledby="development-heading">
        <h2 id="development-heading">{t('development.title')}</h2>
        <DevelopmentPanel person={person} />
      </section>
    </div>
  );
}

export function OneOnOnePage({ personId }: { personId: string }) {
  const people = ready(useQuery('people', {}));
  const person = people?.find((p) => p.id === personId);
  const week = weekFromQuery(location.value.query, new Date());
  if (!people) return <Loading />;
  if (!person)
    return (
      <Page title={t('oneOnOne.title', { name: '?' })}>
        <p>{t('oneOnOne.unknown')}</p>
      </Page>
    );
  return (
    <Page title={t('oneOnOne.title', { name: person.name })}>
      <OneOnOne person={person} week={week} />
    </Page>
  );
}

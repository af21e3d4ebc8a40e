/**
 * The manager's view of their team for one week (in the URL, so it can be shared): who has
 * checked in and who is late, confidence per goal over six weeks, barriers and support asked,
 * the team's goals at risk, and recent feedback about each report the manager may see.
 */
import type { Person } from '../../model';
import { FeedbackList } from '../feedback-list';
import { flattenTree } from '../goal-options';
import { formatInstant, formatWeek, formatWeekday, t, tPlural } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { location, withQuery } from '../router';
import { ready, useQuery } from '../use-query';
import { ConfidenceTrends } from './confidence-trends';
import { dueDay } from './due';
import { goalsAtRisk, shiftWeek, summarizeWeek, weekFromQuery, weeksUpTo, type ReportWeek } from './weekly-summary';
import { StatusPill } from './status-pill';

export const TREND_WEEKS = 6;

function StateCell({ row }: { row: ReportWeek }) {
  if (row.state === 'submitted') return <span class="state ok">{t('team.submitted', { when: formatInstant(row.checkIn!.submittedAt) })}</span>;
  return <span class={`state ${row.state}`}>{row.state === 'late' ? t('team.late') : t('team.due')}</span>;
}

/** This week's barriers and support asked, or those of the last check-in, saying which week they are from. */
function Barriers({ row }: { row: ReportWeek }) {
  const shown = row.latest;
  if (!shown || (!shown.barriers && !shown.supportNeeded)) return null;
  return (
    <>
      {shown !== row.checkIn && <p class="muted">{t('team.fromWeek', { week: formatWeek(shown.week) })}</p>}
      {shown.barriers && <p>{t('team.barrier', { text: shown.barriers })}</p>}
      {shown.supportNeeded && <p>{t('team.support', { text: shown.supportNeeded })}</p>}
    </>
  );
}

function WeekPicker({ week, path }: { week: string; path: string }) {
  return (
    <nav class="week-picker" aria-label={t('team.week')}>
      <a href={withQuery(path, { week: shiftWeek(week, -1) })} rel="prev">
        ← {t('team.prevWeek')}
      </a>
      <span class="current">{formatWeek(week)}</span>
      <a href={withQuery(path, { week: shiftWeek(week, 1) })} rel="next">
        {t('team.nextWeek')} →
      </a>
      <a href={path}>{t('team.thisWeek')}</a>
    </nav>
  );
}

function TeamWeek({ me, reports, week }: { me: Person; reports: Person[]; week: string }) {
  const weeks = weeksUpTo(week, TREND_WEEKS);
  const checkIns = ready(useQuery('checkIns', { personIds: reports.map((p) => p.id), weeks }));
  const trees = ready(useQuery('goalTree', {}));
  const feedback = ready(useQuery('feedback', { limit: 500 }));
  if (!checkIns || !trees || !feedback) return <Loading />;

  const goals = new Map(flattenTree(trees).map(({ node }) => [node.goal.id, node.goal]));
  const rows = summarizeWeek({ reports, checkIns, goals, weeks, now: new Date() });
  const late = rows.filter((r) => r.state === 'late').length;
  const reportIds = new Set(reports.map((p) => p.id));
  const teamIds = new Set([me.teamId, ...reports.map((p) => p.teamId)].filter((id): id is string => !!id));
  const atRisk = goalsAtRisk(trees, new Set([me.id, ...reportIds]), teamIds);
  const aboutReports = feedback.filter((f) => reportIds.has(f.feedback.subjectId)).slice(0, 20);

  return (
    <>
      <WeekPicker week={week} path="/app/team" />
      <p class="summary" role="status">
        {late ? tPlural('team.lateCount', late) : rows.every((r) => r.state === 'submitted') ? t('team.allIn') : ''}{' '}
        <span class="muted">{t('team.dueBy', { day: formatWeekday(dueDay(week)) })}</span>
      </p>
      <section aria-labelledby="checkins-heading">
        <h2 id="checkins-heading">{t('team.checkIns', { week: formatWeek(week) })}</h2>
        <table class="team-table">
          <thead>
            <tr>
              <th scope="col">{t('team.person')}</th>
              <th scope="col">{t('team.status')}</th>
              <th scope="col">{t('team.confidence')}</th>
              <th scope="col">{t('team.barriers')}</th>
            </tr>
          </thead>
          <tbody data-nav-list>
            {rows.map((row) => (
              <tr key={row.person.id} class={`row-${row.state}`}>
                <th scope="row">
                  <a data-nav-item href={withQuery(`/app/people/${encodeURIComponent(row.person.id)}`, { week })}>
                    {row.person.name}
                  </a>
                  {row.person.title && <span class="muted block">{row.person.title}</span>}
                </th>
                <td>
                  <StateCell row={row} />
                </td>
                <td>
                  <ConfidenceTrends trends={row.trends} />
                </td>
                <td>
                  <Barriers row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="risk-heading">
        <h2 id="risk-heading">{t('team.atRisk')}</h2>
        {atRisk.length === 0 ? (
          <p class="muted">{t('team.noneAtRisk')}</p>
        ) : (
          <ul class="cards" data-nav-list>
            {atRisk.map((node) => (
              <li key={node.goal.id} data-nav-item tabIndex={-1}>
                <StatusPill status={node.status} /> <strong>{node.goal.title}</strong> <span class="muted">{node.owner?.name ?? node.team?.name ?? ''}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{t('team.feedback')}</h2>
        <FeedbackList items={aboutReports} empty={t('team.noFeedback')} />
      </section>
    </>
  );
}

export function TeamPage() {
  const me = ready(useQuery('me', {}));
  const people = ready(useQuery('people', {}));
  const week = weekFromQuery(location.value.query, new Date());
  const reports = me && people ? people.filter((p) => p.managerId === me.id && p.active) : null;
  return (
    <Page title={t('team.title')}>
      {!me || !reports ? <Loading /> : reports.length === 0 ? <p>{t('team.noReports')}</p> : <TeamWeek me={me} reports={reports} week={week} />}
    </Page>
  );
}

/**
 * Who may see which synced row, as SQL predicates. Pull, the SSE poke check and every read
 * route filter through `visibleTo`, so the rules live in one place and the client never
 * filters for security. "Manager chain" of P = P's manager, their manager, and so on; the
 * viewer is in it exactly when P is among the viewer's (transitive) reports.
 *
 * Predicates take a table alias (code-controlled, never input) and are correlated to it.
 */
import { sql, type RawBuilder } from 'kysely';
import type { TableName } from '@sightline/sdk/model';
import { isAdminLike, type Principal } from '../auth/principal';

export type Viewer = Pick<Principal, 'orgId' | 'personId' | 'role'>;
type PersonViewer = Viewer & { personId: string };
type Predicate = (v: PersonViewer, alias: string) => RawBuilder<boolean>;

const TRUE = sql<boolean>`true`;
const FALSE = sql<boolean>`false`;
const col = (alias: string, name: string) => sql.raw(`${alias}.${name}`);

/** Ids of everyone below `personId` in the org chart (the people whose manager chain includes them). */
export function reportsOf(orgId: string, personId: string): RawBuilder<unknown> {
  return sql`(with recursive reports(id) as (
      select id from persons where org_id = ${orgId} and manager_id = ${personId}
      union
      select p.id from persons p join reports r on p.manager_id = r.id where p.org_id = ${orgId})
    select id from reports)`;
}

/** Ids of everyone above the people `people` (a one-column subquery) names: their manager chains. */
export function managersAbove(orgId: string, people: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(with recursive above(id) as (
      select manager_id from persons where org_id = ${orgId} and id in ${people} and manager_id is not null
      union
      select p.manager_id from persons p join above a on p.id = a.id where p.org_id = ${orgId} and p.manager_id is not null)
    select id from above)`;
}

/** Teams whose team-visible goals the viewer sees: their own, their reports', and teams they lead. */
function teamsSeenBy(v: PersonViewer): RawBuilder<unknown> {
  return sql`(select team_id from persons
      where org_id = ${v.orgId} and team_id is not null and (id = ${v.personId} or id in ${reportsOf(v.orgId, v.personId)})
    union select id from teams where org_id = ${v.orgId} and lead_id = ${v.personId})`;
}

const goals: Predicate = (v, a) =>
  isAdminLike(v.role)
    ? TRUE
    : sql<boolean>`(${col(a, 'visibility')} = 'org' or ${col(a, 'owner_id')} = ${v.personId}
        or (${col(a, 'visibility')} = 'team' and ${col(a, 'team_id')} in ${teamsSeenBy(v)})
        or (${col(a, 'visibility')} = 'private' and ${col(a, 'owner_id')} in ${reportsOf(v.orgId, v.personId)}))`;

const visibleGoalIds = (v: PersonViewer) => sql`(select g.id from goals g where g.org_id = ${v.orgId} and ${goals(v, 'g')})`;

const metrics: Predicate = (v, a) => (isAdminLike(v.role) ? TRUE : sql<boolean>`${col(a, 'goal_id')} in ${visibleGoalIds(v)}`);

const metricValues: Predicate = (v, a) =>
  isAdminLike(v.role)
    ? TRUE
    : sql<boolean>`${col(a, 'metric_id')} in (select m.id from metrics m where m.org_id = ${v.orgId} and m.goal_id in ${visibleGoalIds(v)})`;

/** Private feedback is the author's alone: not even admins see it. */
const feedback: Predicate = (v, a) =>
  isAdminLike(v.role)
    ? sql<boolean>`(${col(a, 'visibility')} <> 'private' or ${col(a, 'author_id')} = ${v.personId})`
    : sql<boolean>`(${col(a, 'author_id')} = ${v.personId} or ${col(a, 'visibility')} = 'org'
        or (${col(a, 'visibility')} in ('manager', 'subject') and ${col(a, 'subject_id')} in ${reportsOf(v.orgId, v.personId)})
        or (${col(a, 'visibility')} = 'subject' and ${col(a, 'subject_id')} = ${v.personId}))`;

/** The person, their manager chain, and people admins. */
const personal =
  (personColumn: string): Predicate =>
  (v, a) =>
    isAdminLike(v.role)
      ? TRUE
      : sql<boolean>`(${col(a, personColumn)} = ${v.personId} or ${col(a, personColumn)} in ${reportsOf(v.orgId, v.personId)})`;

/** draft: the reviewer; submitted: + the subject's manager chain and people admins; shared: + the subject. */
const reviews: Predicate = (v, a) => {
  const aboveSubject = isAdminLike(v.role) ? TRUE : sql<boolean>`${col(a, 'subject_id')} in ${reportsOf(v.orgId, v.personId)}`;
  return sql<boolean>`(${col(a, 'reviewer_id')} = ${v.personId}
    or (${col(a, 'status')} in ('submitted', 'shared') and ${aboveSubject})
    or (${col(a, 'status')} = 'shared' and ${col(a, 'subject_id')} = ${v.personId}))`;
};

const feedbackRequests: Predicate = (v, a) =>
  sql<boolean>`${v.personId} in (${col(a, 'requester_id')}, ${col(a, 'recipient_id')}, ${col(a, 'subject_id')})`;

const everyone: Predicate = () => TRUE;

const PREDICATES: Record<TableName, Predicate> = {
  persons: everyone,
  teams: everyone,
  cycles: everyone,
  skills: everyone,
  goals,
  metrics,
  metricValues,
  checkIns: personal('person_id'),
  developmentActions: personal('person_id'),
  feedback,
  feedbackRequests,
  reviews,
  supportDecisions: personal('person_id'),
  reviewTemplates: everyone,
  checkInCadences: everyone,
  skillGaps: personal('person_id'),
};

/** SQL that is true for rows of `table` (aliased `alias`) the viewer may see. Integration keys see nothing. */
export function visibleTo(viewer: Viewer, table: TableName, alias = 't'): RawBuilder<boolean> {
  if (viewer.personId === null) return FALSE;
  return PREDICATES[table]({ ...viewer, personId: viewer.personId }, alias);
}

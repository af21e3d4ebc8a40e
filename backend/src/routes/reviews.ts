/**
 * GET /reviews/evidence?subjectId&cycleId: the period's goal progress, check-in barriers with
 * the support decided, and feedback with the record it was given on, each filtered by what the
 * caller may see. GET /reviews/calibration?cycleId: ratings per reviewer against the org, for
 * people admins and admins.
 */
import { Hono } from 'hono';
import { z } from 'zod/mini';
import { Id, isoWeekOf, rollUp, type Calibration, type CheckIn, type Feedback, type Goal, type Metric, type RatingSummary, type ReviewEvidence, type SupportDecision } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import { isAdminLike } from '../auth/principal';
import type { Database } from '../db/database';
import { toModelRow } from '../db/row-codec';
import { forbidden, notFound } from '../http/api-error';
import { readQuery } from '../http/query';
import { liveVisibleRows } from '../sync/live-visible-rows';

export const EvidenceQuery = z.strictObject({ subjectId: Id, cycleId: Id });
export const CalibrationQuery = z.strictObject({ cycleId: Id });

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();

function summarise(ratings: ReadonlyArray<{ rating: number; calibratedRating: number | null }>): RatingSummary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const distribution = [0, 0, 0, 0, 0];
  for (const r of ratings) distribution[r.rating - 1]! += 1;
  const calibrated = ratings.flatMap((r) => (r.calibratedRating === null ? [] : [r.calibratedRating]));
  return { count: ratings.length, mean: mean(ratings.map((r) => r.rating)), calibratedMean: mean(calibrated), distribution };
}

export function reviewRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>()
    .get('/reviews/evidence', async (c) => {
      const principal = c.get('principal');
      const { subjectId, cycleId } = readQuery(c, EvidenceQuery);
      const cycle = await db.selectFrom('cycles').selectAll().where('orgId', '=', principal.orgId).where('id', '=', cycleId).where('deletedAt', 'is', null).executeTakeFirst();
      if (!cycle) throw notFound(`no cycle ${cycleId}`);
      const subject = await db.selectFrom('persons').select('id').where('orgId', '=', principal.orgId).where('id', '=', subjectId).executeTakeFirst();
      if (!subject) throw notFound(`no person ${subjectId}`);
      const periodEnd = nextDay(cycle.endsOn);

      const goals = (await liveVisibleRows(db, principal, 'goals')
        .selectAll('t')
        .where('t.cycleId', '=', cycleId)
        .where('t.ownerId', '=', subjectId)
        .orderBy('t.id')
        .execute()).map((r) => toModelRow(r) as Goal);
      const goalIds = goals.map((g) => g.id);
      const metrics = goalIds.length
        ? (await liveVisibleRows(db, principal, 'metrics').selectAll('t').where('t.goalId', 'in', goalIds).orderBy('t.id').execute()).map((r) => toModelRow(r) as Metric)
        : [];
      // Values up to the end of the period: the review looks at the period, not at what came after.
      const values = metrics.length
        ? await db.selectFrom('metricValues').select(['id', 'metricId', 'value', 'at']).where('orgId', '=', principal.orgId).where('metricId', 'in', metrics.map((m) => m.id)).where('deletedAt', 'is', null).where('at', '<', periodEnd).execute()
        : [];
      const now = new Date(Math.min(clock().getTime(), Date.parse(periodEnd) - 1));
      const progress = rollUp({ goals, metrics, values, cycles: [cycle], now });
      const current = new Map<string, number>();
      for (const v of [...values].sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1))) current.set(v.metricId, v.value);

      const checkIns = await liveVisibleRows(db, principal, 'checkIns')
        .selectAll('t')
        .where('t.personId', '=', subjectId)
        .where('t.week', '>=', isoWeekOf(cycle.startsOn))
        .where('t.week', '<=', isoWeekOf(cycle.endsOn))
        .where((eb) => eb.or([eb('t.barriers', 'is not', null), eb('t.supportNeeded', 'is not', null)]))
        .orderBy('t.week')
        .execute();
      const decisions = checkIns.length
        ? await liveVisibleRows(db, principal, 'supportDecisions').selectAll('t').where('t.checkInId', 'in', checkIns.map((r) => r.id)).execute()
        : [];
      const decisionOf = new Map(decisions.map((d) => [d.checkInId, toModelRow(d) as SupportDecision]));

      const feedback = await liveVisibleRows(db, principal, 'feedback')
        .selectAll('t')
        .where('t.subjectId', '=', subjectId)
        .where('t.createdAt', '>=', `${cycle.startsOn}T00:00:00Z`)
        .where('t.createdAt', '<', periodEnd)
        .orderBy('t.createdAt')
        .orderBy('t.id')
        .execute();

      const evidence: ReviewEvidence = {
        subjectId,
        cycleId,
        from: cycle.startsOn,
        to: cycle.endsOn,
        goals: goals.map((goal) => ({
          goal,
          ...progress.get(goal.id)!,
          metrics: metrics.filter((m) => m.goalId === goal.id).map((metric) => ({ metric, current: current.get(metric.id) ?? null })),
        })),
        checkIns: checkIns.map((row) => ({ checkIn: toModelRow(row) as CheckIn, supportDecision: decisionOf.get(row.id) ?? null })),
        feedback: feedback.map((r) => toModelRow(r) as Feedback),
      };
      return c.json(evidence);
    })
    .get('/reviews/calibration', async (c) => {
      const principal = c.get('principal');
      if (!principal.personId || !isAdminLike(principal.role)) throw forbidden('only people admins and admins see calibration');
      const { cycleId } = readQuery(c, CalibrationQuery);
      // Submitted and shared ratings of others (self ratings rate oneself, not a reviewer's scale).
      const rows = await liveVisibleRows(db, principal, 'reviews')
        .select(['t.reviewerId', 't.rating', 't.calibratedRating'])
        .where('t.cycleId', '=', cycleId)
        .where('t.status', 'in', ['submitted', 'shared'])
        .where('t.kind', 'in', ['manager', 'peer'])
        .where('t.rating', 'is not', null)
        .execute();
      const rated = rows as Array<{ reviewerId: string; rating: number; calibratedRating: number | null }>;
      const org = summarise(rated);
      const byReviewer = new Map<string, typeof rated>();
      for (const r of rated) byReviewer.set(r.reviewerId, [...(byReviewer.get(r.reviewerId) ?? []), r]);
      const calibration: Calibration = {
        cycleId,
        org,
        reviewers: [...byReviewer].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reviewerId, ratings]) => {
          const summary = summarise(ratings);
          return { reviewerId, ...summary, offset: summary.mean === null || org.mean === null ? null : summary.mean - org.mean };
        }),
      };
      return c.json(calibration);
    });
}

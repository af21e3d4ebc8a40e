/**
 * Applies a goal import plan as the caller, all or nothing: every mutation goes through the
 * same handlers as a push (so the same rules decide who may author which goal: admins the
 * org's, managers their teams' and reports'), in one transaction at one org version. A dry run
 * runs the very same steps and rolls back, so it reports exactly what applying would do.
 */
import type { Kysely } from 'kysely';
import { uuidv7, type Mutation } from '@sightline/sdk/model';
import { recordAudit } from '../audit/audit-log';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';
import { invalidCsv } from '../http/csv-table';
import type { Issue } from '../http/api-error';
import { announceChange, bumpAclVersion, nextOrgVersion } from '../orgs/orgs';
import { applyMutation, prepareMutation } from '../sync/apply-mutation';
import type { HandlerContext } from '../sync/handlers/context';
import { orUnavailable } from '../sync/unavailable';
import { columnOf, type GoalImportPlan, type PlannedRow } from './goals-csv';

export interface GoalImportResult {
  dryRun: boolean;
  goals: Record<PlannedRow['action'], number>;
  kpis: Record<PlannedRow['action'], number>;
  rows: PlannedRow[];
}

class DryRunDone extends Error {}

/** `patch.weight: must be ...` or `parentId: goal ... loop` -> row.N.weight / row.N.parent. */
function rowIssue(row: number, reason: string): Issue {
  const match = /^(?:args\.|patch\.)?(\w+): (.*)$/s.exec(reason);
  return match ? { path: `row.${row}.${columnOf(match[1]!)}`, message: match[2]! } : { path: `row.${row}`, message: reason };
}

export async function importGoals(db: Kysely<DB>, principal: Principal, plan: GoalImportPlan, now: Date, dryRun: boolean): Promise<GoalImportResult> {
  const count = (kind: PlannedRow['kind']) => {
    const tally = { create: 0, update: 0, unchanged: 0 };
    for (const r of plan.rows) if (r.kind === kind) tally[r.action]++;
    return tally;
  };
  const result = { dryRun, goals: count('goal'), kpis: count('kpi'), rows: plan.rows };
  if (plan.mutations.length === 0) return result;
  try {
    await orUnavailable(() =>
      db.transaction().execute(async (tx) => {
        const version = await nextOrgVersion(tx, principal.orgId);
        const ctx: HandlerContext = { tx, principal, orgId: principal.orgId, version, now: now.toISOString(), aclChanged: false };
        const issues: Issue[] = [];
        let aclChanged = false;
        for (const [i, { row, name, args }] of plan.mutations.entries()) {
          const mutation = { id: uuidv7(), seq: i + 1, name, args, at: ctx.now } as Mutation;
          const outcome = await applyMutation(ctx, prepareMutation(principal, mutation));
          if (outcome.status === 'rejected') issues.push(rowIssue(row, outcome.reason));
          else aclChanged ||= outcome.aclChanged;
        }
        if (issues.length) throw invalidCsv(issues);
        if (dryRun) throw new DryRunDone();
        if (aclChanged) await bumpAclVersion(tx, principal.orgId);
        await recordAudit(tx, { orgId: principal.orgId, actor: principal, action: 'goals.imported', details: { source: 'csv', goals: result.goals, kpis: result.kpis } }, now);
        await announceChange(tx, { orgId: principal.orgId, version, aclChanged });
      }),
    );
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  return result;
}

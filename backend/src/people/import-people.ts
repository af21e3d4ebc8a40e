/**
 * Upserts teams and people in one transaction at one org version. Rows that did not change are
 * left alone (no needless pulls); a change of manager, team, role, or a team's lead changes who
 * may see what, so it also bumps the access epoch of exactly the people whose view changed
 * (changed-views.ts), and only their clients reset.
 */
import { sql, type Kysely } from 'kysely';
import type { Role } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { recordAudit, type AuditAction, type AuditEntry } from '../audit/audit-log';
import { HttpError, describeIssues } from '../http/api-error';
import { announceChange, nextOrgVersion, readOrgCounters } from '../orgs/orgs';
import { bumpAccessEpochs } from '../sync/access-epochs';
import { orUnavailable } from '../sync/unavailable';
import { changedViews } from './changed-views';
import { checkImport, type PeopleImport } from './people-payload';
import { forbiddenGrants, lastAdminIssues } from './role-grants';

/** One row an import writes (or, in a dry run, would write): each changed field, before and after. */
export interface ImportChange {
  table: 'persons' | 'teams';
  id: string;
  action: 'create' | 'update';
  fields: Record<string, { from: unknown; to: unknown }>;
}

export interface ImportResult {
  version: number;
  teams: { created: number; updated: number; unchanged: number };
  persons: { created: number; updated: number; unchanged: number };
  /** Someone's view changed: their clients reset on their next pull. */
  aclChanged: boolean;
  /** How many people's view changed. */
  viewsChanged: number;
  /** Set on a dry run: nothing was written, and `changes` lists what would have been. */
  dryRun?: true;
  changes?: ImportChange[];
}

export interface ImportOptions {
  /** Check and compare only: the answer says what would change, the org is left as it is. */
  dryRun?: boolean;
  /** Who imports, for the audit log (absent: the system, as the seed, logs nothing); `source` says through what. */
  audit?: { actor: AuditEntry['actor']; source: 'json' | 'csv' | 'scim' };
}

/** The audit entries of an applied import: the import itself, and each role or active change. */
async function auditImport(tx: Kysely<DB>, orgId: string, changes: ImportChange[], result: Omit<ImportResult, 'version'>, audit: NonNullable<ImportOptions['audit']>, now: Date) {
  const entry = (action: AuditAction, target?: { type: string; id: string }, details?: Record<string, unknown>) => recordAudit(tx, { orgId, actor: audit.actor, action, ...(target && { target }), ...(details && { details }) }, now);
  await entry('people.imported', undefined, { source: audit.source, teams: result.teams, persons: result.persons });
  for (const change of changes) {
    if (change.table !== 'persons' || change.action !== 'update') continue;
    const target = { type: 'person', id: change.id };
    if (change.fields.role) await entry('person.role_changed', target, change.fields.role);
    if (change.fields.active) await entry(change.fields.active.to ? 'person.reactivated' : 'person.deactivated', target);
  }
}

type Row = Record<string, unknown> & { id: string };

/** Splits incoming rows into new, changed and unchanged. */
function diff<T extends Row>(incoming: T[], existing: Map<string, Row>) {
  const write: T[] = [];
  let created = 0;
  for (const row of incoming) {
    const old = existing.get(row.id);
    if (!old) created++;
    if (!old || Object.keys(row).some((k) => row[k] !== old[k])) write.push(row);
  }
  const changes = (table: ImportChange['table']): ImportChange[] =>
    write.map((row) => {
      const old = existing.get(row.id);
      const fields = Object.keys(row).filter((k) => k !== 'id' && row[k] !== old?.[k]);
      return { table, id: row.id, action: old ? 'update' : 'create', fields: Object.fromEntries(fields.map((k) => [k, { from: old?.[k] ?? null, to: row[k] }])) };
    });
  return { write, changes, counts: { created, updated: write.length - created, unchanged: incoming.length - write.length } };
}

const CHUNK = 500;

async function upsert(tx: Kysely<DB>, table: 'persons' | 'teams', rows: Row[], stamp: { orgId: string; version: number; updatedAt: string }) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => ({ ...r, ...stamp, deletedAt: null }));
    const columns = Object.keys(values[0]!).filter((c) => c !== 'orgId' && c !== 'id');
    await (tx as unknown as Kysely<Record<string, Row>>)
      .insertInto(table)
      .values(values)
      .onConflict((oc) => oc.columns(['orgId', 'id']).doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]))))
      .execute();
  }
}

/**
 * Applies a parsed import to the org; 422 with one issue per problem if any reference or chain
 * is wrong or no active admin would remain, 403 if it grants more than `importerRole` holds
 * (null: the system itself, as the seed).
 */
export async function importPeople(
  db: Kysely<DB>,
  orgId: string,
  payload: PeopleImport,
  now: Date = new Date(),
  importerRole: Role | null = null,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return orUnavailable(() => db.transaction().execute((tx) => importPeopleIn(tx, orgId, payload, now, importerRole, options)));
}

/** The import inside a transaction the caller holds. */
export async function importPeopleIn(
  tx: Kysely<DB>,
  orgId: string,
  payload: PeopleImport,
  now: Date,
  importerRole: Role | null,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // A dry run takes no version (and so no write lock): it writes nothing.
  const version = options.dryRun ? ((await readOrgCounters(tx, orgId))?.version ?? 0) : await nextOrgVersion(tx, orgId);
  const persons = await tx.selectFrom('persons').selectAll().where('orgId', '=', orgId).execute();
  const teams = await tx.selectFrom('teams').selectAll().where('orgId', '=', orgId).execute();
  const forbidden = forbiddenGrants(payload, persons, importerRole);
  if (forbidden.length) throw new HttpError(403, 'forbidden', `the import is not allowed: ${describeIssues(forbidden)}`, { issues: forbidden });
  const issues = [...checkImport(payload, { persons, teams }), ...lastAdminIssues(payload, persons)];
  if (issues.length) throw new HttpError(422, 'invalid_import', `the import cannot be applied: ${describeIssues(issues)}`, { issues });

  const teamDiff = diff(payload.teams, new Map(teams.map((t) => [t.id, t])));
  const personDiff = diff(payload.persons, new Map(persons.map((p) => [p.id, p])));
  const viewsChanged = changedViews({ persons, teams }, payload);
  const aclChanged = viewsChanged.size > 0;
  if (options.dryRun)
    return { version, teams: teamDiff.counts, persons: personDiff.counts, aclChanged, viewsChanged: viewsChanged.size, dryRun: true, changes: [...teamDiff.changes('teams'), ...personDiff.changes('persons')] };
  // People and teams reference each other; check those keys at commit, when both sides are written.
  await sql`set constraints all deferred`.execute(tx);
  const stamp = { orgId, version, updatedAt: now.toISOString() };
  await upsert(tx, 'teams', teamDiff.write, stamp);
  await upsert(tx, 'persons', personDiff.write, stamp);
  // Checked here, not at commit: the caller's transaction may go on (the seed pushes next).
  await sql`set constraints all immediate`.execute(tx);

  await bumpAccessEpochs(tx, orgId, version, viewsChanged);
  if (teamDiff.write.length + personDiff.write.length > 0) await announceChange(tx, { orgId, version, aclChanged });
  const result = { teams: teamDiff.counts, persons: personDiff.counts, aclChanged, viewsChanged: viewsChanged.size };
  if (options.audit) await auditImport(tx, orgId, personDiff.changes('persons'), result, options.audit, now);
  return { version, ...result };
}

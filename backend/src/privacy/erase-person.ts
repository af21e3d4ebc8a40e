/**
 * Erasing a person (the right to erasure), in one transaction at one org version. Their person
 * row stays, anonymised and inactive, so what they wrote for others and the org's history keep
 * their references: feedback they gave shows its author as "Erased person". Everything else
 * about them is removed per the plan in erasure-plan.ts. Clients learn it by an ordinary pull:
 * the anonymised person row and the tombstones carry the new version.
 *
 * @example
 * await erasePerson(db, orgId, personId, { confirmEmail: 'erin@example.com', actor: principal }, new Date());
 */
import { sql, type Kysely } from 'kysely';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';
import { recordAudit } from '../audit/audit-log';
import { HttpError, forbidden } from '../http/api-error';
import { readOrgCounters } from '../orgs/orgs';
import { importPeopleIn } from '../people/import-people';
import { orUnavailable } from '../sync/unavailable';
import { tombstoneWithoutText } from './blank-tombstones';
import { ERASURE_STEPS, type ErasureStep } from './erasure-plan';

export const ERASED_NAME = 'Erased person';
/** A unique address no mail can reach (`.invalid` is reserved for exactly that). */
const erasedEmail = (personId: string) => `erased-${personId}@erased.invalid`;
const isErased = (email: string) => email.endsWith('@erased.invalid');

export interface ErasureResult {
  personId: string;
  version: number;
  /** Rows changed (or, on a dry run, that would be) per table and action. */
  changes: Array<{ table: string; action: ErasureStep['action'] | 'anonymise'; rows: number }>;
  dryRun?: true;
}

export interface ErasureOptions {
  /** The person's current email, typed again by the admin: a wrong id never erases anyone. */
  confirmEmail: string;
  actor: Principal;
  dryRun?: boolean;
}

const invalid = (path: string, message: string) => new HttpError(422, 'invalid_erasure', `the person cannot be erased: ${path}: ${message}`, { issues: [{ path, message }] });

async function countStep(tx: Kysely<DB>, orgId: string, personId: string, step: ErasureStep): Promise<number> {
  const live = step.action === 'tombstone' ? sql`and deleted_at is null` : sql``;
  const { rows } = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(step.table)} where org_id = ${orgId} and ${step.where(personId)} ${live}`.execute(tx);
  return Number(rows[0]?.n ?? 0);
}

async function applyStep(tx: Kysely<DB>, orgId: string, personId: string, step: ErasureStep, stamp: { version: number; now: string }): Promise<number> {
  const where = sql`org_id = ${orgId} and ${step.where(personId)}`;
  if (step.action === 'tombstone') return tombstoneWithoutText(tx, step.table, where, stamp);
  return Number((await sql`delete from ${sql.table(step.table)} where ${where}`.execute(tx)).numAffectedRows ?? 0);
}

/** Refusals before anything is written: unknown person, wrong confirmation, rank, last admin. */
async function checkErasable(tx: Kysely<DB>, orgId: string, personId: string, options: ErasureOptions) {
  const person = await tx.selectFrom('persons').selectAll().where('orgId', '=', orgId).where('id', '=', personId).where('deletedAt', 'is', null).executeTakeFirst();
  if (!person) throw new HttpError(404, 'not_found', `no person ${personId} in this org`);
  if (isErased(person.email)) throw new HttpError(409, 'already_erased', `person ${personId} is already erased`);
  if (options.confirmEmail.trim().toLowerCase() !== person.email) throw invalid('confirmEmail', "must be the person's current email");
  if (person.role === 'admin' && options.actor.role !== 'admin') throw forbidden('only an admin may erase an admin');
  if (person.role === 'admin' && person.active) {
    const otherAdmin = await tx.selectFrom('persons').select('id').where('orgId', '=', orgId).where('role', '=', 'admin').where('active', '=', true).where('deletedAt', 'is', null).where('id', '!=', personId).executeTakeFirst();
    if (!otherAdmin) throw invalid('personId', 'is the last active admin; make someone else an admin first');
  }
  return person;
}

export async function erasePerson(db: Kysely<DB>, orgId: string, personId: string, options: ErasureOptions, now: Date): Promise<ErasureResult> {
  return orUnavailable(() =>
    db.transaction().execute(async (tx) => {
      const person = await checkErasable(tx, orgId, personId, options);
      const anonymised = { ...person, name: ERASED_NAME, email: erasedEmail(personId), title: null, role: 'member' as const, timezone: 'UTC', active: false };
      const { orgId: _org, version: _version, updatedAt: _updated, deletedAt: _deleted, ...fields } = anonymised;
      if (options.dryRun) {
        const changes: ErasureResult['changes'] = [{ table: 'persons', action: 'anonymise', rows: 1 }];
        for (const step of ERASURE_STEPS) changes.push({ table: step.table, action: step.action, rows: await countStep(tx, orgId, personId, step) });
        return { personId, version: (await readOrgCounters(tx, orgId))?.version ?? 0, dryRun: true, changes };
      }
      // The person row goes through the people import: it takes the org's write lock and version,
      // and bumps the access epochs of anyone whose view the role change alters.
      const { version } = await importPeopleIn(tx, orgId, { teams: [], persons: [fields] }, now, null);
      const changes: ErasureResult['changes'] = [{ table: 'persons', action: 'anonymise', rows: 1 }];
      for (const step of ERASURE_STEPS) changes.push({ table: step.table, action: step.action, rows: await applyStep(tx, orgId, personId, step, { version, now: now.toISOString() }) });
      // Ids and counts only: the log must not keep what the erasure removed.
      await recordAudit(tx, { orgId, actor: options.actor, action: 'person.erased', target: { type: 'person', id: personId }, details: { changes } }, now);
      return { personId, version, changes };
    }),
  );
}

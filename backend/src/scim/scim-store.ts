/** Reads and link writes behind the SCIM routes; the person and team writes go through the people import. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema';
import { HttpError } from '../http/api-error';
import { importPeopleIn } from '../people/import-people';
import { PeopleImport } from '../people/people-payload';
import type { Principal } from '../auth/principal';
import { ScimError } from './scim-error';
import type { Equalities } from './scim-filter';
import { scimAttribute, type PersonRow } from './scim-resources';

export type Link = { externalId: string | null; createdAt: string; deletedAt: string | null };
export type Linked<T> = { row: T; link: Link | undefined };

/** Not a UUID: no such resource (and no uuid cast error from the database). */
export const isUuid = (id: string) => z.uuid().safeParse(id).success;

const PERSON_COLUMNS = ['p.id', 'p.name', 'p.email', 'p.title', 'p.managerId', 'p.teamId', 'p.role', 'p.timezone', 'p.active', 'p.updatedAt'] as const;

const usersQuery = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('persons as p')
    .leftJoin('scimUsers as l', (j) => j.onRef('l.orgId', '=', 'p.orgId').onRef('l.personId', '=', 'p.id'))
    .select([...PERSON_COLUMNS, 'l.externalId', 'l.createdAt as linkedAt', 'l.deletedAt as unlinkedAt'])
    .where('p.orgId', '=', orgId)
    .where('p.deletedAt', 'is', null);

type UserRow = PersonRow & { externalId: string | null; linkedAt: string | null; unlinkedAt: string | null };
const linkedUser = ({ externalId, linkedAt, unlinkedAt, ...row }: UserRow): Linked<PersonRow> => ({
  row,
  link: linkedAt ? { externalId, createdAt: linkedAt, deletedAt: unlinkedAt } : undefined,
});

/** A person by id, by SCIM externalId or by email; deleted links included (a re-create revives them). */
export async function findUser(db: Kysely<DB>, orgId: string, by: { id?: string; externalId?: string; email?: string }): Promise<Linked<PersonRow> | undefined> {
  let query = usersQuery(db, orgId);
  if (by.id) query = query.where('p.id', '=', by.id);
  if (by.externalId) query = query.where('l.externalId', '=', by.externalId);
  if (by.email) query = query.where('p.email', '=', by.email.toLowerCase());
  const row = await query.executeTakeFirst();
  return row && linkedUser(row as UserRow);
}

export async function listUsers(db: Kysely<DB>, orgId: string, eq: Equalities, page: { offset: number; limit: number }) {
  let query = usersQuery(db, orgId).where('l.deletedAt', 'is', null);
  const userName = eq.get('username');
  const externalId = eq.get('externalid');
  if (userName !== undefined) query = query.where('p.email', '=', userName.toLowerCase());
  if (externalId !== undefined) query = query.where('l.externalId', '=', externalId);
  const { total } = await query.clearSelect().select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.orderBy('p.id').offset(page.offset).limit(page.limit).execute();
  return { total: Number(total), users: rows.map((r) => linkedUser(r as UserRow)) };
}

type TeamRow = { id: string; name: string; parentTeamId: string | null; leadId: string | null; function: string; updatedAt: string };

const groupsQuery = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('teams as t')
    .leftJoin('scimGroups as l', (j) => j.onRef('l.orgId', '=', 't.orgId').onRef('l.teamId', '=', 't.id'))
    .select(['t.id', 't.name', 't.parentTeamId', 't.leadId', 't.function', 't.updatedAt', 'l.externalId', 'l.createdAt as linkedAt', 'l.deletedAt as unlinkedAt'])
    .where('t.orgId', '=', orgId)
    .where('t.deletedAt', 'is', null);

const linkedGroup = ({ externalId, linkedAt, unlinkedAt, ...row }: TeamRow & { externalId: string | null; linkedAt: string | null; unlinkedAt: string | null }): Linked<TeamRow> => ({
  row,
  link: linkedAt ? { externalId, createdAt: linkedAt, deletedAt: unlinkedAt } : undefined,
});

export async function findGroup(db: Kysely<DB>, orgId: string, by: { id?: string; externalId?: string; name?: string }): Promise<Linked<TeamRow> | undefined> {
  let query = groupsQuery(db, orgId);
  if (by.id) query = query.where('t.id', '=', by.id);
  if (by.externalId) query = query.where('l.externalId', '=', by.externalId);
  if (by.name) query = query.where('t.name', '=', by.name);
  const row = await query.executeTakeFirst();
  return row && linkedGroup(row);
}

export async function listGroups(db: Kysely<DB>, orgId: string, eq: Equalities, page: { offset: number; limit: number }) {
  let query = groupsQuery(db, orgId).where('l.deletedAt', 'is', null);
  const name = eq.get('displayname');
  const externalId = eq.get('externalid');
  if (name !== undefined) query = query.where('t.name', '=', name);
  if (externalId !== undefined) query = query.where('l.externalId', '=', externalId);
  const { total } = await query.clearSelect().select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.orderBy('t.id').offset(page.offset).limit(page.limit).execute();
  return { total: Number(total), groups: rows.map(linkedGroup) };
}

export const teamMembers = (db: Kysely<DB>, orgId: string, teamIds: string[]) =>
  teamIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('persons').select(['id', 'name', 'teamId']).where('orgId', '=', orgId).where('teamId', 'in', teamIds).where('deletedAt', 'is', null).orderBy('id').execute();

export async function personRows(db: Kysely<DB>, orgId: string, ids: string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('persons as p').select(PERSON_COLUMNS).where('p.orgId', '=', orgId).where('p.id', 'in', ids).where('p.deletedAt', 'is', null).execute();
}

/** The import fields of a stored person, to change a few and write it back. */
export const importFields = ({ updatedAt: _u, ...person }: PersonRow) => person;

/** The people import inside the SCIM transaction, checked by its schema; its issues become SCIM errors naming the attribute. */
export async function applyImport(tx: Kysely<DB>, principal: Principal, input: { teams?: object[]; persons?: object[] }, now: Date): Promise<void> {
  const parsed = PeopleImport.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ScimError(400, 'invalidValue', `${scimAttribute(issue.path.join('.'))}: ${issue.message}`);
  }
  try {
    await importPeopleIn(tx, principal.orgId, parsed.data, now, principal.role, { audit: { actor: principal, source: 'scim' } });
  } catch (error) {
    if (!(error instanceof HttpError) || !error.details.issues?.length) throw error;
    const detail = error.details.issues.map((i) => `${scimAttribute(i.path)}: ${i.message}`).join('; ');
    throw error.status === 403 ? new ScimError(403, 'mutability', detail) : new ScimError(400, 'invalidValue', detail);
  }
}

export async function writeLink(
  tx: Kysely<DB>,
  table: 'scimUsers' | 'scimGroups',
  key: { orgId: string; id: string },
  change: { externalId?: string | null; deletedAt: string | null },
): Promise<void> {
  const idColumn = table === 'scimUsers' ? 'personId' : 'teamId';
  if (change.externalId) {
    const holder = await (tx as Kysely<any>).selectFrom(table).select(idColumn).where('orgId', '=', key.orgId).where('externalId', '=', change.externalId).executeTakeFirst();
    if (holder && holder[idColumn] !== key.id) throw new ScimError(409, 'uniqueness', `externalId: ${change.externalId} already belongs to ${holder[idColumn]}`);
  }
  const set = { deletedAt: change.deletedAt, ...(change.externalId !== undefined && { externalId: change.externalId }) };
  await (tx as Kysely<any>)
    .insertInto(table)
    .values({ orgId: key.orgId, [idColumn]: key.id, externalId: change.externalId ?? null, deletedAt: change.deletedAt })
    .onConflict((oc: any) => oc.columns(['orgId', idColumn]).doUpdateSet(set))
    .execute();
}

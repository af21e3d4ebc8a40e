/**
 * A people CSV (one person a row, the header naming the columns) turned into the people import.
 * People are matched by email, managers named by email and teams by name, since a spreadsheet
 * knows none of our ids; a team name the org lacks becomes a new team. A column left out keeps
 * what the org holds; an empty cell clears it. Every issue names the spreadsheet row (the header
 * is row 1) and the column: `row.3.manager_email`.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { uuidv7 } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { zodIssues, type Issue } from '../http/api-error';
import { invalidCsv, readCsvTable, type CsvTable } from '../http/csv-table';
import { MAX_IMPORT, PeopleImport } from './people-payload';

export const CSV_COLUMNS = ['email', 'name', 'title', 'manager_email', 'team', 'role', 'timezone', 'active'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['email', 'name'];
/** The import field each column fills, so import issues can be named by column. */
const FIELD_COLUMN: Record<string, Column> = { email: 'email', name: 'name', title: 'title', managerId: 'manager_email', teamId: 'team', role: 'role', timezone: 'timezone', active: 'active' };

export type CsvRows = CsvTable<Column>;

/** Parses the text; 422 for a malformed file, an unknown or missing column, or a cell the database cannot store. */
export const parsePeopleCsv = (text: string): CsvRows => readCsvTable(text, CSV_COLUMNS, REQUIRED, MAX_IMPORT, 'people');

type ExistingPerson = Record<string, unknown> & { id: string; email: string };

/** `persons.3.managerId` of the import built from `rows` -> `row.5.manager_email`. */
export function csvIssue(issue: Issue, rows: CsvRows['rows']): Issue {
  const match = /^persons\.(\d+)(?:\.(\w+))?/.exec(issue.path);
  if (!match) return issue;
  const column = match[2] ? (FIELD_COLUMN[match[2]] ?? match[2]) : undefined;
  return { path: ['row', rows[Number(match[1])]?.row, column].filter((p) => p !== undefined).join('.'), message: issue.message };
}

/** The import the CSV describes, against the org's people and teams as they stand. */
export async function csvToImport(db: Kysely<DB>, orgId: string, csv: CsvRows): Promise<PeopleImport> {
  const persons: ExistingPerson[] = await db.selectFrom('persons').selectAll().where('orgId', '=', orgId).execute();
  const teams = await db.selectFrom('teams').select(['id', 'name']).where('orgId', '=', orgId).where('deletedAt', 'is', null).execute();
  const byEmail = new Map(persons.map((p) => [p.email, p]));
  const idOfEmail = new Map(persons.map((p) => [p.email, p.id]));
  for (const { cells } of csv.rows) {
    const email = cells.email?.toLowerCase() ?? '';
    if (!idOfEmail.has(email)) idOfEmail.set(email, uuidv7());
  }
  const teamIds = new Map(teams.map((t) => [t.name.toLowerCase(), t.id]));
  const newTeams: Array<{ id: string; name: string }> = [];
  const teamFor = (name: string) => {
    if (!name) return null;
    let id = teamIds.get(name.toLowerCase());
    if (!id) {
      id = uuidv7();
      teamIds.set(name.toLowerCase(), id);
      newTeams.push({ id, name });
    }
    return id;
  };

  const issues: Issue[] = [];
  const has = (c: Column) => csv.columns.includes(c);
  const input = csv.rows.map(({ row, cells }) => {
    const email = cells.email?.toLowerCase() ?? '';
    const old = byEmail.get(email);
    const person: Record<string, unknown> = old
      ? { id: old.id, name: old.name, email, title: old.title, managerId: old.managerId, teamId: old.teamId, role: old.role, timezone: old.timezone, active: old.active }
      : { id: idOfEmail.get(email), email };
    person.name = cells.name;
    if (has('title')) person.title = cells.title || null;
    if (has('manager_email')) {
      const managerEmail = cells.manager_email?.toLowerCase() ?? '';
      person.managerId = managerEmail ? (idOfEmail.get(managerEmail) ?? null) : null;
      if (managerEmail && !idOfEmail.has(managerEmail)) issues.push({ path: `row.${row}.manager_email`, message: `no person with email ${managerEmail} in this org or this file` });
    }
    if (has('team')) person.teamId = teamFor(cells.team ?? '');
    if (has('role') && cells.role) person.role = cells.role;
    if (has('timezone') && cells.timezone) person.timezone = cells.timezone;
    if (has('active') && cells.active) {
      const active = { true: true, yes: true, '1': true, false: false, no: false, '0': false }[cells.active.toLowerCase()];
      if (active === undefined) issues.push({ path: `row.${row}.active`, message: 'must be true or false' });
      person.active = active ?? true;
    }
    return person;
  });
  const parsed = z.safeParse(PeopleImport, { teams: newTeams, persons: input });
  if (!parsed.success) issues.push(...zodIssues(parsed.error).map((i) => csvIssue(i, csv.rows)));
  if (issues.length || !parsed.success) throw invalidCsv(issues);
  return parsed.data;
}

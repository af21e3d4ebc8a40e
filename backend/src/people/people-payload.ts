/**
 * The people import body and its checks against the org as it stands: references resolve in
 * the org or the same payload, ids and emails are unique, and manager and team chains do not loop.
 */
import { z } from 'zod';
import { GoalCycleError, PersonFields, TeamFields, ancestors } from '@sightline/sdk/model';
import type { Issue } from '../http/api-error';

export const MAX_IMPORT = 5000;

export const PeopleImport = z.strictObject({
  teams: z.array(TeamFields).max(MAX_IMPORT).default([]),
  persons: z.array(PersonFields).max(MAX_IMPORT).default([]),
});
export type PeopleImport = z.output<typeof PeopleImport>;
export type PeopleImportInput = z.input<typeof PeopleImport>;

export interface ExistingPeople {
  persons: Array<{ id: string; email: string; managerId: string | null }>;
  teams: Array<{ id: string; parentTeamId: string | null }>;
}

function checkUnique<T>(items: T[], key: (item: T) => string, path: (i: number) => string, issues: Issue[]) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(key(item))) issues.push({ path: path(i), message: 'appears twice in this import' });
    seen.add(key(item));
  });
}

/** The chain above `id` through `parentOf`, or the loop it runs into. */
function loopIn(id: string, parentOf: (id: string) => string | null | undefined): string | null {
  try {
    ancestors(id, parentOf);
    return null;
  } catch (error) {
    if (error instanceof GoalCycleError) return error.goalIds.join(' -> ');
    throw error;
  }
}

/** Every problem with the import, each naming the field (`persons.3.managerId`); empty when it can be applied. */
export function checkImport(payload: PeopleImport, existing: ExistingPeople): Issue[] {
  const issues: Issue[] = [];
  checkUnique(payload.teams, (t) => t.id, (i) => `teams.${i}.id`, issues);
  checkUnique(payload.persons, (p) => p.id, (i) => `persons.${i}.id`, issues);
  checkUnique(payload.persons, (p) => p.email, (i) => `persons.${i}.email`, issues);

  const manager = new Map(existing.persons.map((p) => [p.id, p.managerId]));
  const parentTeam = new Map(existing.teams.map((t) => [t.id, t.parentTeamId]));
  for (const p of payload.persons) manager.set(p.id, p.managerId);
  for (const t of payload.teams) parentTeam.set(t.id, t.parentTeamId);
  const emailOwner = new Map(existing.persons.map((p) => [p.email, p.id]));

  const mustExist = (map: Map<string, unknown>, id: string | null, path: string, what: string) => {
    if (id !== null && !map.has(id)) issues.push({ path, message: `no ${what} ${id} in this org or this import` });
  };
  payload.teams.forEach((t, i) => {
    mustExist(parentTeam, t.parentTeamId, `teams.${i}.parentTeamId`, 'team');
    mustExist(manager, t.leadId, `teams.${i}.leadId`, 'person');
    const loop = loopIn(t.id, (id) => parentTeam.get(id));
    if (loop) issues.push({ path: `teams.${i}.parentTeamId`, message: `the team hierarchy loops: ${loop}` });
  });
  payload.persons.forEach((p, i) => {
    mustExist(manager, p.managerId, `persons.${i}.managerId`, 'person');
    mustExist(parentTeam, p.teamId, `persons.${i}.teamId`, 'team');
    const owner = emailOwner.get(p.email);
    if (owner && owner !== p.id) issues.push({ path: `persons.${i}.email`, message: `is already used by person ${owner}` });
    const loop = loopIn(p.id, (id) => manager.get(id));
    if (loop) issues.push({ path: `persons.${i}.managerId`, message: `the manager chain loops: ${loop}` });
  });
  return issues;
}

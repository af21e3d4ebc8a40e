/**
 * Whose view of the org a people import changes, so only they reset (sync/access-epochs.ts).
 * What a person may see depends on their own role (admin or not) and team, the teams they lead,
 * and the set of people below them with those people's teams (sync/visibility.ts). So:
 *   - a manager change of P changes the reports of everyone above P, before and after;
 *   - a team change of P changes P's own view and that of everyone above P, before and after;
 *   - a role change that makes P admin-like or not changes P's view;
 *   - a team's new lead gains its team goals, the old lead loses them.
 * A parent team is not part of any visibility rule, so moving a team under another resets no one.
 * A new person or team owns no rows yet; only a newcomer's team is news to those above them.
 */
import type { Role } from '@sightline/sdk/model';
import { isAdminLike } from '../auth/principal';
import type { PeopleImport } from './people-payload';

interface PersonLinks {
  id: string;
  managerId: string | null;
  teamId: string | null;
  role: Role;
}
interface TeamLinks {
  id: string;
  leadId: string | null;
}

/** Everyone above `personId` in `managerOf`, nearest first; stops on a loop. */
function managersAbove(personId: string, managerOf: Map<string, string | null>): string[] {
  const chain: string[] = [];
  for (let m = managerOf.get(personId) ?? null; m !== null && !chain.includes(m); m = managerOf.get(m) ?? null) chain.push(m);
  return chain;
}

export function changedViews(existing: { persons: readonly PersonLinks[]; teams: readonly TeamLinks[] }, payload: PeopleImport): Set<string> {
  const before = new Map(existing.persons.map((p) => [p.id, p]));
  const managerBefore = new Map(existing.persons.map((p) => [p.id, p.managerId]));
  const managerAfter = new Map(managerBefore);
  for (const p of payload.persons) managerAfter.set(p.id, p.managerId);
  const aboveBoth = (id: string) => [...managersAbove(id, managerBefore), ...managersAbove(id, managerAfter)];

  const changed = new Set<string>();
  const add = (ids: Iterable<string | null>) => {
    for (const id of ids) if (id !== null) changed.add(id);
  };
  for (const p of payload.persons) {
    const old = before.get(p.id);
    if (!old) {
      if (p.teamId !== null) add(managersAbove(p.id, managerAfter));
      continue;
    }
    if (old.managerId !== p.managerId) add(aboveBoth(p.id));
    if (old.teamId !== p.teamId) add([p.id, ...aboveBoth(p.id)]);
    if (isAdminLike(old.role) !== isAdminLike(p.role)) add([p.id]);
  }
  const leadBefore = new Map(existing.teams.map((t) => [t.id, t.leadId]));
  for (const t of payload.teams) {
    if (leadBefore.has(t.id) && leadBefore.get(t.id) !== t.leadId) add([leadBefore.get(t.id) ?? null, t.leadId]);
  }
  return changed;
}

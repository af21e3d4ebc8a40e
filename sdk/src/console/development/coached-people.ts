/** Whose development the viewer works on: themself, everyone below them in the org chart, and for admins everyone. */
import type { Person } from '../../model';
import { isAdminLike } from '../admin-roles';

export function coachedPeople(people: readonly Person[], me: Person): Person[] {
  if (isAdminLike(me.role)) return [...people];
  const byId = new Map(people.map((p) => [p.id, p]));
  const below = (p: Person) => {
    const seen = new Set<string>();
    for (let m = p.managerId; m && !seen.has(m); m = byId.get(m)?.managerId ?? null) {
      if (m === me.id) return true;
      seen.add(m);
    }
    return false;
  };
  return people.filter((p) => p.id === me.id || below(p));
}

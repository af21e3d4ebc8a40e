/**
 * Who manages whom, from the local people store: the server's rule for asking about someone
 * else, writing a manager review and sharing a review is "in the subject's manager chain, or an
 * admin", and the console offers only what the server will take.
 */
import type { Person } from '../model';
import { isAdminLike } from './admin-roles';

/** True if `managerId` is above `personId` in the reporting lines (a loop ends the walk). */
export function inChainOf(people: readonly Person[], managerId: string, personId: string): boolean {
  const byId = new Map(people.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (let at = byId.get(personId)?.managerId ?? null; at !== null && !seen.has(at); at = byId.get(at)?.managerId ?? null) {
    if (at === managerId) return true;
    seen.add(at);
  }
  return false;
}

/** Active people `me` may ask feedback about: themselves first, then (admins) everyone or their chain, by name. */
export function askableSubjects(me: Person, people: readonly Person[]): Person[] {
  const others = people.filter((p) => p.active && p.id !== me.id && (isAdminLike(me.role) || inChainOf(people, me.id, p.id)));
  return [me, ...others.sort((a, b) => a.name.localeCompare(b.name))];
}

/** May `me` share `subjectId`'s submitted reviews (review.share)? */
export const mayShareAbout = (me: Person, people: readonly Person[], subjectId: string) => isAdminLike(me.role) || inChainOf(people, me.id, subjectId);

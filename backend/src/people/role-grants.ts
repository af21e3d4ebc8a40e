/**
 * Who may hand out which role through an import. Nobody grants a role above their own: only an
 * admin makes an admin, and only an admin changes an admin's record (a people admin could
 * otherwise deactivate the real admin). And an org always keeps one active admin, so the
 * embed keys and roles can still be managed.
 */
import type { Role } from '@sightline/sdk/model';
import type { Issue } from '../http/api-error';
import type { PeopleImport } from './people-payload';

const RANK: Record<Role, number> = { member: 0, manager: 1, people_admin: 2, admin: 3 };

type Existing = { id: string; role: Role; active: boolean; deletedAt: string | null } & Record<string, unknown>;

const isActiveAdmin = (p: { role: Role; active: boolean; deletedAt?: string | null }) => p.role === 'admin' && p.active && !p.deletedAt;

/** Grants above `importerRole`, and changes to people who rank above it; null importer = the system (seed, tests). */
export function forbiddenGrants(payload: PeopleImport, existing: Existing[], importerRole: Role | null): Issue[] {
  if (importerRole === null) return [];
  const before = new Map(existing.map((p) => [p.id, p]));
  const issues: Issue[] = [];
  payload.persons.forEach((p, i) => {
    const old = before.get(p.id);
    if (old && RANK[old.role] > RANK[importerRole] && Object.entries(p).some(([k, v]) => old[k] !== v)) {
      issues.push({ path: `persons.${i}`, message: `is ${old.role === 'admin' ? 'an admin' : `a ${old.role}`}; only an admin may change their record` });
    } else if (RANK[p.role] > RANK[importerRole] && old?.role !== p.role) {
      issues.push({ path: `persons.${i}.role`, message: `only an admin may grant the ${p.role} role` });
    }
  });
  return issues;
}

/** The change that would leave an org that has an active admin with none. */
export function lastAdminIssues(payload: PeopleImport, existing: Existing[]): Issue[] {
  if (!existing.some(isActiveAdmin)) return [];
  const after = new Map(existing.map((p) => [p.id, { role: p.role, active: p.active, deletedAt: p.deletedAt }]));
  for (const p of payload.persons) after.set(p.id, { role: p.role, active: p.active, deletedAt: null });
  if ([...after.values()].some(isActiveAdmin)) return [];
  const wereActiveAdmins = new Set(existing.filter(isActiveAdmin).map((p) => p.id));
  return payload.persons.flatMap((p, i) => {
    if (!wereActiveAdmins.has(p.id)) return [];
    const field = p.role !== 'admin' ? 'role' : p.active ? null : 'active';
    return field ? [{ path: `persons.${i}.${field}`, message: 'would remove the last active admin; make someone else an admin first' }] : [];
  });
}

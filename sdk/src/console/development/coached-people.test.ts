import { describe, expect, it } from 'vitest';
import type { Person } from '../../model';
import { coachedPeople } from './coached-people';

const person = (id: string, managerId: string | null, role: Person['role'] = 'member'): Person =>
  ({ id, name: id, email: `${id}@x.test`, title: null, managerId, teamId: null, role, timezone: 'UTC', active: true, orgId: 'o', version: 1, updatedAt: '2026-01-01T00:00:00Z' }) as Person;

describe('coachedPeople', () => {
  const vp = person('vp', null, 'manager');
  const lead = person('lead', 'vp', 'manager');
  const ann = person('ann', 'lead');
  const bob = person('bob', null);
  // A loop in the data must not hang the walk.
  const loopA = person('loopA', 'loopB');
  const loopB = person('loopB', 'loopA');
  const people = [vp, lead, ann, bob, loopA, loopB];

  it('is the viewer and their whole chain below, not their peers or above', () => {
    expect(coachedPeople(people, vp).map((p) => p.id)).toEqual(['vp', 'lead', 'ann']);
    expect(coachedPeople(people, lead).map((p) => p.id)).toEqual(['lead', 'ann']);
    expect(coachedPeople(people, ann).map((p) => p.id)).toEqual(['ann']);
  });

  it('is everyone for admins', () => {
    expect(coachedPeople(people, person('hr', null, 'people_admin'))).toHaveLength(people.length);
  });
});

import { describe, expect, it } from 'vitest';
import { PeopleImport } from './people-payload';
import { changedViews } from './changed-views';

// ceo > vp > lead > ana; lead leads team t1; bea (no manager) leads t2.
const ids = { ceo: '0190e011-0000-7000-8000-000000000001', vp: '0190e011-0000-7000-8000-000000000002', lead: '0190e011-0000-7000-8000-000000000003', ana: '0190e011-0000-7000-8000-000000000004', bea: '0190e011-0000-7000-8000-000000000005', new: '0190e011-0000-7000-8000-000000000006' };
const teams = { t1: '0190e0ee-0000-7000-8000-000000000001', t2: '0190e0ee-0000-7000-8000-000000000002' };
type Name = keyof typeof ids;
const person = (name: Name, managerId: string | null, teamId: string | null, role: 'member' | 'manager' | 'people_admin' = 'member') => ({ id: ids[name], name, email: `${name}@x.test`, role, managerId, teamId });
const persons = [person('ceo', null, null, 'manager'), person('vp', ids.ceo, null, 'manager'), person('lead', ids.vp, teams.t1, 'manager'), person('ana', ids.lead, teams.t1), person('bea', null, teams.t2, 'manager')];
const existing = { persons, teams: [{ id: teams.t1, leadId: ids.lead }, { id: teams.t2, leadId: ids.bea }] };
const names = (set: Set<string>) => [...set].map((id) => Object.entries(ids).find(([, v]) => v === id)![0]).sort();
const changes = (payload: Parameters<typeof PeopleImport.parse>[0]) => names(changedViews(existing, PeopleImport.parse(payload)));

describe('changedViews', () => {
  it('a manager change alone: everyone above, before and after, not the person', () => {
    expect(changes({ persons: [{ ...person('ana', ids.bea, teams.t1) }] })).toEqual(['bea', 'ceo', 'lead', 'vp']);
  });

  it('a team change: the person and everyone above them', () => {
    expect(changes({ persons: [{ ...person('ana', ids.lead, teams.t2) }] })).toEqual(['ana', 'ceo', 'lead', 'vp']);
  });

  it('a role change only when it crosses admin-like', () => {
    expect(changes({ persons: [person('ana', ids.lead, teams.t1, 'manager')] })).toEqual([]);
    expect(changes({ persons: [person('ana', ids.lead, teams.t1, 'people_admin')] })).toEqual(['ana']);
  });

  it("a team's new lead and old lead; a parent team and unchanged rows reset no one", () => {
    expect(changes({ teams: [{ id: teams.t1, name: 'T1', leadId: ids.bea }] })).toEqual(['bea', 'lead']);
    expect(changes({ teams: [{ id: teams.t2, name: 'T2', leadId: ids.bea, parentTeamId: teams.t1 }], persons })).toEqual([]);
  });

  it('a newcomer in a team is news to those above them; one in no team to no one', () => {
    expect(changes({ persons: [person('new', ids.lead, teams.t1)] })).toEqual(['ceo', 'lead', 'vp']);
    expect(changes({ persons: [person('new', ids.lead, null)] })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Cycle, CycleFields, Org, Person, PersonFields, Team, TeamFields } from './org';
import { ids, issues, sample, serverFields } from './test-samples';

describe('Org', () => {
  it('accepts a valid org', () => {
    expect(Org.parse(sample.org)).toEqual(sample.org);
  });

  it.each([
    ['an upper-case slug', { slug: 'Northwind' }, 'slug: must be 2-63 lowercase letters, digits or dashes'],
    ['a one-letter slug', { slug: 'n' }, 'slug: must be 2-63 lowercase letters, digits or dashes'],
    ['a slug starting with a dash', { slug: '-northwind' }, 'slug: must be 2-63 lowercase letters, digits or dashes'],
    ['a blank name', { name: ' ' }, 'name: must not be empty'],
    ['a non-UUID id', { id: 'org-1' }, 'id: must be a UUID'],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(Org, { ...sample.org, ...change })).toEqual([expected]);
  });
});

describe('Person', () => {
  it('lower-cases the email and fills defaults', () => {
    expect(PersonFields.parse({ id: ids.person, name: 'Lena Vogel', email: 'Lena@Northwind.example' })).toEqual({
      id: ids.person,
      name: 'Lena Vogel',
      email: 'lena@northwind.example',
      title: null,
      managerId: null,
      teamId: null,
      role: 'member',
      timezone: 'UTC',
      active: true,
    });
  });

  it('accepts a stored row with server fields', () => {
    expect(Person.parse({ ...sample.person, ...serverFields }).email).toBe('lena.vogel@northwind.example');
  });

  it.each([
    ['a bad email', { email: 'lena@' }, 'email: must be an email address'],
    ['an over-long email', { email: `${'l'.repeat(320)}@northwind.example` }, 'email: must be at most 320 characters'],
    ['an unknown time zone', { timezone: 'Berlin' }, 'timezone: must be an IANA time zone such as Europe/Berlin'],
    ['an unknown role', { role: 'owner' }, 'role: must be one of member, manager, people_admin, admin'],
    ['a non-UUID manager', { managerId: 'boss' }, 'managerId: must be a UUID'],
    ['a client-sent version', { version: 3 }, '(root): has unknown key "version"'],
  ])('PersonFields rejects %s', (_, change, expected) => {
    expect(issues(PersonFields, { ...sample.person, ...change })).toEqual([expected]);
  });

  it('rejects a person who manages themself, at managerId', () => {
    expect(issues(Person, { ...sample.person, ...serverFields, managerId: ids.person })).toEqual([
      'managerId: a person cannot be their own manager',
    ]);
  });

  it('requires the server fields on a stored row', () => {
    expect(issues(Person, sample.person)).toEqual([
      'orgId: must be a UUID',
      'version: is required',
      'updatedAt: must be an ISO 8601 date-time',
    ]);
  });
});

describe('Team', () => {
  it('fills defaults', () => {
    expect(TeamFields.parse({ id: ids.team, name: 'Leadership' })).toEqual({
      id: ids.team,
      name: 'Leadership',
      parentTeamId: null,
      leadId: null,
      function: 'other',
    });
    expect(Team.parse({ ...sample.team, ...serverFields }).function).toBe('support');
  });

  it.each([
    ['an unknown function', { function: 'marketing' }, 'function: must be one of'],
    ['a non-UUID lead', { leadId: 'priya' }, 'leadId: must be a UUID'],
    ['an over-long name', { name: 'x'.repeat(201) }, 'name: must be at most 200 characters'],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(TeamFields, { ...sample.team, ...change }).join('\n')).toContain(expected);
  });
});

describe('Cycle', () => {
  it('accepts a quarter, as args and as a stored row', () => {
    expect(CycleFields.parse(sample.cycle)).toEqual(sample.cycle);
    expect(Cycle.parse({ ...sample.cycle, ...serverFields }).endsOn).toBe('2026-06-30');
  });

  it.each([
    ['args', CycleFields, sample.cycle],
    ['stored row', Cycle, { ...sample.cycle, ...serverFields }],
  ] as const)('%s: rejects an end on or before the start, at endsOn', (_, schema, row) => {
    expect(issues(schema, { ...row, endsOn: '2026-04-01' })).toEqual(['endsOn: must be after startsOn']);
    expect(issues(schema, { ...row, endsOn: '2026-03-31' })).toEqual(['endsOn: must be after startsOn']);
  });

  it.each([
    ['an unknown kind', { kind: 'month' }, 'kind: must be one of quarter, half, year, custom'],
    ['an impossible date', { startsOn: '2026-04-31' }, 'startsOn: must be an ISO date (YYYY-MM-DD)'],
    ['a blank name', { name: '' }, 'name: must not be empty'],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(CycleFields, { ...sample.cycle, ...change })).toEqual([expected]);
  });
});

import type { Team } from '@sightline/sdk/model';
import { describe, expect, it } from 'vitest';
import { teamForSpace } from './space-team';

const team = (name: string): Team => ({ id: name, name, parentTeamId: null, leadId: null, function: 'other', orgId: 'o', version: 1, updatedAt: '2026-01-01T00:00:00Z' });
const TEAMS = [team('Support'), team('Engineering'), team('Customer Success'), team('CSAT Analytics'), team('Sales EMEA'), team('Platform Operations')];

describe('teamForSpace', () => {
  it('matches a space key or name to the team it belongs to', () => {
    expect(teamForSpace(TEAMS, 'support')?.name).toBe('Support');
    expect(teamForSpace(TEAMS, 'SUP')?.name).toBe('Support');
    expect(teamForSpace(TEAMS, 'ENG')?.name).toBe('Engineering');
    expect(teamForSpace(TEAMS, 'Sales-EMEA')?.name).toBe('Sales EMEA');
    expect(teamForSpace(TEAMS, 'OPER')?.name).toBe('Platform Operations');
  });

  it('prefers a whole name, then initials, then a prefix of the name, then of a word', () => {
    expect(teamForSpace(TEAMS, 'CS')?.name).toBe('Customer Success');
    expect(teamForSpace(TEAMS, 'CSAT')?.name).toBe('CSAT Analytics');
    // "Support" itself, not the "support" word of another team's name.
    expect(teamForSpace([team('Customer Support'), ...TEAMS], 'SUP')?.name).toBe('Support');
    expect(teamForSpace([team('Customer Support')], 'SUP')?.name).toBe('Customer Support');
  });

  it('finds nothing for an unrelated, missing or one-letter space', () => {
    expect(teamForSpace(TEAMS, 'HR')).toBeNull();
    expect(teamForSpace(TEAMS, null)).toBeNull();
    expect(teamForSpace(TEAMS, 'S')).toBeNull();
    expect(teamForSpace(TEAMS, '--')).toBeNull();
  });
});

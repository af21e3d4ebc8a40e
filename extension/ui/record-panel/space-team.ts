/**
 * Docs panels show the goals of the team a page's space belongs to. Spaces are named by key
 * ("SUP", "ENG", "CS") or name; teams by name ("Support", "Engineering", "Customer Success").
 * A space matches a team by the whole name, its initials, a prefix of the name or of one of its
 * words; the first of those that finds a team wins, so "CS" picks "Customer Success" over
 * "CSAT Analytics", and "SUP" finds "Customer Support".
 */
import type { Team } from '@sightline/sdk/model';

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const initials = (name: string) => words(name).map((word) => word[0]).join('');

const RULES: Array<(key: string, team: Team) => boolean> = [
  (key, team) => normalise(team.name) === key,
  (key, team) => initials(team.name).length > 1 && initials(team.name) === key,
  (key, team) => key.length > 1 && normalise(team.name).startsWith(key),
  (key, team) => key.length > 1 && words(team.name).some((word) => word.startsWith(key)),
];

export function teamForSpace(teams: readonly Team[], space: string | null): Team | null {
  const key = space ? normalise(space) : '';
  if (!key) return null;
  const byName = [...teams].sort((a, b) => a.name.localeCompare(b.name));
  for (const rule of RULES) {
    const team = byName.find((candidate) => rule(key, candidate));
    if (team) return team;
  }
  return null;
}

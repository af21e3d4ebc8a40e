/**
 * Who may see a goal with given visibility, team and owner: the goal rule of visibility.ts
 * turned around (from "which goals does this viewer see" to "which viewers see this goal").
 * Re-scoping a goal bumps the access epoch of its audience before and after, so exactly they
 * reset. Admins see every goal either way; they are included only where the rule names them.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Goal } from '@sightline/sdk/model';
import { managersAbove } from './visibility';

type Scope = Pick<Goal, 'visibility' | 'teamId' | 'ownerId'>;

/** A one-column subquery of the person ids that see a goal scoped `goal`. */
export function goalAudience(orgId: string, goal: Scope): RawBuilder<unknown> {
  const owner = goal.ownerId === null ? sql`` : sql`select ${goal.ownerId}::uuid union `;
  switch (goal.visibility) {
    case 'org':
      return sql`(select id from persons where org_id = ${orgId})`;
    case 'team': {
      if (goal.teamId === null) return sql`(${owner}select null::uuid where false)`;
      const members = sql`(select id from persons where org_id = ${orgId} and team_id = ${goal.teamId})`;
      return sql`(${owner}select id from ${members} as m(id)
        union select id from ${managersAbove(orgId, members)} as a(id)
        union select lead_id from teams where org_id = ${orgId} and id = ${goal.teamId} and lead_id is not null)`;
    }
    case 'private':
      return goal.ownerId === null
        ? sql`(select null::uuid where false)`
        : sql`(${owner}select id from ${managersAbove(orgId, sql`(select ${goal.ownerId}::uuid)`)} as a(id))`;
  }
}

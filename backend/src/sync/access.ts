/**
 * Who may write what. The org chart decides most of it: a manager acts for the people below
 * them, people admins and admins for everyone. Reads are visibility.ts's job.
 */
import { sql } from 'kysely';
import type { Goal } from '@sightline/sdk/model';
import { isAdminLike } from '../auth/principal';
import type { HandlerContext } from './handlers/context';
import { reject } from './rejection';
import { remembered } from './remembered';
import { reportsOf } from './visibility';

/** The person acting; integration keys act for no one and may only record metric values. */
export function actingPerson(ctx: HandlerContext): string {
  return ctx.principal.personId ?? reject('an integration key may only record metric values');
}

export const isAdmin = (ctx: HandlerContext): boolean => isAdminLike(ctx.principal.role);

export function requireAdmin(ctx: HandlerContext, what: string): void {
  if (!isAdmin(ctx)) reject(`only people admins and admins may ${what}`);
}

/** Is `managerId` in `personId`'s manager chain (their manager, or that manager's, and so on)? */
export function manages(ctx: HandlerContext, managerId: string, personId: string): Promise<boolean> {
  return remembered(ctx, `manages ${managerId} ${personId}`, async () => {
    const { rows } = await sql<{ manages: boolean }>`select ${personId}::uuid in ${reportsOf(ctx.orgId, managerId)} as manages`.execute(ctx.tx);
    return rows[0]?.manages ?? false;
  });
}

/** The person themself or someone in their manager chain. */
export async function actsFor(ctx: HandlerContext, personId: string): Promise<boolean> {
  const me = actingPerson(ctx);
  return me === personId || (await manages(ctx, me, personId));
}

function leadsOrManagesTeam(ctx: HandlerContext, me: string, teamId: string): Promise<boolean> {
  return remembered(ctx, `leads ${me} ${teamId}`, async () => {
    const { rows } = await sql<{ allowed: boolean }>`select
        exists (select 1 from teams where org_id = ${ctx.orgId} and id = ${teamId} and lead_id = ${me})
        or exists (select 1 from persons where org_id = ${ctx.orgId} and team_id = ${teamId} and id in ${reportsOf(ctx.orgId, me)})
      as allowed`.execute(ctx.tx);
    return rows[0]?.allowed ?? false;
  });
}

/**
 * Org goals: admins. Team goals: the team lead, anyone managing (transitively) a team member,
 * admins. Person goals: the owner, their manager chain, admins.
 */
export async function canEditGoal(ctx: HandlerContext, goal: Pick<Goal, 'level' | 'ownerId' | 'teamId'>): Promise<boolean> {
  const me = actingPerson(ctx);
  if (isAdmin(ctx)) return true;
  switch (goal.level) {
    case 'org':
      return false;
    case 'team':
      return goal.teamId !== null && (await leadsOrManagesTeam(ctx, me, goal.teamId));
    case 'person':
      return goal.ownerId !== null && (await actsFor(ctx, goal.ownerId));
  }
}

export async function requireGoalEditor(ctx: HandlerContext, goal: Pick<Goal, 'id' | 'level' | 'ownerId' | 'teamId'>): Promise<void> {
  if (!(await canEditGoal(ctx, goal))) reject(`you may not edit ${goal.level} goal ${goal.id}`);
}

/** Is the person a member of the team? */
export function isTeamMember(ctx: HandlerContext, personId: string, teamId: string): Promise<boolean> {
  return remembered(ctx, `member ${personId} ${teamId}`, async () => {
    const person = await ctx.tx
      .selectFrom('persons')
      .select('id')
      .where('orgId', '=', ctx.orgId)
      .where('id', '=', personId)
      .where('teamId', '=', teamId)
      .executeTakeFirst();
    return person !== undefined;
  });
}

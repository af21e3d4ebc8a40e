/** Parent links walked upward in SQL, so a re-parenting can be checked for loops (goals, teams). */
import { sql } from 'kysely';
import { wouldCycle } from '@sightline/sdk/model';
import type { HandlerContext } from './handlers/context';
import { reject } from './rejection';

/** Code-chosen, never input: the table and the column holding its parent id. */
const PARENT_COLUMN = { goals: 'parent_id', teams: 'parent_team_id' } as const;
const LABEL = { goals: 'goal', teams: 'team' } as const;

/** The parent links from `startId` upward, as far as they go (stops on a loop, which wouldCycle reports). */
async function parentLinks(ctx: HandlerContext, table: keyof typeof PARENT_COLUMN, startId: string): Promise<Map<string, string | null>> {
  const [from, parent] = [sql.raw(table), sql.raw(PARENT_COLUMN[table])];
  const { rows } = await sql<{ id: string; parentId: string | null }>`with recursive up(id, parent_id) as (
      select id, ${parent} from ${from} where org_id = ${ctx.orgId} and id = ${startId}
      union
      select t.id, t.${parent} from ${from} t join up on t.id = up.parent_id where t.org_id = ${ctx.orgId})
    select id, parent_id from up`.execute(ctx.tx);
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/** Rejects, naming `field`, when making `parentId` the parent of `id` would close a loop. */
export async function refuseParentLoop(ctx: HandlerContext, table: keyof typeof PARENT_COLUMN, id: string, parentId: string, field: string): Promise<void> {
  const links = await parentLinks(ctx, table, parentId);
  if (wouldCycle(id, parentId, (x) => links.get(x)))
    reject(`${field}: making ${LABEL[table]} ${parentId} the parent of ${id} would create a cycle`);
}

/** Resolves `sla_` access tokens: the session live, unexpired, unrevoked, and its person active. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { personPrincipal, type PrincipalResolver } from '../principal';
import { hashToken } from '../tokens';
import { SESSION_PREFIXES } from './sessions';

/** As for API tokens: a write per request would turn reads into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function sessionResolver(db: Kysely<DB>, now: () => Date): PrincipalResolver {
  return async (credential) => {
    if (!credential.startsWith(SESSION_PREFIXES.access)) return null;
    const at = now();
    const row = await db
      .selectFrom('sessions as s')
      .innerJoin('persons as p', (j) => j.onRef('p.orgId', '=', 's.orgId').onRef('p.id', '=', 's.personId'))
      .select(['s.orgId', 's.id', 's.personId', 's.lastUsedAt', 'p.role', 'p.active', 'p.deletedAt'])
      .where('s.accessHash', '=', hashToken(credential))
      .where('s.revokedAt', 'is', null)
      .where('s.accessExpiresAt', '>', at.toISOString())
      .where('s.expiresAt', '>', at.toISOString())
      .executeTakeFirst();
    if (!row || !row.active || row.deletedAt) return null;
    if (!row.lastUsedAt || at.getTime() - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
      await db.updateTable('sessions').set({ lastUsedAt: at.toISOString() }).where('orgId', '=', row.orgId).where('id', '=', row.id).execute();
    }
    return { ...personPrincipal(row.orgId, row.personId, row.role), sessionId: row.id };
  };
}

/** Resolves `slp_`/`slk_` API tokens: live, unrevoked, and for person tokens an active person. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { personPrincipal, type PrincipalResolver } from './principal';
import { TOKEN_PREFIXES, hashToken } from './tokens';

/** Touching last_used_at on every request would turn reads into writes; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function tokenResolver(db: Kysely<DB>): PrincipalResolver {
  return async (credential) => {
    if (!Object.values(TOKEN_PREFIXES).some((p) => credential.startsWith(p))) return null;
    const row = await db
      .selectFrom('apiTokens as k')
      .innerJoin('persons as p', (j) => j.onRef('p.orgId', '=', 'k.orgId').onRef('p.id', '=', 'k.personId'))
      .select(['k.orgId', 'k.id', 'k.kind', 'k.personId', 'k.lastUsedAt', 'p.role', 'p.active', 'p.deletedAt'])
      .where('k.secretHash', '=', hashToken(credential))
      .where('k.revokedAt', 'is', null)
      .executeTakeFirst();
    // An integration key outlives its creator's account; a person token dies with the person.
    if (!row || (row.kind === 'person' && (!row.active || row.deletedAt))) return null;
    const now = Date.now();
    if (!row.lastUsedAt || now - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
      await db
        .updateTable('apiTokens')
        .set({ lastUsedAt: new Date(now).toISOString() })
        .where('orgId', '=', row.orgId)
        .where('id', '=', row.id)
        .execute();
    }
    return row.kind === 'person'
      ? personPrincipal(row.orgId, row.personId, row.role, row.id)
      : { orgId: row.orgId, personId: null, role: 'member', kind: 'integration', key: `token:${row.id}`, tokenId: row.id };
  };
}

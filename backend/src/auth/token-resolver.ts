/** Resolves `slp_`/`slk_` API tokens: unexpired, unrevoked, and for person tokens an active person. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { personPrincipal, type Principal, type PrincipalResolver } from './principal';
import { TOKEN_PREFIXES, hashToken } from './tokens';

/** Touching last_used_at on every request would turn reads into writes; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function tokenResolver(db: Kysely<DB>): PrincipalResolver {
  return async (credential) => {
    if (!Object.values(TOKEN_PREFIXES).some((p) => credential.startsWith(p))) return null;
    const row = await db
      .selectFrom('apiTokens as k')
      .innerJoin('persons as p', (j) => j.onRef('p.orgId', '=', 'k.orgId').onRef('p.id', '=', 'k.personId'))
      .select(['k.orgId', 'k.id', 'k.kind', 'k.personId', 'k.lastUsedAt', 'k.scopes', 'k.expiresAt', 'p.role', 'p.active', 'p.deletedAt'])
      .where('k.secretHash', '=', hashToken(credential))
      .where('k.revokedAt', 'is', null)
      .where((eb) => eb.or([eb('k.expiresAt', 'is', null), eb('k.expiresAt', '>', new Date().toISOString())]))
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
    const scopes = row.scopes ?? undefined;
    const principal: Principal =
      row.kind === 'person'
        ? personPrincipal(row.orgId, row.personId, row.role, row.id)
        : // A people:import key manages people up to people admin, never admins: nobody grants a role above their own.
          { orgId: row.orgId, personId: null, role: scopes?.includes('people:import') ? 'people_admin' : 'member', kind: 'integration', key: `token:${row.id}`, tokenId: row.id };
    return scopes ? { ...principal, scopes } : principal;
  };
}

/** Every migration, in order. Add a file and list it here; never edit one that has shipped. */
import type { Migration } from 'kysely';
import * as init from './0001_init';
import * as embedKeys from './0002_embed_keys';
import * as tombstoneIndex from './0003_tombstone_index';
import * as signInCodes from './0004_sign_in_codes';
import * as ssoSessions from './0005_sso_sessions';
import * as tenantKeyedTokens from './0006_tenant_keyed_tokens';
import * as embedOrigins from './0070_embed_origins';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_init': init,
  '0002_embed_keys': embedKeys,
  '0003_tombstone_index': tombstoneIndex,
  '0004_sign_in_codes': signInCodes,
  '0005_sso_sessions': ssoSessions,
  '0006_tenant_keyed_tokens': tenantKeyedTokens,
  '0070_embed_origins': embedOrigins,
};

/**
 * API tokens: 32 random bytes, base64url, behind a readable prefix (`slp_` acts as a person,
 * `slk_` is an integration key). Only the sha256 is stored; the first characters are kept so a
 * person can tell their tokens apart.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '@sightline/sdk/model';
import type { DB } from '../db/schema';

export type TokenKind = 'person' | 'integration';
export const TOKEN_PREFIXES: Record<TokenKind, string> = { person: 'slp_', integration: 'slk_' };
const SHOWN_CHARS = 12;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface IssuedToken {
  id: string;
  kind: TokenKind;
  /** The secret itself: shown once, never stored. */
  token: string;
  prefix: string;
  name: string | null;
  /** Absent on tokens minted without scopes (dev sign-in, the seed): they reach everything the role allows. */
  scopes?: string[];
  expiresAt?: string;
}

export async function issueToken(
  db: Kysely<DB>,
  input: { orgId: string; personId: string; kind: TokenKind; name?: string | null; scopes?: string[]; expiresAt?: string },
): Promise<IssuedToken> {
  const token = TOKEN_PREFIXES[input.kind] + randomBytes(32).toString('base64url');
  const { scopes, expiresAt } = input;
  const issued = { id: uuidv7(), kind: input.kind, token, prefix: token.slice(0, SHOWN_CHARS), name: input.name ?? null, ...(scopes && { scopes }), ...(expiresAt && { expiresAt }) };
  await db
    .insertInto('apiTokens')
    .values({
      orgId: input.orgId,
      id: issued.id,
      kind: issued.kind,
      name: issued.name,
      prefix: issued.prefix,
      secretHash: hashToken(token),
      personId: input.personId,
      scopes: scopes ? JSON.stringify(scopes) : null,
      expiresAt: expiresAt ?? null,
    })
    .execute();
  return issued;
}

export interface TokenSummary {
  id: string;
  kind: TokenKind;
  name: string | null;
  prefix: string;
  scopes: string[] | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

/** A person's unrevoked tokens (integration keys they created included), without secrets. */
export const listTokens = (db: Kysely<DB>, orgId: string, personId: string): Promise<TokenSummary[]> =>
  db
    .selectFrom('apiTokens')
    .select(['id', 'kind', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt'])
    .where('orgId', '=', orgId)
    .where('personId', '=', personId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();

/** Revokes a token of the org if `mayRevoke` allows it for that row; false when there is none to revoke. */
export async function revokeToken(
  db: Kysely<DB>,
  orgId: string,
  tokenId: string,
  mayRevoke: (row: { kind: TokenKind; personId: string }) => boolean,
): Promise<boolean> {
  const row = await db
    .selectFrom('apiTokens')
    .select(['kind', 'personId'])
    .where('orgId', '=', orgId)
    .where('id', '=', tokenId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row || !mayRevoke(row)) return false;
  await db
    .updateTable('apiTokens')
    .set({ revokedAt: new Date().toISOString() })
    .where('orgId', '=', orgId)
    .where('id', '=', tokenId)
    .execute();
  return true;
}

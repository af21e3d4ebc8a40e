/**
 * Sign-in sessions: a short-lived access token (`sla_`) and a refresh token (`slr_`) that is
 * replaced by every refresh. A refresh token that was already replaced and comes back means it
 * leaked: the whole session is revoked, so neither the thief nor the owner keeps it. Only the
 * sha256 of each token is stored.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '@sightline/sdk/model';
import type { DB } from '../../db/schema';
import { hashToken } from '../tokens';

export const SESSION_LIFETIMES = {
  /** An access token is worth this long; revocation is checked on every request regardless. */
  accessSeconds: 15 * 60,
  /** A session unused for this long ends. */
  idleSeconds: 14 * 24 * 3600,
  /** No refresh extends a session past this since sign-in. */
  maxSeconds: 30 * 24 * 3600,
} as const;

export const SESSION_PREFIXES = { access: 'sla_', refresh: 'slr_' } as const;
export type SessionClient = 'console' | 'extension';

export interface SessionTokens {
  sessionId: string;
  tokenType: 'Bearer';
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  sessionExpiresAt: string;
}

const secret = (prefix: string) => prefix + randomBytes(32).toString('base64url');
const later = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000);
const earliest = (...dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));

/** Fresh access and refresh tokens, neither outliving the session. */
function mintPair(now: Date, sessionExpiresAt: Date) {
  const accessToken = secret(SESSION_PREFIXES.access);
  const refreshToken = secret(SESSION_PREFIXES.refresh);
  const accessExpiresAt = earliest(later(now, SESSION_LIFETIMES.accessSeconds), sessionExpiresAt);
  const columns = {
    accessHash: hashToken(accessToken),
    accessExpiresAt: accessExpiresAt.toISOString(),
    refreshHash: hashToken(refreshToken),
    refreshExpiresAt: earliest(later(now, SESSION_LIFETIMES.idleSeconds), sessionExpiresAt).toISOString(),
  };
  const tokens = (sessionId: string): SessionTokens => ({
    sessionId,
    tokenType: 'Bearer',
    accessToken,
    refreshToken,
    expiresIn: Math.round((accessExpiresAt.getTime() - now.getTime()) / 1000),
    sessionExpiresAt: sessionExpiresAt.toISOString(),
  });
  return { columns, tokens };
}

export async function openSession(
  db: Kysely<DB>,
  input: { orgId: string; personId: string; client: SessionClient },
  now: Date,
): Promise<SessionTokens> {
  const id = uuidv7();
  const expiresAt = later(now, SESSION_LIFETIMES.maxSeconds);
  const { columns, tokens } = mintPair(now, expiresAt);
  await db
    .insertInto('sessions')
    .values({ ...input, id, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString(), lastUsedAt: now.toISOString(), ...columns })
    .execute();
  return tokens(id);
}

export type RefreshOutcome = { tokens: SessionTokens } | { refused: 'unknown' | 'reused' };

/**
 * Rotates the pair of the session this refresh token belongs to. A token rotated away before
 * revokes its session (reuse); an unknown, expired or revoked one, or a deactivated person's,
 * is refused without effect.
 */
export function refreshSession(db: Kysely<DB>, refreshToken: string, now: Date): Promise<RefreshOutcome> {
  const hash = hashToken(refreshToken);
  const at = now.toISOString();
  return db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('sessions as s')
      .innerJoin('persons as p', (j) => j.onRef('p.orgId', '=', 's.orgId').onRef('p.id', '=', 's.personId'))
      .select(['s.orgId', 's.id', 's.expiresAt'])
      .where('s.refreshHash', '=', hash)
      .where('s.revokedAt', 'is', null)
      .where('s.expiresAt', '>', at)
      .where('s.refreshExpiresAt', '>', at)
      .where('p.active', '=', true)
      .where('p.deletedAt', 'is', null)
      .forUpdate('s')
      .executeTakeFirst();
    if (current) {
      const { columns, tokens } = mintPair(now, new Date(current.expiresAt));
      // The where on the old hash makes a concurrent refresh with the same token find nothing here.
      const rotated = await tx
        .updateTable('sessions')
        .set({ ...columns, lastUsedAt: at })
        .where('orgId', '=', current.orgId)
        .where('id', '=', current.id)
        .where('refreshHash', '=', hash)
        .executeTakeFirst();
      if (rotated.numUpdatedRows === 1n) {
        await tx.insertInto('retiredRefreshTokens').values({ hash, orgId: current.orgId, sessionId: current.id, retiredAt: at }).execute();
        return { tokens: tokens(current.id) };
      }
    }
    const retired = await tx.selectFrom('retiredRefreshTokens').select(['orgId', 'sessionId']).where('hash', '=', hash).executeTakeFirst();
    if (!retired) return { refused: 'unknown' as const };
    await tx
      .updateTable('sessions')
      .set({ revokedAt: at, revokedReason: 'a rotated refresh token was used again' })
      .where('orgId', '=', retired.orgId)
      .where('id', '=', retired.sessionId)
      .where('revokedAt', 'is', null)
      .execute();
    return { refused: 'reused' as const };
  });
}

export interface SessionSummary {
  id: string;
  client: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
}

/** A person's sessions, newest first, without any token material. */
export const listSessions = (db: Kysely<DB>, orgId: string, personId: string): Promise<SessionSummary[]> =>
  db
    .selectFrom('sessions')
    .select(['id', 'client', 'createdAt', 'lastUsedAt', 'expiresAt', 'revokedAt', 'revokedReason'])
    .where('orgId', '=', orgId)
    .where('personId', '=', personId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();

/** Revokes a person's live sessions (one, or all when sessionId is absent); how many were live. */
export async function revokeSessions(
  db: Kysely<DB>,
  target: { orgId: string; personId: string; sessionId?: string },
  reason: string,
  now: Date,
): Promise<number> {
  let query = db
    .updateTable('sessions')
    .set({ revokedAt: now.toISOString(), revokedReason: reason })
    .where('orgId', '=', target.orgId)
    .where('personId', '=', target.personId)
    .where('revokedAt', 'is', null);
  if (target.sessionId) query = query.where('id', '=', target.sessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

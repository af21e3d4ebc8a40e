/** Tables of single sign-on and sessions (migration 0005), kept beside schema.ts's DB. */
import type { Generated } from 'kysely';
import type { Json } from './schema';

export interface SsoConfigsTable {
  orgId: string;
  /** The provider's issuer identifier, exactly as its discovery document states it. */
  issuer: string;
  clientId: string;
  /** The client secret as a JWE sealed with the server's secret key; null for a public client (PKCE only). */
  clientSecretJwe: string | null;
  /** Email domains whose people may sign in, lower case. */
  allowedDomains: Json<string[]>;
  /** The ID token claim holding the person's email. */
  emailClaim: string;
  /** Absolute redirect URLs (an extension's identity URL) a sign-in may end at, besides /app. */
  allowedRedirects: Json<string[]>;
  updatedBy: string;
  updatedAt: Generated<string>;
}

/** The provider account (iss + sub) a person signed in with; later sign-ins follow sub, not email. */
export interface SsoIdentitiesTable {
  orgId: string;
  issuer: string;
  subject: string;
  personId: string;
  createdAt: Generated<string>;
}

/** A sign-in between its start and the provider's answer. */
export interface SsoFlowsTable {
  /** sha256 of the state sent to the provider. */
  stateHash: string;
  orgId: string;
  nonce: string;
  codeVerifier: string;
  redirectTarget: string;
  expiresAt: string;
}

/** A finished sign-in waiting for the console or extension to exchange its one-time code for a session. */
export interface SsoHandoffsTable {
  codeHash: string;
  orgId: string;
  personId: string;
  client: string;
  expiresAt: string;
}

export interface SessionsTable {
  orgId: string;
  id: string;
  personId: string;
  /** Where the session was opened: 'console' or 'extension'. */
  client: string;
  createdAt: Generated<string>;
  /** No refresh extends a session past this. */
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
  accessHash: string;
  accessExpiresAt: string;
  refreshHash: string;
  refreshExpiresAt: string;
}

/** Refresh tokens already rotated away: presenting one again means it leaked. */
export interface RetiredRefreshTokensTable {
  hash: string;
  orgId: string;
  sessionId: string;
  retiredAt: Generated<string>;
}

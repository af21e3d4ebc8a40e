/** Schemas of what the account, session and admin routes answer (the sync ones are in the shared model). */
import { z } from 'zod';
import { Id, Person, Role } from '@sightline/sdk/model';
import { SCOPES } from '../auth/scopes';

const timestamp = z.string().meta({ format: 'date-time' });
const OrgRef = z.object({ id: Id, name: z.string(), slug: z.string() });

export const MeResponse = z.object({
  principal: z.object({ kind: z.enum(['person', 'integration', 'embed']), role: Role, orgId: Id, personId: z.nullable(Id) }),
  person: z.nullable(Person),
  org: OrgRef,
});

/** A person token handed out by a sign-in (sign-in code, dev sign-in). */
export const SignedIn = z.object({ token: z.string(), tokenId: Id, person: Person, org: OrgRef });

/** The first-run page: open, and what creating the first org answers. */
export const FirstRunOpen = z.object({ open: z.boolean() });
export const FirstRunCreated = z.object({ org: OrgRef, admin: z.object({ id: Id, email: z.string() }), signIn: z.object({ code: z.string(), expiresAt: timestamp }) });

export const IssuedToken = z.object({
  id: Id,
  kind: z.enum(['person', 'integration']),
  token: z.string().meta({ description: 'The secret: shown once, never stored' }),
  prefix: z.string(),
  name: z.string().nullable(),
  scopes: z.array(z.enum(SCOPES)).optional(),
  expiresAt: timestamp.optional(),
});

export const TokenList = z.object({
  tokens: z.array(
    z.object({
      id: Id,
      kind: z.enum(['person', 'integration']),
      name: z.string().nullable(),
      prefix: z.string(),
      scopes: z.array(z.string()).nullable(),
      createdAt: timestamp,
      lastUsedAt: timestamp.nullable(),
      expiresAt: timestamp.nullable(),
    }),
  ),
});

export const Revoked = z.object({ id: Id, revoked: z.literal(true) });

export const SessionTokens = z.object({
  sessionId: Id,
  tokenType: z.literal('Bearer'),
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.int().meta({ description: 'Seconds the access token lives' }),
  sessionExpiresAt: timestamp,
});

const SessionSummary = z.object({
  id: Id,
  client: z.string(),
  createdAt: timestamp,
  lastUsedAt: timestamp.nullable(),
  expiresAt: timestamp,
  revokedAt: timestamp.nullable(),
  revokedReason: z.string().nullable(),
});
export const SessionList = z.object({ sessions: z.array(SessionSummary.extend({ current: z.boolean().optional() })) });
export const SessionsRevoked = z.object({ personId: Id, revoked: z.int().min(0) });

export const SsoConfigView = z.object({
  orgId: Id,
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  allowedDomains: z.array(z.string()),
  emailClaim: z.string(),
  allowedRedirects: z.array(z.string()),
  updatedAt: timestamp,
});
export const Deleted = z.object({ deleted: z.literal(true) });

export const EmbedKeySummary = z.object({ kid: z.string(), alg: z.enum(['HS256', 'RS256', 'ES256']), createdBy: Id, createdAt: timestamp });
export const EmbedKeyList = z.object({ keys: z.array(EmbedKeySummary) });
export const EmbedOriginList = z.object({ origins: z.array(z.string()) });
export const EmbedKeyDeleted = z.object({ kid: z.string(), deleted: z.literal(true) });

const counts = z.object({ created: z.int(), updated: z.int(), unchanged: z.int() });
export const ErasureResult = z.object({
  personId: Id,
  version: z.int(),
  changes: z.array(z.object({ table: z.string(), action: z.enum(['anonymise', 'tombstone', 'delete']), rows: z.int().min(0) })),
  dryRun: z.literal(true).optional(),
});
export const RetentionView = z.object({ privateNoteDays: z.int().nullable() });
export const ImportResult = z.object({ version: z.int(), teams: counts, persons: counts, aclChanged: z.boolean() });

export const OpenApiDocument = z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) });

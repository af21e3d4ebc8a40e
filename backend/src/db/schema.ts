/**
 * The database as Kysely sees it, in camelCase (CamelCasePlugin maps to the snake_case SQL).
 * Synced tables are the model rows plus a tombstone column; jsonb columns read as objects but
 * are written as JSON text (see row-codec.ts), which both drivers store as the same jsonb.
 */
import type { ColumnType, Generated } from 'kysely';
import type { RowOf, TableName } from '@sightline/sdk/model';
import type { AuditLogTable, IdempotencyKeysTable, ScimGroupsTable, ScimUsersTable, WebhookAttemptsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from './integrations-schema';
import type { SsoConfigsTable, SsoIdentitiesTable, SsoFlowsTable, SsoHandoffsTable, SessionsTable, RetiredRefreshTokensTable } from './sso-schema';

export type Json<T> = ColumnType<T, string | null, string | null>;

/** A synced table: the model row, with `JsonKeys` stored as jsonb, plus the tombstone. */
export type StoredRow<T extends TableName, JsonKeys extends keyof RowOf<T> = never> = {
  [K in keyof RowOf<T>]: K extends JsonKeys ? Json<RowOf<T>[K]> : RowOf<T>[K];
} & { deletedAt: string | null };

export interface OrgsTable {
  id: string;
  name: string;
  slug: string;
  version: Generated<number>;
  aclVersion: Generated<number>;
  /** Tombstones at or below this version may have been purged; older cursors must reset. */
  tombstoneFloor: Generated<number>;
  createdAt: Generated<string>;
  /** Private feedback older than this many days is deleted; null keeps it (migration 0080). */
  privateNoteRetentionDays: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface SyncClientsTable {
  orgId: string;
  clientId: string;
  /** Who the client id is bound to ('person:<id>' or 'token:<id>'); nobody else may use it. */
  principalKey: string;
  personId: string | null;
  lastSeq: number;
  createdAt: Generated<string>;
}

export interface SyncRejectionsTable {
  orgId: string;
  clientId: string;
  seq: number;
  mutationId: string;
  name: string;
  reason: string;
  createdAt: Generated<string>;
}

export interface ApiTokensTable {
  orgId: string;
  id: string;
  kind: 'person' | 'integration';
  name: string | null;
  /** The first characters of the token, shown so a person can tell their tokens apart. */
  prefix: string;
  /** sha256 of the whole token, hex; the token itself is never stored. */
  secretHash: string;
  /** The person the token acts as (person tokens) or who created it (integration keys). */
  personId: string;
  createdAt: Generated<string>;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** What the token may reach (auth/scopes.ts); null on tokens minted before scopes: everything. */
  scopes: Json<string[] | null>;
  /** null on tokens minted before expiry existed. */
  expiresAt: string | null;
}

export type EmbedKeyAlg = 'HS256' | 'RS256' | 'ES256';

/** An origin (scheme://host[:port]) whose pages may use the org's embed tokens. */
export interface EmbedOriginsTable {
  orgId: string;
  origin: string;
  createdAt: Generated<string>;
}

export interface EmbedKeysTable {
  orgId: string;
  /** The `kid` header of tokens signed with this key; unique within the org. */
  kid: string;
  alg: EmbedKeyAlg;
  /** HS256 only: the shared secret (UTF-8). Never returned by the API. */
  secret: string | null;
  /** RS256/ES256 only: the public key as a JWK. */
  publicJwk: Json<Record<string, unknown> | null>;
  /** The admin who registered it. */
  createdBy: string;
  createdAt: Generated<string>;
}

export interface SignInCodesTable {
  /** sha256 of the code, hex; the code itself is never stored. */
  codeHash: string;
  orgId: string;
  personId: string;
  expiresAt: string;
  /** Set when the code is exchanged; a used code never works again. */
  usedAt: string | null;
  createdAt: Generated<string>;
}

/** One edit of a goal or KPI (migration 0010): each changed field's value before and after. */
export interface ChangeLogTable {
  orgId: string;
  id: string;
  entity: 'goal' | 'metric';
  entityId: string;
  version: number;
  changedBy: string;
  changedAt: string;
  changes: Json<Array<{ field: string; from: unknown; to: unknown }>>;
}

export interface DB {
  orgs: OrgsTable;
  persons: StoredRow<'persons'>;
  teams: StoredRow<'teams'>;
  cycles: StoredRow<'cycles'>;
  goals: StoredRow<'goals'>;
  metrics: StoredRow<'metrics', 'range'>;
  metricValues: StoredRow<'metricValues', 'context'>;
  checkIns: StoredRow<'checkIns', 'goals'>;
  feedback: StoredRow<'feedback', 'skillIds' | 'context'>;
  feedbackRequests: StoredRow<'feedbackRequests'>;
  skills: StoredRow<'skills'>;
  developmentActions: StoredRow<'developmentActions'>;
  reviews: StoredRow<'reviews', 'answers'>;
  reviewTemplates: StoredRow<'reviewTemplates', 'questions'>;
  checkInCadences: StoredRow<'checkInCadences'>;
  skillGaps: StoredRow<'skillGaps'>;
  supportDecisions: StoredRow<'supportDecisions'>;
  changeLog: ChangeLogTable;
  syncClients: SyncClientsTable;
  syncRejections: SyncRejectionsTable;
  apiTokens: ApiTokensTable;
  embedKeys: EmbedKeysTable;
  embedOrigins: EmbedOriginsTable;
  signInCodes: SignInCodesTable;
  ssoConfigs: SsoConfigsTable;
  ssoIdentities: SsoIdentitiesTable;
  ssoFlows: SsoFlowsTable;
  ssoHandoffs: SsoHandoffsTable;
  sessions: SessionsTable;
  retiredRefreshTokens: RetiredRefreshTokensTable;
  scimUsers: ScimUsersTable;
  scimGroups: ScimGroupsTable;
  idempotencyKeys: IdempotencyKeysTable;
  webhookEndpoints: WebhookEndpointsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  webhookAttempts: WebhookAttemptsTable;
  auditLog: AuditLogTable;
}


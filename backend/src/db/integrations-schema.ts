/** Tables of the integrations: SCIM links, ingest idempotency, webhooks, the audit log. */
import type { ColumnType, Generated } from 'kysely';

export interface ScimUsersTable {
  orgId: string;
  personId: string;
  /** The identity provider's own id for the person; unique within the org. */
  externalId: string | null;
  createdAt: Generated<string>;
  /** Set by a SCIM DELETE: the person is deactivated and the User answers 404 from then on. */
  deletedAt: string | null;
}

export interface ScimGroupsTable {
  orgId: string;
  teamId: string;
  externalId: string | null;
  createdAt: Generated<string>;
  deletedAt: string | null;
}

export interface IdempotencyKeysTable {
  orgId: string;
  /** The credential that sent the key (Principal.key): keys of different callers never meet. */
  principalKey: string;
  key: string;
  /** sha256 of method, path and body: the same key with another request is refused. */
  requestHash: string;
  status: number;
  response: ColumnType<unknown, string, string>;
  createdAt: Generated<string>;
}

export const WEBHOOK_EVENTS = ['feedback.created', 'checkin.submitted', 'goal.status_changed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookEndpointsTable {
  orgId: string;
  id: string;
  url: string;
  /** The HMAC key deliveries are signed with; shown once when the endpoint is created, never again. */
  secret: string;
  events: ColumnType<WebhookEventType[], string, string>;
  createdBy: string;
  createdAt: Generated<string>;
  /** Set when an admin removes the endpoint: nothing more is queued or sent to it; its log stays. */
  disabledAt: string | null;
}

export interface WebhookDeliveriesTable {
  orgId: string;
  id: string;
  endpointId: string;
  eventType: WebhookEventType;
  payload: ColumnType<Record<string, unknown>, string, string>;
  status: 'pending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  nextAttemptAt: string;
  createdAt: Generated<string>;
}

export interface WebhookAttemptsTable {
  orgId: string;
  deliveryId: string;
  attempt: number;
  at: string;
  /** The receiver's HTTP status; null when no answer came (refused, timed out). */
  statusCode: number | null;
  error: string | null;
}

export interface AuditLogTable {
  orgId: string;
  id: string;
  at: string;
  /** The person who acted; null for an integration key, a sign-in before it completes, or the system. */
  actorPersonId: string | null;
  /** The credential that acted (Principal.key), so an integration key's actions are told apart. */
  actorKey: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
}

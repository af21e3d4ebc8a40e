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

/** Tables of the integrations: SCIM links, ingest idempotency, webhooks, the audit log. */
import type { Generated } from 'kysely';

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

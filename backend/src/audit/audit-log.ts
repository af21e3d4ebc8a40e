/**
 * Appends to the audit log (the table refuses anything but inserts). Called inside the writing
 * transaction where there is one, so an entry exists exactly when its change does.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';

export type AuditAction =
  | 'sign_in'
  | 'token.created'
  | 'token.revoked'
  | 'embed_key.created'
  | 'embed_key.deleted'
  | 'webhook.created'
  | 'webhook.disabled'
  | 'people.imported'
  | 'goals.imported'
  | 'person.role_changed'
  | 'person.deactivated'
  | 'person.reactivated'
  | 'goal.visibility_changed'
  | 'person.exported'
  | 'person.erased'
  | 'retention.changed';

export interface AuditEntry {
  orgId: string;
  /** Who acted: a principal, a person id (a sign-in), or null for the system. */
  actor: Pick<Principal, 'personId' | 'key'> | { personId: string } | null;
  action: AuditAction;
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Kysely<DB>, entry: AuditEntry, at: Date = new Date()): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      orgId: entry.orgId,
      id: uuidv7(),
      at: at.toISOString(),
      actorPersonId: entry.actor?.personId ?? null,
      actorKey: entry.actor && 'key' in entry.actor ? entry.actor.key : entry.actor ? `person:${entry.actor.personId}` : null,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

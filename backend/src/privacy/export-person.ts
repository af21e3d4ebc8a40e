/**
 * Everything Sightline holds about one person, for them to take away (the right of access):
 * their record, what they own or wrote, and what was written about them that they may see.
 * Feedback about them that its author kept from them (private, or for managers only) is left
 * out, as in every other read: the export never shows more than the person could see.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { toModelRow } from '../db/row-codec';

export async function exportPerson(db: Kysely<DB>, orgId: string, personId: string) {
  const live = <T extends keyof DB>(table: T) => (db as Kysely<any>).selectFrom(table).selectAll().where('orgId', '=', orgId).where('deletedAt', 'is', null);
  const rows = async (query: { execute(): Promise<Record<string, unknown>[]> }) => (await query.execute()).map(toModelRow);
  const [person] = await rows(live('persons').where('id', '=', personId));
  return {
    person,
    goals: await rows(live('goals').where('ownerId', '=', personId)),
    checkIns: await rows(live('checkIns').where('personId', '=', personId)),
    feedbackWritten: await rows(live('feedback').where('authorId', '=', personId)),
    feedbackReceived: await rows(live('feedback').where('subjectId', '=', personId).where('authorId', '!=', personId).where('visibility', 'in', ['subject', 'org'])),
    feedbackRequests: await rows(live('feedbackRequests').where((eb: any) => eb.or([eb('requesterId', '=', personId), eb('recipientId', '=', personId)]))),
    developmentActions: await rows(live('developmentActions').where('personId', '=', personId)),
    reviewsWritten: await rows(live('reviews').where('reviewerId', '=', personId)),
    metricValuesRecorded: await rows(live('metricValues').where('recordedBy', '=', personId)),
    tokens: await db.selectFrom('apiTokens').select(['id', 'kind', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt', 'revokedAt']).where('orgId', '=', orgId).where('personId', '=', personId).execute(),
    sessions: await db.selectFrom('sessions').select(['id', 'client', 'createdAt', 'lastUsedAt', 'expiresAt', 'revokedAt']).where('orgId', '=', orgId).where('personId', '=', personId).execute(),
    auditEntries: await db.selectFrom('auditLog').select(['id', 'at', 'action', 'targetType', 'targetId', 'details']).where('orgId', '=', orgId).where((eb) => eb.or([eb('actorPersonId', '=', personId), eb('targetId', '=', personId)])).orderBy('at').execute(),
  };
}

/**
 * What erasing a person does to each table that names them: the decision table of
 * docs/security.md as data, so the dry run counts exactly what the erasure then changes.
 *
 * Rows about the person, or only theirs, are removed: synced rows become tombstones with their
 * text blanked (clients are told to drop them; the purge hard-deletes them later), the others are
 * deleted. What they wrote about others stays for its readers: it keeps pointing at their person
 * row, which becomes the anonymous "Erased person" (see erase-person.ts).
 */
import { sql, type RawBuilder } from 'kysely';
import type { TextTable } from './blank-tombstones';

/** `tombstone`: a synced row becomes a tombstone without its text (blank-tombstones.ts); `delete`: gone. */
export type ErasureStep = {
  /** Which rows, given the person (the org filter is added by the caller). */
  where: (personId: string) => RawBuilder<unknown>;
  why: string;
} & ({ table: TextTable; action: 'tombstone' } | { table: string; action: 'delete' });

export const ERASURE_STEPS: readonly ErasureStep[] = [
  {
    table: 'feedback', action: 'tombstone',
    where: (p) => sql`(subject_id = ${p} or (author_id = ${p} and visibility = 'private'))`,
    why: 'feedback about them, and their notes to self',
  },
  {
    table: 'feedback_requests', action: 'tombstone',
    where: (p) => sql`${p} in (requester_id, recipient_id, subject_id)`,
    why: 'requests they made, received or were the subject of',
  },
  {
    table: 'support_decisions', action: 'tombstone',
    where: (p) => sql`person_id = ${p}`,
    why: "decisions on their check-ins' barriers",
  },
  {
    table: 'check_ins', action: 'tombstone',
    where: (p) => sql`person_id = ${p}`,
    why: 'their check-ins',
  },
  {
    table: 'reviews', action: 'tombstone',
    where: (p) => sql`subject_id = ${p}`,
    why: 'reviews about them',
  },
  {
    table: 'development_actions', action: 'tombstone',
    where: (p) => sql`person_id = ${p}`,
    why: 'their development actions',
  },
  {
    table: 'skill_gaps', action: 'tombstone',
    where: (p) => sql`person_id = ${p}`,
    why: 'their skill gaps',
  },
  { table: 'api_tokens', action: 'delete', where: (p) => sql`person_id = ${p} and kind = 'person'`, why: 'their personal tokens (integration keys they created act for no one and stay)' },
  { table: 'sessions', action: 'delete', where: (p) => sql`person_id = ${p}`, why: 'their sign-in sessions (rotated refresh tokens go with them)' },
  { table: 'sign_in_codes', action: 'delete', where: (p) => sql`person_id = ${p}`, why: 'their one-time sign-in codes' },
  { table: 'sso_handoffs', action: 'delete', where: (p) => sql`person_id = ${p}`, why: 'their pending single sign-on hand-offs' },
  { table: 'sso_identities', action: 'delete', where: (p) => sql`person_id = ${p}`, why: 'their link to the identity provider account' },
  { table: 'scim_users', action: 'delete', where: (p) => sql`person_id = ${p}`, why: "their SCIM link (the provider's externalId)" },
  { table: 'idempotency_keys', action: 'delete', where: (p) => sql`principal_key = ${`person:${p}`}`, why: 'stored answers to their ingest requests' },
  {
    table: 'webhook_attempts', action: 'delete',
    where: (p) => sql`delivery_id in (select id from webhook_deliveries d where d.org_id = webhook_attempts.org_id and d.payload::text like ${`%${p}%`})`,
    why: 'attempts of webhook deliveries whose payload names them',
  },
  { table: 'webhook_deliveries', action: 'delete', where: (p) => sql`payload::text like ${`%${p}%`}`, why: 'webhook deliveries whose payload names them, sent or not' },
  {
    table: 'sync_rejections', action: 'delete',
    where: (p) => sql`client_id in (select client_id from sync_clients c where c.org_id = sync_rejections.org_id and c.person_id = ${p})`,
    why: "the reasons their devices' mutations were refused",
  },
];

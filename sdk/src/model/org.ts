/** People, teams and the org chart: the manager link is what visibility walks. */
import { z } from 'zod';
import { Id } from './ids';
import { IsoDate, LIMITS, ServerFields, TimeZone, optionalText, text } from './common';

export const Org = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'must be 2-63 lowercase letters, digits or dashes' }),
});
export type Org = z.infer<typeof Org>;

/**
 * member: sees org goals, own and team data. manager: also the reports in their chain.
 * people_admin: everything except private feedback. admin: configures the org (same reads as people_admin).
 */
export const Role = z.enum(['member', 'manager', 'people_admin', 'admin']);
export type Role = z.infer<typeof Role>;

export const PersonFields = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  email: z
    .email({ message: 'must be an email address' })
    .max(320, { message: 'must be at most 320 characters' })
    .transform((e) => e.toLowerCase()),
  title: optionalText(LIMITS.name),
  managerId: Id.nullable().default(null),
  teamId: Id.nullable().default(null),
  role: Role.default('member'),
  timezone: TimeZone.default('UTC'),
  active: z.boolean().default(true),
});
export const Person = PersonFields.extend(ServerFields).refine((p) => p.managerId !== p.id, {
  message: 'a person cannot be their own manager',
  path: ['managerId'],
});
export type Person = z.infer<typeof Person>;

export const TeamFields = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  parentTeamId: Id.nullable().default(null),
  leadId: Id.nullable().default(null),
  function: z.enum(['support', 'sales', 'success', 'product', 'engineering', 'operations', 'people', 'other']).default('other'),
});
export const Team = TeamFields.extend(ServerFields);
export type Team = z.infer<typeof Team>;

const cycleShape = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  kind: z.enum(['quarter', 'half', 'year', 'custom']),
  startsOn: IsoDate,
  endsOn: IsoDate,
});
const endsAfterStart = (c: { startsOn: string; endsOn: string }) => c.endsOn > c.startsOn;
const endsAfterStartError = { message: 'must be after startsOn', path: ['endsOn'] };

export const CycleFields = cycleShape.refine(endsAfterStart, endsAfterStartError);
export const Cycle = cycleShape.extend(ServerFields).refine(endsAfterStart, endsAfterStartError);
export type Cycle = z.infer<typeof Cycle>;

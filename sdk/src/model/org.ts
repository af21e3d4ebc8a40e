/** People, teams and the org chart: the manager link is what visibility walks. */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDate, LIMITS, ServerFields, TimeZone, nullByDefault, optionalText, patchOf, text } from './common';

export const Org = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  slug: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2-63 lowercase letters, digits or dashes')),
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
  // Own message for max: the schema-level message would otherwise also label the length issue.
  email: z.email('must be an email address').check(z.maxLength(320, 'must be at most 320 characters'), z.toLowerCase()),
  title: optionalText(LIMITS.name),
  managerId: nullByDefault(Id),
  teamId: nullByDefault(Id),
  role: z._default(Role, 'member'),
  timezone: z._default(TimeZone, 'UTC'),
  active: z._default(z.boolean(), true),
});
export const Person = z.extend(PersonFields, ServerFields).check(
  z.refine((p) => p.managerId !== p.id, { error: 'a person cannot be their own manager', path: ['managerId'] }),
);
export type Person = z.infer<typeof Person>;

export const TeamFields = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  parentTeamId: nullByDefault(Id),
  leadId: nullByDefault(Id),
  function: z._default(z.enum(['support', 'sales', 'success', 'product', 'engineering', 'operations', 'people', 'other']), 'other'),
});
export const Team = z.extend(TeamFields, ServerFields);
/** Fields a team.update may change: everything but the id. */
export const TeamPatch = patchOf(z.omit(TeamFields, { id: true }));
export type Team = z.infer<typeof Team>;

const cycleShape = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  kind: z.enum(['quarter', 'half', 'year', 'custom']),
  startsOn: IsoDate,
  endsOn: IsoDate,
});
const endsAfterStart = z.refine<{ startsOn: string; endsOn: string }>((c) => c.endsOn > c.startsOn, {
  error: 'must be after startsOn',
  path: ['endsOn'],
});

export const CycleFields = cycleShape.check(endsAfterStart);
export const Cycle = z.extend(cycleShape, ServerFields).check(endsAfterStart);
export type Cycle = z.infer<typeof Cycle>;
/** Fields a cycle.update may change; the merged cycle must still end after it starts. */
export const CyclePatch = patchOf(z.omit(cycleShape, { id: true }));

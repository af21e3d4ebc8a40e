/**
 * SCIM Users and Groups as identity providers send them, and as we answer them. A User is a
 * person (userName is the email), a Group is a team (its members are the people in it). Inbound
 * schemas are loose: providers add attributes of their own, which are ignored, not refused.
 */
import { z } from 'zod';
import { ScimError } from './scim-error';

export const SCIM_SCHEMAS = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
} as const;

/** Some providers send booleans as "True"/"False". */
const ScimBoolean = z.union([z.boolean(), z.enum(['true', 'false', 'True', 'False']).transform((v) => v.toLowerCase() === 'true')]);
const Text = (max: number) => z.string().trim().max(max);

export const ScimUserInput = z.looseObject({
  userName: Text(320).min(1, 'must not be empty'),
  externalId: Text(255).min(1).nullish(),
  displayName: Text(200).nullish(),
  name: z.looseObject({ formatted: Text(200).nullish(), givenName: Text(200).nullish(), familyName: Text(200).nullish() }).nullish(),
  title: Text(200).nullish(),
  timezone: Text(64).nullish(),
  active: ScimBoolean.optional(),
  emails: z.array(z.looseObject({ value: Text(320), primary: ScimBoolean.optional() })).max(20).nullish(),
  [SCIM_SCHEMAS.enterprise]: z
    .looseObject({ manager: z.union([z.looseObject({ value: z.string().nullish() }), z.string()]).nullish() })
    .nullish(),
});
export type ScimUserInput = z.output<typeof ScimUserInput>;

export const ScimGroupInput = z.looseObject({
  displayName: Text(200).min(1, 'must not be empty'),
  externalId: Text(255).min(1).nullish(),
  members: z.array(z.looseObject({ value: z.string() })).max(5000).nullish(),
});
export type ScimGroupInput = z.output<typeof ScimGroupInput>;

export const ScimPatchBody = z.looseObject({
  schemas: z.array(z.string()).refine((s) => s.includes(SCIM_SCHEMAS.patch), `must include ${SCIM_SCHEMAS.patch}`),
  Operations: z
    .array(z.looseObject({ op: z.string().refine((op) => ['add', 'replace', 'remove'].includes(op.toLowerCase()), 'must be add, replace or remove'), path: z.string().optional(), value: z.unknown().optional() }))
    .min(1)
    .max(1000),
});

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  managerId: string | null;
  teamId: string | null;
  role: string;
  timezone: string;
  active: boolean;
  updatedAt: string;
}

const meta = (resourceType: 'User' | 'Group', id: string, created: string, lastModified: string) => ({
  resourceType,
  created: new Date(created).toISOString(),
  lastModified: new Date(lastModified).toISOString(),
  location: `/v1/scim/v2/${resourceType}s/${id}`,
});

export function userResource(person: PersonRow, link: { externalId: string | null; createdAt: string } | undefined) {
  return {
    schemas: [SCIM_SCHEMAS.user, SCIM_SCHEMAS.enterprise],
    id: person.id,
    ...(link?.externalId && { externalId: link.externalId }),
    userName: person.email,
    displayName: person.name,
    name: { formatted: person.name },
    emails: [{ value: person.email, primary: true, type: 'work' }],
    title: person.title ?? undefined,
    timezone: person.timezone,
    active: person.active,
    [SCIM_SCHEMAS.enterprise]: person.managerId ? { manager: { value: person.managerId } } : {},
    meta: meta('User', person.id, link?.createdAt ?? person.updatedAt, person.updatedAt),
  };
}

export function groupResource(
  team: { id: string; name: string; updatedAt: string },
  link: { externalId: string | null; createdAt: string } | undefined,
  members: Array<{ id: string; name: string }>,
) {
  return {
    schemas: [SCIM_SCHEMAS.group],
    id: team.id,
    ...(link?.externalId && { externalId: link.externalId }),
    displayName: team.name,
    members: members.map((m) => ({ value: m.id, display: m.name, $ref: `/v1/scim/v2/Users/${m.id}` })),
    meta: meta('Group', team.id, link?.createdAt ?? team.updatedAt, team.updatedAt),
  };
}

/** The person fields a SCIM User sets; role and team stay Sightline's (teams come from Groups). */
export function personFieldsOf(user: ScimUserInput) {
  const emails = user.emails ?? [];
  const email = user.userName.includes('@') ? user.userName : (emails.find((e) => e.primary)?.value ?? emails[0]?.value);
  if (!email) throw new ScimError(400, 'invalidValue', 'userName: must be an email address, or emails must hold one');
  const given = [user.name?.givenName, user.name?.familyName].filter(Boolean).join(' ');
  const manager = user[SCIM_SCHEMAS.enterprise]?.manager;
  return {
    email,
    name: user.displayName || user.name?.formatted || given || email,
    title: user.title || null,
    managerId: (typeof manager === 'string' ? manager : manager?.value) || null,
    ...(user.timezone && { timezone: user.timezone }),
    active: user.active ?? true,
  };
}

/** `persons.0.managerId` from the import -> the SCIM attribute the provider sent. */
const ATTRIBUTE_OF_FIELD: Record<string, string> = {
  email: 'userName',
  name: 'displayName',
  title: 'title',
  managerId: `${SCIM_SCHEMAS.enterprise}:manager`,
  timezone: 'timezone',
  active: 'active',
  role: 'active',
};
export const scimAttribute = (importPath: string): string => {
  const field = /^persons\.\d+\.(\w+)/.exec(importPath)?.[1];
  return field ? (ATTRIBUTE_OF_FIELD[field] ?? field) : importPath;
};

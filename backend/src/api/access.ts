/**
 * Who may reach a route: the rule each entry of the route table carries. A credential passes
 * when its kind and role are listed and, if it is scoped, it holds one of the listed scopes
 * (an unscoped credential reaches everything its kind and role allow).
 */
import { Role, type Role as RoleName } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import { SCOPES, type Scope } from '../auth/scopes';

export type PrincipalKind = Principal['kind'];

export type Access =
  /** No bearer token: the route checks what it is handed itself (a code, a refresh token), limited per IP. */
  | { public: string }
  | {
      kinds: readonly PrincipalKind[];
      roles: readonly RoleName[];
      /** Scoped credentials need one of these; empty: only sign-in sessions and unscoped tokens. */
      scopes: readonly Scope[];
    };

export const ALL_ROLES: readonly RoleName[] = Role.options;
export const ALL_KINDS: readonly PrincipalKind[] = ['person', 'integration', 'embed'];

/** A person acting for themself (session or personal token), any role. */
export const anyPerson = { kinds: ['person'], roles: ALL_ROLES, scopes: [] } as const satisfies Access;
/** People admins and admins, in person. */
export const peopleAdmins = { kinds: ['person'], roles: ['people_admin', 'admin'], scopes: [] } as const satisfies Access;
/** Org admins, in person. */
export const admins = { kinds: ['person'], roles: ['admin'], scopes: [] } as const satisfies Access;
/** Any credential of the org, embed tokens included, reaching the route under one of `scopes`. */
export const anyCredential = (scopes: readonly Scope[] = SCOPES) => ({ kinds: ALL_KINDS, roles: ALL_ROLES, scopes }) as const satisfies Access;

const KIND_NAMES: Record<PrincipalKind, string> = { person: 'a person', integration: 'an integration key', embed: 'an embed token' };

/** Why `principal` may not call `route` (`GET /v1/...`) under `access`, or null when it may. */
export function refusal(access: Access, principal: Principal, route: string): string | null {
  if ('public' in access) return null;
  if (!access.kinds.includes(principal.kind)) return `${route} is not for ${KIND_NAMES[principal.kind]}; it needs ${access.kinds.map((k) => KIND_NAMES[k]).join(' or ')}`;
  if (!access.roles.includes(principal.role)) return `${route} needs the role ${access.roles.join(' or ')}; this credential acts as ${principal.role}`;
  const scopes = principal.scopes;
  if (scopes) {
    if (access.scopes.length === 0) return `${route} needs a sign-in session or an unscoped token, not a token scoped to ${scopes.join(', ')}`;
    if (!access.scopes.some((s) => scopes.includes(s))) return `${route} needs a token with scope ${access.scopes.join(' or ')}; this one has ${scopes.join(', ')}`;
  }
  return null;
}

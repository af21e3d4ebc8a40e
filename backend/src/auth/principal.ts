/**
 * Who is calling. Resolvers turn a bearer credential into a Principal; the app tries them in
 * order (API tokens now; signed embed tokens and OIDC plug in beside it later).
 */
import type { Role } from '@sightline/sdk/model';

export interface Principal {
  orgId: string;
  /** The person acting; null for an integration key, which acts for no one. */
  personId: string | null;
  role: Role;
  kind: 'person' | 'integration' | 'embed';
  /** Stable identity a sync client id is bound to, e.g. `person:<id>` or `token:<id>`. */
  key: string;
  /** The API token that authenticated the request, when it was one. */
  tokenId?: string;
  /** The sign-in session that authenticated the request, when it was one. */
  sessionId?: string;
  /** What the credential may reach (auth/scopes.ts); absent: everything the role allows. */
  scopes?: readonly string[];
}

/** Returns the principal for a credential it recognises, or null to let the next resolver try. */
export type PrincipalResolver = (credential: string) => Promise<Principal | null>;

/** A person acting for themself (tokens, dev sign-in, the seed). */
export const personPrincipal = (orgId: string, personId: string, role: Role, tokenId?: string): Principal => ({
  orgId,
  personId,
  role,
  kind: 'person',
  key: `person:${personId}`,
  ...(tokenId && { tokenId }),
});

/** people_admin and admin read everything except private feedback and configure the org. */
export const isAdminLike = (role: Role): boolean => role === 'admin' || role === 'people_admin';

/** The person behind a request to a route whose access rule (api/route-table.ts) admits persons only. */
export function actingPerson(principal: Principal): { orgId: string; personId: string } {
  if (!principal.personId) throw new Error(`${principal.kind} principal reached a route for persons: its entry in the route table is wrong`);
  return { orgId: principal.orgId, personId: principal.personId };
}

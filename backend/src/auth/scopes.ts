/**
 * What a scoped credential may reach. Sessions and tokens minted before scopes existed carry
 * none and reach everything their role allows; a scoped token reaches only the routes whose
 * entry in the route table (api/route-table.ts) lists one of its scopes, so a route that lists
 * none (minting tokens, managing sessions, configuring the org) is closed to scoped tokens.
 */
import type { MutationName } from '@sightline/sdk/model';
import type { Principal } from './principal';

export const SCOPES = ['read', 'sync', 'metrics:write', 'people:import'] as const;
export type Scope = (typeof SCOPES)[number];

/** Integration keys act for no person: they feed metric values or the people directory. */
export const INTEGRATION_KEY_SCOPES = ['metrics:write', 'people:import'] as const satisfies readonly Scope[];

export const hasScope = (principal: Principal, scope: Scope): boolean => !principal.scopes || principal.scopes.includes(scope);

/** A push under metrics:write (without sync) may only record metric values. */
export const mayApplyMutation = (principal: Principal, name: MutationName): boolean =>
  hasScope(principal, 'sync') || (name === 'metric.record' && hasScope(principal, 'metrics:write'));

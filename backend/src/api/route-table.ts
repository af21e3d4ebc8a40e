/**
 * Every route under /v1, once: method, path, who may call, and the zod schemas of its request
 * and answer. `authorizeRoutes` enforces the access rules, `openApiDocument` publishes the
 * contract, and the authorization matrix and fuzz tests walk every entry, so a route added
 * without an entry here is unreachable (404) and fails those tests.
 *
 * @example
 * // A new route: its module mounts the handler in app.ts, and one entry goes here.
 * { method: 'POST', path: '/v1/metrics/values', summary: 'Record metric values', tag: 'Integrations',
 *   access: anyCredential(['metrics:write']), request: { body: MetricValues }, responses: { 200: { description: 'Recorded', schema: Ingested } } }
 */
import { z } from 'zod';
import { Id, PullQuery, PullResponse, PushRequest, PushResponse, uuidv7 } from '@sightline/sdk/model';
import { NewEmbedKey } from '../auth/embed-keys';
import { EmbedOrigins } from '../auth/embed-origins';
import { SsoConfigInput } from '../auth/oidc/sso-config';
import { PeopleImport } from '../people/people-payload';
import { DevSignIn, NewToken } from '../routes/auth';
import { RefreshRequest } from '../routes/sessions';
import { SignInCodeExchange } from '../routes/sign-in-code';
import { SsoExchange } from '../routes/sso';
import { admins, anyCredential, anyPerson, peopleAdmins } from './access';
import type { RouteSpec } from './contract';
import * as R from './responses';

const idParam = (name: string) => z.object({ [name]: Id });
const SAMPLE_ID = uuidv7();
const SAMPLE_CODE = 'A'.repeat(43);

export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET', path: '/v1/openapi.json', summary: 'This API as an OpenAPI 3.1 document', tag: 'Meta',
    access: { public: 'the contract is no secret' },
    responses: { 200: { description: 'The OpenAPI document', schema: R.OpenApiDocument } },
  },
  {
    method: 'GET', path: '/v1/me', summary: 'Whom the credential acts as', tag: 'Account',
    access: anyCredential(),
    responses: { 200: { description: 'The principal, its person (null for an integration key) and org', schema: R.MeResponse } },
  },
  // Sign-in: unauthenticated, each limited per IP address.
  {
    method: 'POST', path: '/v1/auth/sign-in-code', summary: 'Exchange a one-time sign-in code for a person token', tag: 'Sign-in',
    access: { public: 'the code is the credential' },
    request: { body: SignInCodeExchange }, example: { body: { code: SAMPLE_CODE } },
    responses: { 201: { description: 'A person token', schema: R.SignedIn } },
  },
  {
    method: 'POST', path: '/v1/auth/dev-signin', summary: 'Demo mode only: sign in with an email alone', tag: 'Sign-in',
    access: { public: 'exists only in demo mode' },
    request: { body: DevSignIn }, example: { body: { email: 'alice@northwind.example' } },
    responses: { 201: { description: 'A person token', schema: R.SignedIn } },
  },
  {
    method: 'POST', path: '/v1/auth/session/refresh', summary: 'Rotate a session: a new access and refresh token', tag: 'Sign-in',
    access: { public: 'the refresh token is the credential' },
    request: { body: RefreshRequest }, example: { body: { refreshToken: `slr_${SAMPLE_CODE}` } },
    responses: { 200: { description: 'The rotated pair; the old refresh token is spent', schema: R.SessionTokens } },
  },
  {
    method: 'GET', path: '/v1/auth/sso/:orgSlug/start', summary: "Start single sign-on with the org's OpenID provider", tag: 'Sign-in',
    access: { public: 'starts a sign-in' },
    request: { params: z.object({ orgSlug: z.string().max(63) }), query: z.object({ redirect: z.string().optional() }) },
    example: { params: { orgSlug: 'northwind' } },
    responses: { 302: { description: "Redirect to the provider's authorization endpoint" } },
  },
  {
    method: 'GET', path: '/v1/auth/sso/callback', summary: "The provider's redirect back (authorization code + PKCE)", tag: 'Sign-in',
    access: { public: 'the state and code are the credential' },
    request: { query: z.looseObject({ state: z.string(), code: z.string() }) }, example: { query: { state: SAMPLE_CODE, code: SAMPLE_CODE } },
    responses: { 303: { description: 'Redirect to the console or extension with a one-time sso_code' } },
  },
  {
    method: 'POST', path: '/v1/auth/sso/exchange', summary: 'Exchange the one-time sso_code for a session', tag: 'Sign-in',
    access: { public: 'the one-time code is the credential' },
    request: { body: SsoExchange }, example: { body: { code: SAMPLE_CODE } },
    responses: { 200: { description: 'A new session', schema: R.SessionTokens } },
  },
  // A person's own tokens and sessions.
  {
    method: 'POST', path: '/v1/auth/tokens', summary: 'Mint a scoped, expiring personal token or (admins) an integration key', tag: 'Account',
    access: anyPerson,
    request: { body: NewToken }, example: { body: { name: 'laptop', scopes: ['read'], expiresInDays: 30 } },
    responses: { 201: { description: 'The token, shown once', schema: R.IssuedToken } },
  },
  {
    method: 'GET', path: '/v1/auth/tokens', summary: 'List your unrevoked tokens (no secrets)', tag: 'Account',
    access: anyPerson, responses: { 200: { description: 'Your tokens', schema: R.TokenList } },
  },
  {
    method: 'DELETE', path: '/v1/auth/tokens/:id', summary: 'Revoke a token of yours (admins: any integration key)', tag: 'Account',
    access: anyPerson, request: { params: idParam('id') }, example: { params: { id: SAMPLE_ID } },
    responses: { 200: { description: 'Revoked', schema: R.Revoked } },
  },
  {
    method: 'GET', path: '/v1/auth/sessions', summary: 'List your sign-in sessions', tag: 'Account',
    access: anyPerson, responses: { 200: { description: 'Your sessions; `current` marks the one asking', schema: R.SessionList } },
  },
  {
    method: 'DELETE', path: '/v1/auth/sessions/:id', summary: 'Sign a session of yours out', tag: 'Account',
    access: anyPerson, request: { params: idParam('id') }, example: { params: { id: SAMPLE_ID } },
    responses: { 200: { description: 'Revoked', schema: R.Revoked } },
  },
  {
    method: 'POST', path: '/v1/auth/sign-out', summary: 'End the sign-in session that makes this request (the extension and console sign out with it)', tag: 'Account',
    access: anyPerson, responses: { 200: { description: 'Revoked: its access and refresh tokens stop working at once', schema: R.Revoked } },
  },
  // Sync.
  {
    method: 'POST', path: '/v1/sync/push', summary: 'Apply mutations in seq order, exactly once', tag: 'Sync',
    access: anyCredential(['sync', 'metrics:write']),
    request: { body: PushRequest },
    example: { body: { clientId: SAMPLE_ID, mutations: [{ id: uuidv7(), seq: 1, name: 'feedback.create', args: { id: uuidv7(), subjectId: SAMPLE_ID, kind: 'praise', body: 'Thanks for the handover', visibility: 'subject', createdAt: '2026-02-01T09:00:00Z' }, at: '2026-02-01T09:00:00Z' }] } },
    responses: { 200: { description: "Each mutation's result and the client's last seq", schema: PushResponse } },
  },
  {
    method: 'GET', path: '/v1/sync/pull', summary: 'Rows and tombstones changed since a cursor, visible to the caller', tag: 'Sync',
    access: anyCredential(['read', 'sync']),
    request: { query: PullQuery }, example: { query: { clientId: SAMPLE_ID } },
    responses: { 200: { description: 'Changes from one snapshot', schema: PullResponse } },
  },
  {
    method: 'GET', path: '/v1/sync/events', summary: 'Server-sent pokes {version} when something visible changed', tag: 'Sync',
    access: anyCredential(['read', 'sync']),
    responses: { 200: { description: 'An event stream: `event: poke`, `data: {"version":N}`', contentType: 'text/event-stream' } },
  },
  // Org administration.
  {
    method: 'POST', path: '/v1/admin/people', summary: 'Upsert teams and people (an HRIS export, a CSV converted)', tag: 'Admin',
    access: { kinds: ['person', 'integration'], roles: ['people_admin', 'admin'], scopes: ['people:import'] },
    request: { body: PeopleImport },
    example: { body: { persons: [{ id: SAMPLE_ID, name: 'Erin Example', email: 'erin@northwind.example' }] } },
    responses: { 200: { description: 'What changed', schema: R.ImportResult } },
  },
  {
    method: 'GET', path: '/v1/admin/people/:personId/sessions', summary: "List a person's sessions", tag: 'Admin',
    access: peopleAdmins, request: { params: idParam('personId') }, example: { params: { personId: SAMPLE_ID } },
    responses: { 200: { description: 'Their sessions', schema: R.SessionList } },
  },
  {
    method: 'DELETE', path: '/v1/admin/people/:personId/sessions', summary: "Revoke every session of a person", tag: 'Admin',
    access: peopleAdmins, request: { params: idParam('personId') }, example: { params: { personId: SAMPLE_ID } },
    responses: { 200: { description: 'How many were revoked', schema: R.SessionsRevoked } },
  },
  {
    method: 'GET', path: '/v1/admin/sso', summary: 'The single sign-on configuration (never the client secret)', tag: 'Admin',
    access: admins, responses: { 200: { description: 'The configuration', schema: R.SsoConfigView } },
  },
  {
    method: 'PUT', path: '/v1/admin/sso', summary: 'Configure single sign-on with an OpenID provider', tag: 'Admin',
    access: admins, request: { body: SsoConfigInput },
    // A provider on this machine: the fuzz tests send this example, and a server must never reach out from them.
    example: { body: { issuer: 'http://127.0.0.1:9/realms/northwind', clientId: 'sightline', clientSecret: null, allowedDomains: ['northwind.example'] } },
    responses: { 200: { description: 'The saved configuration', schema: R.SsoConfigView } },
  },
  {
    method: 'DELETE', path: '/v1/admin/sso', summary: 'Turn single sign-on off', tag: 'Admin',
    access: admins, responses: { 200: { description: 'Deleted', schema: R.Deleted } },
  },
  {
    method: 'POST', path: '/v1/admin/embed-keys', summary: "Register a key the intranet's server signs embed tokens with", tag: 'Admin',
    access: admins, request: { body: NewEmbedKey }, example: { body: { kid: 'intranet-2026', alg: 'HS256', secret: 'a-shared-secret-of-at-least-32-characters' } },
    responses: { 201: { description: 'The key (its secret never comes back)', schema: R.EmbedKeySummary } },
  },
  {
    method: 'GET', path: '/v1/admin/embed-keys', summary: 'List embed keys', tag: 'Admin',
    access: admins, responses: { 200: { description: 'The keys, without secrets', schema: R.EmbedKeyList } },
  },
  {
    method: 'DELETE', path: '/v1/admin/embed-keys/:kid', summary: 'Delete an embed key', tag: 'Admin',
    access: admins, request: { params: z.object({ kid: z.string() }) }, example: { params: { kid: 'intranet-2026' } },
    responses: { 200: { description: 'Deleted', schema: R.EmbedKeyDeleted } },
  },
  {
    method: 'GET', path: '/v1/admin/embed-origins', summary: "The origins whose pages may use this org's embed tokens", tag: 'Admin',
    access: admins, responses: { 200: { description: 'The allow-list; empty allows any origin', schema: R.EmbedOriginList } },
  },
  {
    method: 'PUT', path: '/v1/admin/embed-origins', summary: "Replace the origins whose pages may use this org's embed tokens", tag: 'Admin',
    access: admins, request: { body: EmbedOrigins }, example: { body: { origins: ['https://intranet.northwind.example'] } },
    responses: { 200: { description: 'The saved allow-list', schema: R.EmbedOriginList } },
  },
];

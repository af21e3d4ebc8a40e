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
import { FirstRunRequest } from '../routes/first-run';
import { DirectoryQuery, MetricValueBatch } from '@sightline/sdk/model';
import { ScimGroupInput, ScimPatchBody, ScimUserInput } from '../scim/scim-resources';
import { AuditQuery } from '../routes/audit';
import { EffectQuery } from '../routes/development';
import { CalibrationQuery, EvidenceQuery } from '../routes/reviews';
import { WebhookEndpointInput } from '../routes/webhooks';
import { ErasureRequest } from '../routes/privacy-erase';
import { RetentionSettings } from '../routes/retention';
import { ALL_ROLES, admins, anyCredential, anyPerson, peopleAdmins, type Access } from './access';
import type { RouteSpec } from './contract';
import * as R from './responses';

const idParam = (name: string) => z.object({ [name]: Id });
const SAMPLE_ID = uuidv7();
const SAMPLE_CODE = 'A'.repeat(43);

/** People admins and admins in person, or an integration key scoped to people:import. */
const peopleImport: Access = { kinds: ['person', 'integration'], roles: ['people_admin', 'admin'], scopes: ['people:import'] };
/** A person's own computed reads, under the same scopes as pull. */
const personReads: Access = { kinds: ['person'], roles: ALL_ROLES, scopes: ['read', 'sync'] };

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
  {
    method: 'GET', path: '/v1/setup/first-run', summary: 'Whether this server still waits for its first org', tag: 'Sign-in',
    access: { public: 'says only that the server has no org yet' },
    responses: { 200: { description: '`open`: the first org may be created with the setup token', schema: R.FirstRunOpen } },
  },
  {
    method: 'POST', path: '/v1/setup/first-run', summary: 'Create the first org and its admin with the one-time setup token', tag: 'Sign-in',
    access: { public: 'the one-time setup token is the credential' },
    request: { body: FirstRunRequest }, example: { body: { setupToken: SAMPLE_CODE, name: 'Northwind', slug: 'northwind', adminEmail: 'admin@northwind.example' } },
    responses: { 201: { description: "The org, its admin and the admin's one-time sign-in code", schema: R.FirstRunCreated } },
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
    method: 'GET', path: '/v1/sync/first-view', summary: "The visible rows a page's widgets read, to paint before the store and engine load", tag: 'Sync',
    access: anyCredential(['read', 'sync']),
    request: { query: z.object({ q: z.string().max(4000) }) }, example: { query: { q: JSON.stringify([{ query: 'me', params: {} }, { query: 'goalTree', params: { scope: 'me' } }]) } },
    responses: { 200: { description: '{ me, rows }: the signed-in person and, per table, the rows those queries read' } },
  },
  {
    method: 'GET', path: '/v1/sync/events', summary: 'Server-sent pokes {version} when something visible changed', tag: 'Sync',
    access: anyCredential(['read', 'sync']),
    responses: { 200: { description: 'An event stream: `event: poke`, `data: {"version":N}`', contentType: 'text/event-stream' } },
  },
  // Org administration.
  {
    method: 'POST', path: '/v1/admin/people', summary: 'Upsert teams and people (an HRIS export; ?dryRun=true lists the changes and writes nothing)', tag: 'Admin',
    access: peopleImport,
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
  {
    method: 'POST', path: '/v1/admin/people/csv', summary: 'Upsert people from a CSV file (text/csv body; ?dryRun=true lists the changes and writes nothing)', tag: 'Admin',
    access: peopleImport, example: { query: { dryRun: 'true' } },
    responses: { 200: { description: 'What changed, or on a dry run what would' } },
  },
  // SCIM 2.0 for identity providers: Users and Groups (teams), errors in SCIM's shape.
  {
    method: 'GET', path: '/v1/scim/v2/ServiceProviderConfig', summary: 'SCIM: what this server supports', tag: 'SCIM',
    access: peopleImport, responses: { 200: { description: 'The SCIM service provider configuration', contentType: 'application/scim+json' } },
  },
  ...(['Users', 'Groups'] as const).flatMap((kind) => {
    const input = kind === 'Users' ? ScimUserInput : ScimGroupInput;
    const example = kind === 'Users' ? { userName: 'erin@northwind.example', externalId: 'idp-erin', name: { formatted: 'Erin Example' }, active: true } : { displayName: 'Support', externalId: 'idp-support' };
    const one = { params: idParam('id') };
    const resource = { description: `The SCIM ${kind === 'Users' ? 'User' : 'Group'}`, contentType: 'application/scim+json' };
    return [
      { method: 'GET', path: `/v1/scim/v2/${kind}`, summary: `SCIM: list ${kind}, filtered by eq`, tag: 'SCIM', access: peopleImport, example: { query: { filter: 'externalId eq "idp-1"' } }, responses: { 200: { description: 'A SCIM ListResponse', contentType: 'application/scim+json' } } },
      { method: 'GET', path: `/v1/scim/v2/${kind}/:id`, summary: `SCIM: one of ${kind}`, tag: 'SCIM', access: peopleImport, request: one, example: { params: { id: SAMPLE_ID } }, responses: { 200: resource } },
      { method: 'POST', path: `/v1/scim/v2/${kind}`, summary: `SCIM: create (idempotent by externalId)`, tag: 'SCIM', access: peopleImport, request: { body: input }, example: { body: example }, responses: { 201: resource, 200: resource } },
      { method: 'PUT', path: `/v1/scim/v2/${kind}/:id`, summary: 'SCIM: replace', tag: 'SCIM', access: peopleImport, request: { ...one, body: input }, example: { params: { id: SAMPLE_ID }, body: example }, responses: { 200: resource } },
      { method: 'PATCH', path: `/v1/scim/v2/${kind}/:id`, summary: 'SCIM: patch (active=false deactivates a User)', tag: 'SCIM', access: peopleImport, request: { ...one, body: ScimPatchBody }, example: { params: { id: SAMPLE_ID }, body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'active', value: false }] } }, responses: { 200: resource } },
      { method: 'DELETE', path: `/v1/scim/v2/${kind}/:id`, summary: kind === 'Users' ? 'SCIM: deactivate (history is kept)' : 'SCIM: empty the team (the team is kept)', tag: 'SCIM', access: peopleImport, request: one, example: { params: { id: SAMPLE_ID } }, responses: { 204: { description: 'Done' } } },
    ] satisfies RouteSpec[];
  }),
  // Integrations.
  {
    method: 'POST', path: '/v1/metrics/values', summary: 'Record a batch of metric values, all or none; an Idempotency-Key header replays the stored answer', tag: 'Integrations',
    access: { kinds: ['person', 'integration'], roles: ALL_ROLES, scopes: ['metrics:write'] },
    request: { body: MetricValueBatch }, example: { body: { values: [{ metricId: SAMPLE_ID, value: 12, at: '2026-02-02T09:00:00Z' }] } },
    responses: { 200: { description: 'How many were recorded, with their ids' } },
  },
  {
    method: 'POST', path: '/v1/admin/webhooks', summary: 'Register an outgoing webhook (the signing secret is shown once)', tag: 'Integrations',
    access: admins, request: { body: WebhookEndpointInput }, example: { body: { url: 'https://hooks.northwind.example/sightline', events: ['feedback.created'] } },
    responses: { 201: { description: 'The endpoint and its secret' } },
  },
  {
    method: 'GET', path: '/v1/admin/webhooks', summary: 'List webhook endpoints', tag: 'Integrations',
    access: admins, responses: { 200: { description: 'The endpoints, without secrets' } },
  },
  {
    method: 'DELETE', path: '/v1/admin/webhooks/:id', summary: 'Disable a webhook endpoint', tag: 'Integrations',
    access: admins, request: { params: idParam('id') }, example: { params: { id: SAMPLE_ID } },
    responses: { 200: { description: 'Disabled' } },
  },
  {
    method: 'GET', path: '/v1/admin/webhooks/:id/deliveries', summary: "An endpoint's delivery log, every attempt", tag: 'Integrations',
    access: admins, request: { params: idParam('id') }, example: { params: { id: SAMPLE_ID } },
    responses: { 200: { description: 'Deliveries, newest first' } },
  },
  // Audit and privacy.
  {
    method: 'GET', path: '/v1/admin/audit', summary: 'The append-only audit log', tag: 'Admin',
    access: admins, request: { query: AuditQuery }, example: { query: { action: 'person.role_changed' } },
    responses: { 200: { description: 'Entries, newest first' } },
  },
  {
    method: 'GET', path: '/v1/me/export', summary: 'Everything Sightline holds about you, as JSON (audited)', tag: 'Account',
    access: anyPerson, responses: { 200: { description: 'The export' } },
  },
  {
    method: 'POST', path: '/v1/admin/people/:personId/erase', summary: "Erase a person: their data goes, what they wrote for others stays under \"Erased person\" (?dryRun=true counts and writes nothing)", tag: 'Admin',
    access: peopleAdmins, request: { params: idParam('personId'), body: ErasureRequest },
    example: { params: { personId: SAMPLE_ID }, body: { confirmEmail: 'erin@northwind.example' }, query: { dryRun: 'true' } },
    responses: { 200: { description: 'What changed per table, or on a dry run what would', schema: R.ErasureResult } },
  },
  {
    method: 'GET', path: '/v1/admin/retention', summary: 'How long private notes are kept', tag: 'Admin',
    access: admins, responses: { 200: { description: 'Days, or null: kept', schema: R.RetentionView } },
  },
  {
    method: 'PUT', path: '/v1/admin/retention', summary: 'Set how long private notes are kept (null: for ever); older ones are deleted by the periodic upkeep', tag: 'Admin',
    access: admins, request: { body: RetentionSettings }, example: { body: { privateNoteDays: 365 } },
    responses: { 200: { description: 'The saved setting', schema: R.RetentionView } },
  },
  // Reads beside the sync: computed from what the caller may see.
  {
    method: 'GET', path: '/v1/directory', summary: 'People a page at a time, filtered by visibility, searched by name or email', tag: 'Sync',
    access: anyCredential(['read', 'sync']),
    request: { query: DirectoryQuery }, example: { query: { q: 'ali' } },
    responses: { 200: { description: 'A page of people and the next cursor' } },
  },
  ...(['goals', 'metrics'] as const).map((table): RouteSpec => ({
    method: 'GET', path: `/v1/history/${table}/:id`, summary: `The change history of one of ${table}`, tag: 'Coaching',
    access: personReads, request: { params: idParam('id') }, example: { params: { id: SAMPLE_ID } },
    responses: { 200: { description: 'Changes, oldest first' } },
  })),
  {
    method: 'POST', path: '/v1/goals/import', summary: 'Create and update goals and KPIs from a CSV file (text/csv body), all or nothing; ?dryRun=true lists row by row what would change and writes nothing', tag: 'Coaching',
    access: { kinds: ['person'], roles: ['manager', 'people_admin', 'admin'], scopes: ['sync'] }, example: { query: { dryRun: 'true' } },
    responses: { 200: { description: 'What was, or on a dry run would be, created, updated and left unchanged, per row' } },
  },
  {
    method: 'GET', path: '/v1/requests/inbox', summary: 'Open feedback requests asked of you, soonest due first', tag: 'Coaching',
    access: personReads, responses: { 200: { description: 'Your inbox' } },
  },
  {
    method: 'GET', path: '/v1/reviews/evidence', summary: "A review period's evidence: goal progress, barriers, feedback with its source", tag: 'Coaching',
    access: personReads, request: { query: EvidenceQuery }, example: { query: { subjectId: SAMPLE_ID, cycleId: SAMPLE_ID } },
    responses: { 200: { description: 'The evidence the caller may see' } },
  },
  {
    method: 'GET', path: '/v1/reviews/calibration', summary: 'Ratings per reviewer against the org', tag: 'Coaching',
    access: { kinds: ['person'], roles: ['people_admin', 'admin'], scopes: ['read', 'sync'] },
    request: { query: CalibrationQuery }, example: { query: { cycleId: SAMPLE_ID } },
    responses: { 200: { description: 'Calibration of the cycle' } },
  },
  {
    method: 'GET', path: '/v1/due', summary: 'Your check-in due state in your own timezone', tag: 'Coaching',
    access: personReads, responses: { 200: { description: 'Your due list' } },
  },
  {
    method: 'GET', path: '/v1/due/team', summary: "Your reports' check-in due states", tag: 'Coaching',
    access: personReads, responses: { 200: { description: "The team's due list" } },
  },
  {
    method: 'GET', path: '/v1/development/effect', summary: 'A development action: feedback on the skill and linked KPIs before and after', tag: 'Coaching',
    access: personReads, request: { query: EffectQuery }, example: { query: { actionId: SAMPLE_ID } },
    responses: { 200: { description: 'Before and after' } },
  },
];

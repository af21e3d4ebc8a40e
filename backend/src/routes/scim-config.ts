/** GET /v1/scim/v2/ServiceProviderConfig: what this SCIM service supports, for providers that ask first. */
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate';
import { scimJson } from '../scim/scim-error';
import { MAX_PAGE } from '../scim/scim-list';

const CONFIG = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: MAX_PAGE },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'An integration key scoped to people:import', primary: true }],
};

export const scimConfigRoutes = () => new Hono<AuthEnv>().get('/ServiceProviderConfig', (c) => scimJson(c, CONFIG));

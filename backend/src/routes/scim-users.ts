/**
 * SCIM 2.0 Users (RFC 7644), the subset identity providers send: list with a userName or
 * externalId filter, read, create (idempotent by externalId: a create of a known externalId
 * updates that person), replace, PATCH (active=false deactivates) and DELETE (deactivates and
 * hides the User; the person and their history stay). Mounted at /v1/scim/v2/Users.
 */
import { Hono, type Context } from 'hono';
import { uuidv7 } from '@sightline/sdk/model';
import type { Kysely } from 'kysely';
import type { AuthEnv } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/database';
import type { DB } from '../db/schema';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';
import { ScimError, scimJson } from '../scim/scim-error';
import { parseEqualities } from '../scim/scim-filter';
import { listResponse, readPage } from '../scim/scim-list';
import { patchResource } from '../scim/scim-patch';
import { ScimPatchBody, ScimUserInput, personFieldsOf, userResource, type PersonRow } from '../scim/scim-resources';
import { applyImport, findUser, importFields, isUuid, listUsers, writeLink, type Linked } from '../scim/scim-store';
import { lockOrg } from '../orgs/orgs';
import { orUnavailable } from '../sync/unavailable';

const gone = (id: string) => new ScimError(404, undefined, `no User ${id}`);

export function scimUserRoutes({ db }: Database, clock: () => Date) {
  const transaction = <T>(work: (tx: Kysely<DB>) => Promise<T>) => orUnavailable(() => db.transaction().execute(work));

  /** The live User at :id, or 404 (unknown, not a UUID, or deleted through SCIM). */
  async function liveUser(tx: Kysely<DB>, c: Context<AuthEnv>): Promise<Linked<PersonRow>> {
    const id = c.req.param('id')!;
    const user = isUuid(id) ? await findUser(tx, c.get('principal').orgId, { id }) : undefined;
    if (!user || user.link?.deletedAt) throw gone(id);
    return user;
  }

  /** Writes the person and the link; the answer is the User as stored. */
  async function writeUser(tx: Kysely<DB>, principal: Principal, existing: PersonRow | undefined, input: ScimUserInput) {
    const { orgId } = principal;
    const id = existing?.id ?? uuidv7();
    const person = { ...(existing ? importFields(existing) : { id }), ...personFieldsOf(input) };
    await applyImport(tx, principal, { persons: [person] }, clock());
    await writeLink(tx, 'scimUsers', { orgId, id }, { ...(input.externalId !== undefined && { externalId: input.externalId }), deletedAt: null });
    const stored = (await findUser(tx, orgId, { id }))!;
    return userResource(stored.row, stored.link);
  }

  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const eq = parseEqualities(c.req.query('filter'), ['username', 'externalid']);
      const page = readPage(c);
      const { total, users } = await listUsers(db, c.get('principal').orgId, eq, page);
      return scimJson(c, listResponse(users.map((u) => userResource(u.row, u.link)), total, page.startIndex));
    })
    .get('/:id', async (c) => {
      const user = await liveUser(db, c);
      return scimJson(c, userResource(user.row, user.link));
    })
    .post('/', limitBody(BODY_LIMITS.default), async (c) => {
      const { orgId } = c.get('principal');
      const input = await readJson(c, ScimUserInput);
      const { email } = personFieldsOf(input);
      const [status, user] = await transaction(async (tx) => {
        await lockOrg(tx, orgId);
        const known = input.externalId ? await findUser(tx, orgId, { externalId: input.externalId }) : undefined;
        const existing = known ?? (await findUser(tx, orgId, { email }));
        if (!known && existing?.link?.externalId && existing.link.externalId !== input.externalId)
          throw new ScimError(409, 'uniqueness', `userName: ${email} belongs to a User of another externalId`);
        return [existing ? 200 : 201, await writeUser(tx, c.get('principal'), existing?.row, input)] as const;
      });
      return scimJson(c, user, status);
    })
    .put('/:id', limitBody(BODY_LIMITS.default), async (c) => {
      const { orgId } = c.get('principal');
      const input = await readJson(c, ScimUserInput);
      return scimJson(
        c,
        await transaction(async (tx) => {
          await lockOrg(tx, orgId);
          return writeUser(tx, c.get('principal'), (await liveUser(tx, c)).row, input);
        }),
      );
    })
    .patch('/:id', limitBody(BODY_LIMITS.default), async (c) => {
      const { orgId } = c.get('principal');
      const body = await readJson(c, ScimPatchBody);
      return scimJson(
        c,
        await transaction(async (tx) => {
          await lockOrg(tx, orgId);
          const user = await liveUser(tx, c);
          return writeUser(tx, c.get('principal'), user.row, patchResource(userResource(user.row, user.link), body, ScimUserInput));
        }),
      );
    })
    .delete('/:id', async (c) => {
      const principal = c.get('principal');
      const { orgId } = principal;
      await transaction(async (tx) => {
        await lockOrg(tx, orgId);
        const { row } = await liveUser(tx, c);
        await applyImport(tx, principal, { persons: [{ ...importFields(row), active: false }] }, clock());
        await writeLink(tx, 'scimUsers', { orgId, id: row.id }, { deletedAt: clock().toISOString() });
      });
      return c.body(null, 204);
    });
}

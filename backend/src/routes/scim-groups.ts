/**
 * SCIM 2.0 Groups: a Group is a team, its members the people in it (a person is in one team,
 * so joining a group moves them out of their last one). Create is idempotent by externalId, and
 * adopts a team of the same name; PATCH adds and removes members; DELETE empties the team and
 * hides the Group, the team itself stays for the goals that name it. Mounted at /v1/scim/v2/Groups.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { uuidv7 } from '@sightline/sdk/model';
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
import { ScimGroupInput, ScimPatchBody, groupResource } from '../scim/scim-resources';
import { applyImport, findGroup, importFields, isUuid, listGroups, personRows, teamMembers, writeLink } from '../scim/scim-store';
import { lockOrg } from '../orgs/orgs';
import { orUnavailable } from '../sync/unavailable';

type Team = NonNullable<Awaited<ReturnType<typeof findGroup>>>;

export function scimGroupRoutes({ db }: Database, clock: () => Date) {
  const transaction = <T>(work: (tx: Kysely<DB>) => Promise<T>) => orUnavailable(() => db.transaction().execute(work));

  async function resourceOf(tx: Kysely<DB>, orgId: string, group: Team) {
    return groupResource(group.row, group.link, await teamMembers(tx, orgId, [group.row.id]));
  }

  async function liveGroup(tx: Kysely<DB>, c: Context<AuthEnv>): Promise<Team> {
    const id = c.req.param('id')!;
    const group = isUuid(id) ? await findGroup(tx, c.get('principal').orgId, { id }) : undefined;
    if (!group || group.link?.deletedAt) throw new ScimError(404, undefined, `no Group ${id}`);
    return group;
  }

  /** Writes the team, moves people in and out of it, and links it; `members` absent leaves them as they are. */
  async function writeGroup(tx: Kysely<DB>, principal: Principal, existing: Team['row'] | undefined, input: Partial<ScimGroupInput> & { displayName: string }, deleted = false) {
    const { orgId } = principal;
    const { updatedAt: _u, ...kept } = existing ?? { id: uuidv7(), parentTeamId: null, leadId: null, function: 'other', updatedAt: '' };
    const team = { ...kept, name: input.displayName };
    const current = await teamMembers(tx, orgId, existing ? [team.id] : []);
    const wanted = input.members ? input.members.map((m) => m.value) : current.map((m) => m.id);
    input.members?.forEach((m, i) => {
      if (!isUuid(m.value)) throw new ScimError(400, 'invalidValue', `members.${i}.value: no User ${m.value}`);
    });
    const joining = await personRows(tx, orgId, wanted.filter((id) => !current.some((m) => m.id === id)));
    const missing = wanted.findIndex((id) => !current.some((m) => m.id === id) && !joining.some((p) => p.id === id));
    if (missing >= 0) throw new ScimError(400, 'invalidValue', `members.${missing}.value: no User ${wanted[missing]}`);
    const leaving = await personRows(tx, orgId, current.filter((m) => !wanted.includes(m.id)).map((m) => m.id));
    const persons = [...joining.map((p) => ({ ...importFields(p), teamId: team.id })), ...leaving.map((p) => ({ ...importFields(p), teamId: null }))];
    await applyImport(tx, principal, { teams: [team], persons }, clock());
    await writeLink(tx, 'scimGroups', { orgId, id: team.id }, { ...(input.externalId !== undefined && { externalId: input.externalId }), deletedAt: deleted ? clock().toISOString() : null });
    return resourceOf(tx, orgId, (await findGroup(tx, orgId, { id: team.id }))!);
  }

  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const { orgId } = c.get('principal');
      const eq = parseEqualities(c.req.query('filter'), ['displayname', 'externalid']);
      const page = readPage(c);
      const { total, groups } = await listGroups(db, orgId, eq, page);
      const members = await teamMembers(db, orgId, groups.map((g) => g.row.id));
      const resources = groups.map((g) => groupResource(g.row, g.link, members.filter((m) => m.teamId === g.row.id)));
      return scimJson(c, listResponse(resources, total, page.startIndex));
    })
    .get('/:id', async (c) => scimJson(c, await resourceOf(db, c.get('principal').orgId, await liveGroup(db, c))))
    .post('/', limitBody(BODY_LIMITS.import), async (c) => {
      const { orgId } = c.get('principal');
      const input = await readJson(c, ScimGroupInput);
      const [status, group] = await transaction(async (tx) => {
        await lockOrg(tx, orgId);
        const known = input.externalId ? await findGroup(tx, orgId, { externalId: input.externalId }) : undefined;
        const existing = known ?? (await findGroup(tx, orgId, { name: input.displayName }));
        if (!known && existing?.link?.externalId && existing.link.externalId !== input.externalId)
          throw new ScimError(409, 'uniqueness', `displayName: ${input.displayName} belongs to a Group of another externalId`);
        return [existing ? 200 : 201, await writeGroup(tx, c.get('principal'), existing?.row, { ...input, members: input.members ?? [] })] as const;
      });
      return scimJson(c, group, status);
    })
    .put('/:id', limitBody(BODY_LIMITS.import), async (c) => {
      const { orgId } = c.get('principal');
      const input = await readJson(c, ScimGroupInput);
      return scimJson(c, await transaction(async (tx) => (await lockOrg(tx, orgId), writeGroup(tx, c.get('principal'), (await liveGroup(tx, c)).row, input))));
    })
    .patch('/:id', limitBody(BODY_LIMITS.import), async (c) => {
      const { orgId } = c.get('principal');
      const body = await readJson(c, ScimPatchBody);
      const group = await transaction(async (tx) => {
        await lockOrg(tx, orgId);
        const existing = await liveGroup(tx, c);
        const patched = patchResource(await resourceOf(tx, orgId, existing), body, ScimGroupInput);
        // scim-patch drops the attribute when the last member goes: absent here means none.
        return writeGroup(tx, c.get('principal'), existing.row, { ...patched, members: patched.members ?? [] });
      });
      return scimJson(c, group);
    })
    .delete('/:id', async (c) => {
      const { orgId } = c.get('principal');
      await transaction(async (tx) => {
        await lockOrg(tx, orgId);
        const { row } = await liveGroup(tx, c);
        await writeGroup(tx, c.get('principal'), row, { displayName: row.name, members: [] }, true);
      });
      return c.body(null, 204);
    });
}

/**
 * Seeds an org through the same doors real data comes in by: the people import, then each
 * batch of mutations pushed as its actor (own client id, seqs from 1) through the real push
 * path, so the demo exercises every handler and permission check. Anything rejected is a bug
 * in the demo data or a handler, and fails loudly. All of it is one transaction: a seed
 * killed or failing midway leaves no org, and the next start seeds it whole.
 */
import type { Kysely } from 'kysely';
import { MAX_PUSH_BATCH, nameId, uuidv7, type Role } from '@sightline/sdk/model';
import { personPrincipal } from '../auth/principal';
import type { Database } from '../db/database';
import type { DB } from '../db/schema';
import { createOrg } from '../orgs/orgs';
import { importPeopleIn } from '../people/import-people';
import { PeopleImport } from '../people/people-payload';
import { pushInTransaction } from '../sync/push';
import { buildDemoOrg, type DemoOrg } from './demo-data';

export interface SeededOrg {
  orgId: string;
  slug: string;
  /** Mutations applied across all batches. */
  applied: number;
}

async function pushBatch(tx: Kysely<DB>, orgId: string, role: Role, batch: DemoOrg['batches'][number], index: number, now: Date) {
  const principal = personPrincipal(orgId, batch.actorId, role);
  const clientId = nameId('seed-client', orgId, String(index));
  const mutations = batch.mutations.map((m, i) => ({ id: uuidv7(), seq: i + 1, name: m.name, args: m.args, at: m.at }));
  for (let start = 0; start < mutations.length; start += MAX_PUSH_BATCH) {
    const res = await pushInTransaction(tx, principal, { clientId, mutations: mutations.slice(start, start + MAX_PUSH_BATCH) }, now);
    const failed = res.results.filter((r) => r.status !== 'applied');
    if (failed.length) {
      const lines = failed.map((r) => `  seq ${r.seq} ${mutations[r.seq - 1]!.name}: ${r.status} ${r.reason ?? ''}`);
      throw new Error(`seed batch ${index} (actor ${batch.actorId}) was not applied:\n${lines.join('\n')}`);
    }
  }
}

export async function seedOrg(database: Database, demo: DemoOrg, now: Date = new Date()): Promise<SeededOrg> {
  const people = PeopleImport.parse({ teams: demo.teams, persons: demo.persons });
  await database.db.transaction().execute(async (tx) => {
    await createOrg(tx, demo.org);
    await importPeopleIn(tx, demo.org.id, people, now, null);
    const roles = new Map(people.persons.map((p) => [p.id, p.role]));
    for (const [index, batch] of demo.batches.entries()) {
      const role = roles.get(batch.actorId);
      if (!role) throw new Error(`seed batch ${index}: actor ${batch.actorId} is not a person of the demo`);
      await pushBatch(tx, demo.org.id, role, batch, index, now);
    }
  });
  return { orgId: demo.org.id, slug: demo.org.slug, applied: demo.batches.reduce((n, b) => n + b.mutations.length, 0) };
}

/** Creates the demo org (buildDemoOrg(now)) in an empty database. */
export const seedDemo = (database: Database, now: Date = new Date()): Promise<SeededOrg> => seedOrg(database, buildDemoOrg(now), now);

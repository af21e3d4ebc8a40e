/**
 * Seeds an org through the same doors real data comes in by: the people import, then each
 * batch of mutations pushed as its actor (own client id, seqs from 1) through the real push
 * path, so the demo exercises every handler and permission check. Anything rejected is a bug
 * in the demo data or a handler, and fails loudly.
 */
import { MAX_PUSH_BATCH, nameId, uuidv7, type Role } from '@sightline/sdk/model';
import { personPrincipal } from '../auth/principal';
import type { Database } from '../db/database';
import { createOrg } from '../orgs/orgs';
import { importPeople } from '../people/import-people';
import { PeopleImport } from '../people/people-payload';
import { applyPush } from '../sync/push';
import { buildDemoOrg, type DemoOrg } from './demo-data';

export interface SeededOrg {
  orgId: string;
  slug: string;
  /** Mutations applied across all batches. */
  applied: number;
}

async function pushBatch(database: Database, orgId: string, role: Role, batch: DemoOrg['batches'][number], index: number, now: Date) {
  const principal = personPrincipal(orgId, batch.actorId, role);
  const clientId = nameId('seed-client', orgId, String(index));
  const mutations = batch.mutations.map((m, i) => ({ id: uuidv7(), seq: i + 1, name: m.name, args: m.args, at: m.at }));
  for (let start = 0; start < mutations.length; start += MAX_PUSH_BATCH) {
    const res = await applyPush(database.db, principal, { clientId, mutations: mutations.slice(start, start + MAX_PUSH_BATCH) }, now);
    const failed = res.results.filter((r) => r.status !== 'applied');
    if (failed.length) {
      const lines = failed.map((r) => `  seq ${r.seq} ${mutations[r.seq - 1]!.name}: ${r.status} ${r.reason ?? ''}`);
      throw new Error(`seed batch ${index} (actor ${batch.actorId}) was not applied:\n${lines.join('\n')}`);
    }
  }
}

export async function seedOrg(database: Database, demo: DemoOrg, now: Date = new Date()): Promise<SeededOrg> {
  await createOrg(database.db, demo.org);
  const people = PeopleImport.parse({ teams: demo.teams, persons: demo.persons });
  await importPeople(database.db, demo.org.id, people, now);
  const roles = new Map(people.persons.map((p) => [p.id, p.role]));
  for (const [index, batch] of demo.batches.entries()) {
    const role = roles.get(batch.actorId);
    if (!role) throw new Error(`seed batch ${index}: actor ${batch.actorId} is not a person of the demo`);
    await pushBatch(database, demo.org.id, role, batch, index, now);
  }
  return { orgId: demo.org.id, slug: demo.org.slug, applied: demo.batches.reduce((n, b) => n + b.mutations.length, 0) };
}

/** Creates the demo org (buildDemoOrg(now)) in an empty database. */
export const seedDemo = (database: Database, now: Date = new Date()): Promise<SeededOrg> => seedOrg(database, buildDemoOrg(now), now);

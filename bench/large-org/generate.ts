/**
 * Generates a large org straight into the database with set-based INSERTs (the push path would
 * take hours at this size), for any bench that needs one: sync scale, analytics. Deterministic
 * for a given org id and size: ids are md5-derived UUIDs of (org, kind, index).
 *
 * Shape: person i is in team floor(i / teamSize); the team's first person leads it and reports
 * to the lead of the parent team, (t - 1) / teamSize, so teams form a tree with fan-out
 * teamSize and the org chart is about log_teamSize(people) levels deep. Person 0 is the admin,
 * person 1 a people admin, leads are managers, everyone else a member. Two cycles (previous and
 * current). Goals: person goals, 5% org-visible, 60% team, 35% private. Check-ins: one per
 * person and week. Feedback about each person from the next ones: 5% org (recognition), 50%
 * manager, 25% subject, 20% private. Check-in ids are not checkInId(person, week): nothing a
 * bench reads depends on it.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { createOrg, type DB } from '@sightline/backend';
import { uuidv7 } from '@sightline/sdk/model';
import type { LargeOrgSize } from './size';

export interface LargeOrg {
  orgId: string;
  size: LargeOrgSize;
  /** Rows written per table. */
  rows: Record<string, number>;
  personId(index: number): string;
  teamId(index: number): string;
}

/** md5 of (org, kind, index) as a version-8 UUID; `uid` below is the same in SQL. */
export function generatedId(orgId: string, kind: string, index: number): string {
  const hex = createHash('md5').update(`${orgId}:${kind}:${index}`).digest('hex');
  const v8 = `${hex.slice(0, 12)}8${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${v8.slice(0, 8)}-${v8.slice(8, 12)}-${v8.slice(12, 16)}-${v8.slice(16, 20)}-${v8.slice(20)}`;
}

export async function generateLargeOrg(db: Kysely<DB>, size: LargeOrgSize): Promise<LargeOrg> {
  const orgId = uuidv7();
  await createOrg(db, { id: orgId, name: 'Large Co', slug: `large-${orgId.slice(-12)}` });
  const { people, teamSize: ts, goalsPerPerson: gp, checkInsPerPerson: cp, feedbackPerPerson: fp } = size;
  const teams = Math.ceil(people / ts);
  const uid = (kind: string, index: RawBuilder<unknown>) =>
    sql`overlay(overlay(md5(${orgId}::text || ${`:${kind}:`}::text || (${index})::text) placing '8' from 13) placing '8' from 17)::uuid`;
  const i = sql`i`;
  const stamp = sql`1, now(), null`;
  const [previousCycle, currentCycle] = [uuidv7(), uuidv7()];

  await db.transaction().execute(async (tx) => {
    await sql`set constraints all deferred`.execute(tx);
    await sql`insert into teams (org_id, id, name, parent_team_id, lead_id, function, version, updated_at, deleted_at)
      select ${orgId}::uuid, ${uid('t', i)}, 'Team ' || i, case when i = 0 then null else ${uid('t', sql`(i - 1) / ${ts}`)} end,
        ${uid('p', sql`i * ${ts}`)}, 'support', ${stamp}
      from generate_series(0, ${teams - 1}::int) i`.execute(tx);
    await sql`insert into persons (org_id, id, name, email, title, manager_id, team_id, role, timezone, active, version, updated_at, deleted_at)
      select ${orgId}::uuid, ${uid('p', i)}, 'Person ' || i, 'p' || i || '@large.test', null,
        case when i = 0 then null when i % ${ts} = 0 then ${uid('p', sql`((i / ${ts} - 1) / ${ts}) * ${ts}`)} else ${uid('p', sql`(i / ${ts}) * ${ts}`)} end,
        ${uid('t', sql`i / ${ts}`)},
        case when i = 0 then 'admin' when i = 1 then 'people_admin' when i % ${ts} = 0 then 'manager' else 'member' end,
        'UTC', true, ${stamp}
      from generate_series(0, ${people - 1}::int) i`.execute(tx);
    await sql`set constraints all immediate`.execute(tx);
    await sql`insert into cycles (org_id, id, name, kind, starts_on, ends_on, version, updated_at, deleted_at) values
      (${orgId}::uuid, ${previousCycle}::uuid, '2026 H1', 'half', '2026-01-01', '2026-06-30', ${stamp}),
      (${orgId}::uuid, ${currentCycle}::uuid, '2026 H2', 'half', '2026-07-01', '2026-12-31', ${stamp})`.execute(tx);
  });
  // One statement per table and person slice keeps each transaction's memory modest at 100k people.
  const SLICE = 10_000;
  for (let from = 0; from < people; from += SLICE) {
    const to = Math.min(people, from + SLICE) - 1;
    const persons = sql`generate_series(${from}::int, ${to}::int) p`;
    await sql`insert into goals (org_id, id, cycle_id, level, owner_id, team_id, parent_id, title, description, weight, visibility, status, due_on, version, updated_at, deleted_at)
      select ${orgId}::uuid, ${uid('g', sql`p * ${gp} + g`)}, case when g % 2 = 0 then ${currentCycle}::uuid else ${previousCycle}::uuid end,
        'person', ${uid('p', sql`p`)}, ${uid('t', sql`p / ${ts}`)}, null, 'Goal ' || g || ' of person ' || p, null, 1,
        case when (p * ${gp} + g) % 20 = 0 then 'org' when (p * ${gp} + g) % 20 <= 12 then 'team' else 'private' end, 'active', null, ${stamp}
      from ${persons}, generate_series(0, ${gp - 1}::int) g`.execute(db);
    await sql`insert into check_ins (org_id, id, person_id, week, goals, barriers, support_needed, learning_action, submitted_at, version, updated_at, deleted_at)
      select ${orgId}::uuid, ${uid('c', sql`p * ${cp} + c`)}, ${uid('p', sql`p`)},
        (2025 + c / 52)::text || '-W' || lpad((c % 52 + 1)::text, 2, '0'), '[]', 'none this week', null, null, now(), ${stamp}
      from ${persons}, generate_series(0, ${cp - 1}::int) c`.execute(db);
    await sql`insert into feedback (org_id, id, subject_id, kind, body, goal_id, skill_ids, visibility, context, request_id, created_at, author_id, version, updated_at, deleted_at)
      select ${orgId}::uuid, ${uid('f', sql`p * ${fp} + f`)}, ${uid('p', sql`p`)},
        case when (p * ${fp} + f) % 20 = 0 then 'praise' else 'observation' end, 'Feedback ' || f || ' about person ' || p, null, '[]',
        case when (p * ${fp} + f) % 20 = 0 then 'org' when (p * ${fp} + f) % 20 <= 10 then 'manager' when (p * ${fp} + f) % 20 <= 15 then 'subject' else 'private' end,
        null, null, now(), ${uid('p', sql`(p + f + 1) % ${people}`)}, ${stamp}
      from ${persons}, generate_series(0, ${fp - 1}::int) f`.execute(db);
  }
  await sql`update orgs set version = 1 where id = ${orgId}`.execute(db);
  await sql`analyze`.execute(db);

  return {
    orgId,
    size,
    rows: { teams, persons: people, cycles: 2, goals: people * gp, checkIns: people * cp, feedback: people * fp },
    personId: (index) => generatedId(orgId, 'p', index),
    teamId: (index) => generatedId(orgId, 't', index),
  };
}

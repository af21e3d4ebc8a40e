/**
 * The first schema. Every table is keyed by org_id first (a distributed Postgres can shard by
 * tenant); synced tables carry the version that stamped them, updated_at, and deleted_at for
 * tombstones. Written as plain SQL so the migration stays frozen even when the model moves on.
 */
import { sql, type Kysely } from 'kysely';

/** The columns every synced table adds to the model's own. */
const SYNC_COLUMNS = `version bigint not null, updated_at timestamptz not null, deleted_at timestamptz`;

/** Synced tables: name, model columns (snake_case of the schema fields), extra constraints. */
const SYNCED: Array<[table: string, columns: string, constraints?: string]> = [
  [
    'teams',
    `name text not null, parent_team_id uuid, lead_id uuid, function text not null`,
  ],
  [
    'persons',
    `name text not null, email text not null, title text, manager_id uuid, team_id uuid,
     role text not null check (role in ('member','manager','people_admin','admin')),
     timezone text not null, active boolean not null`,
    `unique (org_id, email)`,
  ],
  ['cycles', `name text not null, kind text not null, starts_on date not null, ends_on date not null`],
  [
    'goals',
    `cycle_id uuid not null, level text not null, owner_id uuid, team_id uuid, parent_id uuid, title text not null,
     description text, weight double precision not null, visibility text not null, status text not null, due_on date`,
    `foreign key (org_id, cycle_id) references cycles (org_id, id),
     foreign key (org_id, parent_id) references goals (org_id, id)`,
  ],
  [
    'metrics',
    `goal_id uuid not null, name text not null, indicator text not null, unit text not null,
     baseline double precision not null, target double precision not null, direction text not null, range jsonb,
     weight double precision not null, source text not null`,
    `foreign key (org_id, goal_id) references goals (org_id, id)`,
  ],
  [
    'metric_values',
    `metric_id uuid not null, value double precision not null, at timestamptz not null, context jsonb, recorded_by uuid`,
    `foreign key (org_id, metric_id) references metrics (org_id, id)`,
  ],
  [
    'check_ins',
    `person_id uuid not null, week text not null, goals jsonb not null, barriers text, support_needed text,
     learning_action text, submitted_at timestamptz not null`,
    `unique (org_id, person_id, week), foreign key (org_id, person_id) references persons (org_id, id)`,
  ],
  [
    'feedback',
    `subject_id uuid not null, kind text not null, body text not null, goal_id uuid, skill_ids jsonb not null,
     visibility text not null, context jsonb, request_id uuid, created_at timestamptz not null, author_id uuid not null`,
    `foreign key (org_id, subject_id) references persons (org_id, id),
     foreign key (org_id, author_id) references persons (org_id, id)`,
  ],
  [
    'feedback_requests',
    `recipient_id uuid not null, subject_id uuid not null, prompt text not null, due_on date, requester_id uuid not null,
     status text not null, feedback_id uuid, decline_reason text`,
  ],
  ['skills', `name text not null, category text, description text`],
  [
    'development_actions',
    `person_id uuid not null, title text not null, skill_id uuid, goal_id uuid, status text not null, due_on date`,
  ],
  [
    'reviews',
    `cycle_id uuid not null, subject_id uuid not null, kind text not null, rating integer, summary text,
     status text not null, reviewer_id uuid not null, calibrated_rating integer`,
    `foreign key (org_id, cycle_id) references cycles (org_id, id)`,
  ],
];

/** Columns the visibility predicates and authorisation checks join on. */
const LOOKUP_INDEXES: Array<[table: string, column: string]> = [
  ['persons', 'manager_id'],
  ['persons', 'team_id'],
  ['teams', 'lead_id'],
  ['goals', 'team_id'],
  ['goals', 'owner_id'],
  ['goals', 'parent_id'],
  ['metrics', 'goal_id'],
  ['metric_values', 'metric_id'],
  ['feedback', 'subject_id'],
  ['feedback', 'author_id'],
  ['feedback_requests', 'requester_id'],
  ['feedback_requests', 'recipient_id'],
  ['feedback_requests', 'subject_id'],
  ['development_actions', 'person_id'],
  ['reviews', 'subject_id'],
  ['reviews', 'reviewer_id'],
];

const statements = (): string[] => [
  `create table orgs (
     id uuid primary key, name text not null, slug text not null unique,
     version bigint not null default 0, acl_version bigint not null default 0,
     tombstone_floor bigint not null default 0, created_at timestamptz not null default now())`,
  ...SYNCED.map(
    ([table, columns, constraints]) =>
      `create table ${table} (
         org_id uuid not null references orgs (id), id uuid not null, ${columns}, ${SYNC_COLUMNS},
         primary key (org_id, id)${constraints ? `, ${constraints}` : ''})`,
  ),
  // People and teams point at each other; an import writes both sides in one transaction and
  // defers these checks to commit.
  `alter table persons add foreign key (org_id, manager_id) references persons (org_id, id) deferrable initially immediate`,
  `alter table persons add foreign key (org_id, team_id) references teams (org_id, id) deferrable initially immediate`,
  `alter table teams add foreign key (org_id, lead_id) references persons (org_id, id) deferrable initially immediate`,
  `alter table teams add foreign key (org_id, parent_team_id) references teams (org_id, id) deferrable initially immediate`,
  `create index persons_email on persons (email)`,
  ...SYNCED.map(([table]) => `create index ${table}_version on ${table} (org_id, version)`),
  ...LOOKUP_INDEXES.map(([table, column]) => `create index ${table}_${column} on ${table} (org_id, ${column})`),
  `create table sync_clients (
     org_id uuid not null references orgs (id), client_id uuid not null, principal_key text not null,
     person_id uuid, last_seq bigint not null default 0, created_at timestamptz not null default now(),
     primary key (org_id, client_id))`,
  `create table sync_rejections (
     org_id uuid not null, client_id uuid not null, seq bigint not null, mutation_id uuid not null,
     name text not null, reason text not null, created_at timestamptz not null default now(),
     primary key (org_id, client_id, seq), foreign key (org_id, client_id) references sync_clients (org_id, client_id))`,
  `create table api_tokens (
     org_id uuid not null references orgs (id), id uuid not null, kind text not null check (kind in ('person','integration')),
     name text, prefix text not null, secret_hash text not null unique, person_id uuid not null,
     created_at timestamptz not null default now(), last_used_at timestamptz, revoked_at timestamptz,
     primary key (org_id, id), foreign key (org_id, person_id) references persons (org_id, id))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements()) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['api_tokens', 'sync_rejections', 'sync_clients', ...SYNCED.map(([t]) => t).reverse(), 'orgs'];
  for (const table of tables) await sql.raw(`drop table if exists ${table} cascade`).execute(db);
}

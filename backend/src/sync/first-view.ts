/**
 * The first view (sdk/src/model/first-view.ts): the visible rows the asked-for widget queries
 * read, from one read-only snapshot, so a page paints before its store and sync engine load.
 * Every table goes through `visibleTo`, the predicates pull uses: a first view never shows a
 * row a pull would not send.
 */
import type { Kysely } from 'kysely';
import { checkInId, type FirstViewQuery, type FirstViewRequest, type FirstViewResponse, type FirstViewTable } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import { toModelRow } from '../db/row-codec';
import type { DB } from '../db/schema';
import { orUnavailable } from './unavailable';
import { liveVisibleRowsOf } from './live-visible-rows';

type Row = Record<string, unknown> & { id: string };
type Filter = (query: ReturnType<Reader['from']>) => ReturnType<Reader['from']>;

/** Reads live, visible rows of one table. */
class Reader {
  constructor(
    private readonly tx: Kysely<DB>,
    private readonly principal: Principal,
  ) {}

  from(table: FirstViewTable) {
    return liveVisibleRowsOf(this.tx, this.principal, table).selectAll('t');
  }

  async rows(table: FirstViewTable, filter: Filter = (q) => q): Promise<Row[]> {
    return (await filter(this.from(table)).execute()) as Row[];
  }

  /** Rows of `table` whose `column` is one of `values` (none asked: none read). */
  async whereIn(table: FirstViewTable, column: string, values: Iterable<unknown>): Promise<Row[]> {
    const list = [...new Set(values)].filter((v): v is string => typeof v === 'string');
    return list.length ? this.rows(table, (q) => q.where(`t.${column}`, 'in', list)) : [];
  }
}

/** Collects rows per table, each row once. */
class RowSet {
  readonly tables = new Map<FirstViewTable, Map<string, Row>>();
  add(table: FirstViewTable, rows: readonly Row[]): readonly Row[] {
    const byId = this.tables.get(table) ?? this.tables.set(table, new Map()).get(table)!;
    for (const row of rows) byId.set(row.id, row);
    return rows;
  }
  toJSON(): FirstViewResponse['rows'] {
    return Object.fromEntries([...this.tables].map(([table, rows]) => [table, [...rows.values()].map(toModelRow)]));
  }
}

const ids = (rows: readonly Row[], column: string) => rows.map((r) => r[column]);

/** What each query reads, as the store's queries read it (sdk/src/store/queries). */
async function readQuery(read: Reader, out: RowSet, me: Row | null, { query, params }: FirstViewQuery): Promise<void> {
  switch (query) {
    case 'goalTree': {
      // Every visible goal: a matching goal's subtree may hold goals that do not match the filter.
      const goals = out.add('goals', await read.rows('goals'));
      const metrics = out.add('metrics', await read.whereIn('metrics', 'goalId', ids(goals, 'id')));
      out.add('metricValues', await read.whereIn('metricValues', 'metricId', ids(metrics, 'id')));
      out.add('cycles', await read.rows('cycles'));
      out.add('teams', await read.rows('teams'));
      out.add('persons', await read.whereIn('persons', 'id', ids(goals, 'ownerId')));
      return;
    }
    case 'kpi': {
      const metrics = out.add('metrics', await read.whereIn('metrics', 'id', [params.metricId]));
      const goals = out.add('goals', await read.whereIn('goals', 'id', ids(metrics, 'goalId')));
      out.add('cycles', await read.whereIn('cycles', 'id', ids(goals, 'cycleId')));
      out.add('metricValues', await read.whereIn('metricValues', 'metricId', ids(metrics, 'id')));
      return;
    }
    case 'checkIn': {
      if (!me) return;
      out.add('checkIns', await read.whereIn('checkIns', 'id', [checkInId(me.id, params.week)]));
      out.add('goals', await read.whereIn('goals', 'ownerId', [me.id]));
      out.add('goals', await read.whereIn('goals', 'teamId', [me.teamId]));
      return;
    }
    case 'people':
      out.add('persons', await read.rows('persons'));
      return;
    case 'teams':
      out.add('teams', await read.rows('teams'));
      return;
    case 'skills':
      out.add('skills', await read.rows('skills'));
      return;
    case 'me':
      return; // always sent
  }
}

async function readInSnapshot(tx: Kysely<DB>, principal: Principal, request: FirstViewRequest): Promise<FirstViewResponse> {
  const read = new Reader(tx, principal);
  const [me = null] = principal.personId ? await read.whereIn('persons', 'id', [principal.personId]) : [];
  const out = new RowSet();
  for (const query of request) await readQuery(read, out, me, query);
  return { me: me && toModelRow(me), rows: out.toJSON() };
}

export async function readFirstView(db: Kysely<DB>, principal: Principal, request: FirstViewRequest): Promise<FirstViewResponse> {
  return orUnavailable(() =>
    db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((tx) => readInSnapshot(tx, principal, request)),
  );
}

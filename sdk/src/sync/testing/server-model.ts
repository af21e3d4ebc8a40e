/**
 * A hand-written model of what the server does with the mutations the convergence scenarios
 * make, kept apart from `localEffect` (which the client and the in-memory server double share,
 * so comparing against it would compare the function with itself). It tracks only what the
 * scenarios decide: which rows exist and the one field each op sets.
 */
import { TABLE_NAMES, type TableName } from '../../model';
import type { AnyRow } from '../../store';

type Model = Record<TableName, Map<string, Record<string, unknown>>>;
type Args = Record<string, unknown> & { id: string };
/** false: the server must reject the mutation (and change nothing). */
type ServerEffect = (rows: Model, args: Args) => boolean;

/** The fields each table's ops set; the model compares these and the set of ids. */
const MODELLED_FIELDS: Partial<Record<TableName, readonly string[]>> = {
  cycles: ['name'],
  goals: ['title'],
  checkIns: ['barriers'],
  feedback: ['body'],
};

const project = (table: TableName, row: AnyRow): Record<string, unknown> =>
  Object.fromEntries([['id', row.id], ...(MODELLED_FIELDS[table] ?? []).map((f) => [f, row[f]])]);

const insert =
  (table: TableName): ServerEffect =>
  (rows, args) => {
    if (rows[table].has(args.id)) return false;
    rows[table].set(args.id, project(table, args));
    return true;
  };
const remove = (table: TableName): ServerEffect => (rows, args) => rows[table].delete(args.id);

const SERVER_EFFECTS: Record<string, ServerEffect> = {
  'cycle.create': insert('cycles'),
  'goal.create': insert('goals'),
  'goal.update': (rows, args) => {
    const goal = rows.goals.get(args.id);
    const patch = args.patch as { title?: string };
    if (!goal) return false;
    rows.goals.set(args.id, { ...goal, ...(patch.title !== undefined && { title: patch.title }) });
    return true;
  },
  'goal.delete': remove('goals'),
  // One check-in per person and week: a resubmission replaces it.
  'checkin.submit': (rows, args) => {
    rows.checkIns.set(args.id, project('checkIns', args));
    return true;
  },
  'feedback.create': insert('feedback'),
  'feedback.delete': remove('feedback'),
};

export class ServerModel {
  readonly #rows: Model;

  constructor(initial: Record<TableName, readonly AnyRow[]>) {
    this.#rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, new Map(initial[t].map((row) => [row.id, project(t, row)]))])) as Model;
  }

  /** Applies one mutation; false when the server must reject it. */
  apply(name: string, args: unknown): boolean {
    const effect = SERVER_EFFECTS[name];
    if (!effect) throw new Error(`the server model does not know ${name}; model it before a scenario uses it`);
    return effect(this.#rows, args as Args);
  }

  /** Each table as the model sees it, sorted by id. */
  snapshot(): Record<TableName, Array<Record<string, unknown>>> {
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => (String(a.id) < String(b.id) ? -1 : 1);
    return Object.fromEntries(TABLE_NAMES.map((t) => [t, [...this.#rows[t].values()].sort(byId)])) as Record<TableName, Array<Record<string, unknown>>>;
  }

  /** A real server's table, cut down to what the model tracks. */
  static seen(table: TableName, rows: readonly AnyRow[]): Array<Record<string, unknown>> {
    return rows.map((row) => project(table, row));
  }
}

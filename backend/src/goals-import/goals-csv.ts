/**
 * A goals-and-KPIs CSV turned into the mutations it asks for. One row is a goal (`kind` goal)
 * or a KPI (`kind` kpi); a spreadsheet knows none of our ids, so cycles, teams and goals are
 * named by name or title (case ignored) and owners by email. A goal is matched by its cycle and
 * title, a KPI by its goal and name: a match is updated with the cells that differ, anything
 * else created. A parent or a KPI's goal may be a goal of the org or one earlier or later in
 * the file. An empty cell clears an optional field (description, due date, parent, team,
 * owner, range) and keeps any other; a column left out keeps what the org holds.
 */
import type { Kysely } from 'kysely';
import { GoalFields, MetricFields, uuidv7, type MutationName } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { zodIssues, type Issue } from '../http/api-error';
import { invalidCsv, readCsvTable, type CsvTable } from '../http/csv-table';

export const GOAL_CSV_COLUMNS = [
  'kind', 'cycle', 'title', 'level', 'team', 'owner_email', 'parent', 'description', 'weight', 'visibility', 'status', 'due_on',
  'goal', 'indicator', 'unit', 'baseline', 'target', 'direction', 'range_min', 'range_max', 'source', 'counts',
] as const;
type Column = (typeof GOAL_CSV_COLUMNS)[number];
export const MAX_GOAL_ROWS = 2000;

/** The column each model field is read from, so a model or handler issue names the column. */
const FIELD_COLUMN: Record<string, Column> = {
  title: 'title', name: 'title', level: 'level', teamId: 'team', ownerId: 'owner_email', parentId: 'parent', description: 'description',
  weight: 'weight', visibility: 'visibility', status: 'status', dueOn: 'due_on', goalId: 'goal', indicator: 'indicator', unit: 'unit',
  baseline: 'baseline', target: 'target', direction: 'direction', range: 'range_max', source: 'source', counts: 'counts', cycleId: 'cycle',
};
export const columnOf = (field: string): string => FIELD_COLUMN[field] ?? field;

export type PlannedAction = 'create' | 'update' | 'unchanged';
export interface PlannedRow {
  row: number;
  kind: 'goal' | 'kpi';
  action: PlannedAction;
  id: string;
  title: string;
  /** What an update changes, field by field. */
  fields?: Record<string, { from: unknown; to: unknown }>;
}
export interface GoalImportPlan {
  rows: PlannedRow[];
  /** In an order the handlers accept: a goal before the goals and KPIs that name it. */
  mutations: Array<{ row: number; name: MutationName; args: unknown }>;
}

export const parseGoalsCsv = (text: string): CsvTable<Column> => readCsvTable(text, GOAL_CSV_COLUMNS, ['kind', 'cycle', 'title'], MAX_GOAL_ROWS, 'rows');

type Cells = Partial<Record<Column, string>>;
type Stored = Record<string, unknown> & { id: string };
/** A stored row without its server fields, as the model's strict field schemas read it. */
const modelFields = ({ orgId: _o, version: _v, updatedAt: _u, deletedAt: _d, ...fields }: Stored) => fields;
const key = (...parts: string[]) => parts.map((p) => p.toLowerCase()).join('\u001f');

const BOOLEANS: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

/** The plan for `csv` against the org as it stands; 422 naming row and column for anything that cannot resolve or validate. */
export async function planGoalImport(db: Kysely<DB>, orgId: string, csv: CsvTable<Column>): Promise<GoalImportPlan> {
  const [cycles, teams, persons] = await Promise.all([
    db.selectFrom('cycles').select(['id', 'name']).where('orgId', '=', orgId).where('deletedAt', 'is', null).execute(),
    db.selectFrom('teams').select(['id', 'name']).where('orgId', '=', orgId).where('deletedAt', 'is', null).execute(),
    db.selectFrom('persons').select(['id', 'email']).where('orgId', '=', orgId).where('active', '=', true).execute(),
  ]);
  const goals: Stored[] = await db.selectFrom('goals').selectAll().where('orgId', '=', orgId).where('deletedAt', 'is', null).execute();
  const metrics: Stored[] = await db.selectFrom('metrics').selectAll().where('orgId', '=', orgId).where('deletedAt', 'is', null).execute();

  const issues: Issue[] = [];
  const problem = (row: number, column: string, message: string) => issues.push({ path: `row.${row}.${column}`, message });
  const has = (c: Column) => csv.columns.includes(c);
  const byName = <T extends { id: string }>(list: T[], name: (t: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(key(name(item)), [...(map.get(key(name(item))) ?? []), item]);
    return map;
  };
  const cycleByName = byName(cycles, (c) => c.name);
  const teamByName = byName(teams, (t) => t.name);
  const personByEmail = new Map(persons.map((p) => [p.email.toLowerCase(), p.id]));
  /** One id for `name` among `found`, or an issue naming why not. */
  const one = (row: number, column: Column, found: Array<{ id: string }> | undefined, what: string): string | undefined => {
    if (!found?.length) problem(row, column, `no ${what} in this org${column === 'parent' || column === 'goal' ? ' or this file' : ''}`);
    else if (found.length > 1) problem(row, column, `${what} is ambiguous: ${found.length} match`);
    else return found[0]!.id;
    return undefined;
  };

  // Goals of the org and of the file, by cycle and title, so parents and KPIs resolve in any order.
  const goalsByTitle = byName(goals, (g) => key(g.cycleId as string, g.title as string));
  const storedGoal = new Map(goals.map((g) => [g.id, g]));
  const fileGoalIds = new Map<string, string>();
  const cycleOfRow = new Map<number, string>();
  for (const { row, cells } of csv.rows) {
    const kind = cells.kind?.toLowerCase();
    if (kind !== 'goal' && kind !== 'kpi') {
      problem(row, 'kind', 'must be goal or kpi');
      continue;
    }
    const cycleId = one(row, 'cycle', cycleByName.get(key(cells.cycle ?? '')), `cycle named "${cells.cycle ?? ''}"`);
    if (!cycleId) continue;
    cycleOfRow.set(row, cycleId);
    if (kind !== 'goal' || !cells.title) continue;
    const titleKey = key(cycleId, cells.title);
    if (fileGoalIds.has(titleKey)) problem(row, 'title', `goal "${cells.title}" appears twice in this cycle in the file`);
    const existing = goalsByTitle.get(key(titleKey));
    if (existing && existing.length > 1) problem(row, 'title', `goal "${cells.title}" is ambiguous: ${existing.length} goals of the cycle have that title`);
    fileGoalIds.set(titleKey, existing?.[0]?.id ?? uuidv7());
  }
  const goalNamed = (row: number, column: 'parent' | 'goal', cycleId: string, title: string): string | undefined => {
    const id = fileGoalIds.get(key(cycleId, title));
    if (id) return id;
    return one(row, column, goalsByTitle.get(key(key(cycleId, title))), `goal titled "${title}" in that cycle`);
  };
  const number = (row: number, column: Column, cell: string | undefined): number | undefined => {
    if (!cell) return undefined;
    const n = Number(cell);
    if (Number.isFinite(n)) return n;
    problem(row, column, 'must be a number');
    return undefined;
  };
  const reference = (row: number, column: Column, cell: string | undefined, resolve: (v: string) => string | undefined) => (cell ? (resolve(cell) ?? null) : null);

  const plannedRows: PlannedRow[] = [];
  const goalMutations: Array<{ row: number; name: MutationName; args: Stored; parentId: string | null }> = [];
  const kpiMutations: GoalImportPlan['mutations'] = [];
  const metricsByGoal = byName(metrics, (m) => key(m.goalId as string, m.name as string));
  const fileMetrics = new Set<string>();

  /** Fields the row sets: present columns only; an empty optional cell clears, an empty other cell keeps. */
  const setFields = (row: number, cells: Cells, spec: Array<[string, Column, 'text' | 'optional' | 'number' | 'boolean' | ((v: string) => unknown)]>) => {
    const out: Record<string, unknown> = {};
    for (const [field, column, type] of spec) {
      if (!has(column)) continue;
      const cell = cells[column] ?? '';
      if (type === 'optional') out[field] = cell || null;
      else if (typeof type === 'function') out[field] = cell ? type(cell) : null;
      else if (!cell) continue;
      else if (type === 'number') {
        const n = number(row, column, cell);
        if (n !== undefined) out[field] = n;
      }
      else if (type === 'boolean') {
        out[field] = BOOLEANS[cell.toLowerCase()];
        if (out[field] === undefined) problem(row, column, 'must be true or false');
      } else out[field] = cell;
    }
    return out;
  };
  const diff = (current: Stored, wanted: Record<string, unknown>) => {
    const fields: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, to] of Object.entries(wanted))
      if (JSON.stringify(current[field] ?? null) !== JSON.stringify(to ?? null)) fields[field] = { from: current[field] ?? null, to };
    return fields;
  };
  const validate = (row: number, schema: typeof GoalFields | typeof MetricFields, args: unknown) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) for (const issue of zodIssues(parsed.error)) problem(row, columnOf(issue.path.split('.')[0]!), issue.message);
  };

  for (const { row, cells } of csv.rows) {
    const cycleId = cycleOfRow.get(row);
    if (!cycleId || !cells.title) {
      if (cycleId) problem(row, 'title', 'is required');
      continue;
    }
    if (cells.kind!.toLowerCase() === 'goal') {
      const id = fileGoalIds.get(key(cycleId, cells.title))!;
      const wanted = setFields(row, cells, [
        ['description', 'description', 'optional'], ['weight', 'weight', 'number'], ['visibility', 'visibility', 'text'],
        ['status', 'status', 'text'], ['dueOn', 'due_on', 'optional'],
        ['teamId', 'team', (v) => reference(row, 'team', v, (name) => one(row, 'team', teamByName.get(key(name)), `team named "${name}"`))],
        ['ownerId', 'owner_email', (v) => reference(row, 'owner_email', v, (email) => personByEmail.get(email.toLowerCase()) ?? void problem(row, 'owner_email', `no active person with email ${email} in this org`))],
        ['parentId', 'parent', (v) => reference(row, 'parent', v, (title) => goalNamed(row, 'parent', cycleId, title))],
      ]);
      wanted.title = cells.title;
      const current = storedGoal.get(id);
      if (!current) {
        const args = { id, cycleId, level: cells.level ?? '', ...wanted };
        validate(row, GoalFields, args);
        goalMutations.push({ row, name: 'goal.create', args, parentId: (wanted.parentId as string | null | undefined) ?? null });
        plannedRows.push({ row, kind: 'goal', action: 'create', id, title: cells.title });
        continue;
      }
      if (cells.level && cells.level !== current.level) problem(row, 'level', `a goal's level is fixed once created; "${cells.title}" is ${String(current.level)}`);
      const fields = diff(current, wanted);
      const changed = Object.keys(fields).length > 0;
      if (changed) {
        const patch = Object.fromEntries(Object.entries(fields).map(([f, v]) => [f, v.to]));
        validate(row, GoalFields, { ...modelFields(current), ...patch });
        goalMutations.push({ row, name: 'goal.update', args: { id, patch }, parentId: (patch.parentId as string | null | undefined) ?? null });
      }
      plannedRows.push({ row, kind: 'goal', action: changed ? 'update' : 'unchanged', id, title: cells.title, ...(changed && { fields }) });
      continue;
    }
    if (!cells.goal) {
      problem(row, 'goal', 'is required for a KPI: the title of its goal');
      continue;
    }
    const goalId = goalNamed(row, 'goal', cycleId, cells.goal);
    if (!goalId) continue;
    const metricKey = key(goalId, cells.title);
    if (fileMetrics.has(metricKey)) problem(row, 'title', `KPI "${cells.title}" of goal "${cells.goal}" appears twice in the file`);
    fileMetrics.add(metricKey);
    const wanted = setFields(row, cells, [
      ['indicator', 'indicator', 'text'], ['unit', 'unit', 'text'], ['baseline', 'baseline', 'number'], ['target', 'target', 'number'],
      ['direction', 'direction', 'text'], ['weight', 'weight', 'number'], ['source', 'source', 'text'], ['counts', 'counts', 'boolean'],
    ]);
    wanted.name = cells.title;
    if (has('range_min') || has('range_max')) {
      const min = number(row, 'range_min', cells.range_min);
      const max = number(row, 'range_max', cells.range_max);
      if ((min === undefined) !== (max === undefined)) problem(row, min === undefined ? 'range_min' : 'range_max', 'range_min and range_max go together');
      wanted.range = min === undefined || max === undefined ? null : { min, max };
    }
    const existing = metricsByGoal.get(metricKey);
    if (existing && existing.length > 1) problem(row, 'title', `KPI "${cells.title}" is ambiguous: ${existing.length} KPIs of the goal have that name`);
    const current = existing?.[0];
    if (!current) {
      const id = uuidv7();
      const args = { id, goalId, ...wanted };
      validate(row, MetricFields, args);
      kpiMutations.push({ row, name: 'metric.create', args });
      plannedRows.push({ row, kind: 'kpi', action: 'create', id, title: cells.title });
      continue;
    }
    const fields = diff(current, wanted);
    const changed = Object.keys(fields).length > 0;
    if (changed) {
      const patch = Object.fromEntries(Object.entries(fields).map(([f, v]) => [f, v.to]));
      validate(row, MetricFields, { ...modelFields(current), ...patch });
      kpiMutations.push({ row, name: 'metric.update', args: { id: current.id, patch } });
    }
    plannedRows.push({ row, kind: 'kpi', action: changed ? 'update' : 'unchanged', id: current.id, title: cells.title, ...(changed && { fields }) });
  }
  if (issues.length) throw invalidCsv(issues);
  return { rows: plannedRows, mutations: [...parentsFirst(goalMutations), ...kpiMutations] };
}

/** Goal mutations ordered so a goal the file creates comes before any goal that names it as parent. */
function parentsFirst<M extends { name: MutationName; args: Stored; parentId: string | null }>(list: M[]): Array<Omit<M, 'parentId'>> {
  const creating = new Map(list.filter((m) => m.name === 'goal.create').map((m) => [m.args.id, m]));
  const done = new Set<M>();
  const ordered: M[] = [];
  const visit = (m: M) => {
    if (done.has(m)) return;
    // Marked before its parent is visited, so a loop in the file ends here; the handler refuses it.
    done.add(m);
    const parent = m.parentId ? creating.get(m.parentId) : undefined;
    if (parent) visit(parent);
    ordered.push(m);
  };
  for (const m of list) visit(m);
  return ordered.map(({ parentId: _parent, ...m }) => m);
}


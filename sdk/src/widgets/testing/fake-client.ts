/**
 * TEST DOUBLE. An in-memory `SightlineClient` for widget tests and the browser test page; it is
 * not shipped in the SDK bundle and is not the real engine (sdk/src/store + sdk/src/sync).
 *
 * What it keeps real: mutate args are validated with the model's MUTATIONS (so a widget sees
 * the same validation errors the engine would throw), goal and KPI numbers come from the
 * model's `rollUp`/`metricProgress`, and every watcher is re-run after each change.
 * What it simplifies: no persistence, no server, a fixed clock, sync state driven by the test
 * (`setOnline`, `acknowledge`, `reject`; nothing counts as synced before the first
 * `acknowledge`), and only the mutations the widgets send are applied.
 * goalTree: goals matching the filter whose parent does not match are the roots; each root
 * carries its whole cascade below it.
 */
import {
  MUTATIONS,
  expectedProgress,
  metricProgress,
  paceStatus,
  rollUp,
  uuidv7,
  type Goal,
  type Metric,
  type MutationInput,
  type MutationName,
} from '../../model';
import type { GoalFilter, GoalNode, KpiView, Queries, QueryName, Rejection, RequestView, SightlineClient, SyncState, Unsubscribe } from '../../client';
import type { Rows } from './fixtures';

type Resolvers = { [Q in QueryName]: (params: Queries[Q]['params']) => Queries[Q]['result'] };

interface Watcher {
  query: QueryName;
  params: unknown;
  onChange: (result: never) => void;
}

export class FakeClient implements SightlineClient {
  readonly rows: Rows;
  /** Every accepted mutation, args as parsed by the model. */
  readonly mutations: Array<{ id: string; name: MutationName; args: unknown }> = [];
  /** Every watch call, in order, including ones since unsubscribed. */
  readonly watchCalls: Array<{ query: QueryName; params: unknown }> = [];
  /** When set, the next mutate rejects with it (after validation), e.g. a storage failure. */
  failNextMutate: Error | null = null;
  /** Set by stop(). */
  stopped = false;

  readonly #watchers = new Set<Watcher>();
  /** Rows touched by mutations the "server" has not acknowledged yet. */
  readonly #pendingRowIds = new Set<string>();
  #seq = 0;
  #sync: SyncState = { signedIn: true, online: true, leader: true, pending: 0, rejected: [], lastSyncedAt: null, syncedSinceStart: false, error: null };

  constructor(
    rows: Rows,
    readonly meId: string | null,
    readonly now: Date,
  ) {
    this.rows = structuredClone(rows);
  }

  /** Watchers currently subscribed, optionally only those of one query. */
  activeWatchers(query?: QueryName): number {
    return [...this.#watchers].filter((w) => !query || w.query === query).length;
  }

  async watch<Q extends QueryName>(query: Q, params: Queries[Q]['params'], onChange: (result: Queries[Q]['result']) => void): Promise<Unsubscribe> {
    this.watchCalls.push({ query, params });
    const watcher: Watcher = { query, params, onChange: onChange as (result: never) => void };
    this.#watchers.add(watcher);
    queueMicrotask(() => this.#run(watcher));
    return () => this.#watchers.delete(watcher);
  }

  async mutate<N extends MutationName>(name: N, args: MutationInput<N>): Promise<{ id: string; seq: number }> {
    const parsed = MUTATIONS[name].parse(args); // throws the model's ZodError, naming each field
    if (this.failNextMutate) {
      const error = this.failNextMutate;
      this.failNextMutate = null;
      throw error;
    }
    this.#apply(name, parsed as Record<string, unknown>);
    const id = uuidv7();
    this.mutations.push({ id, name, args: parsed });
    this.#sync = { ...this.#sync, pending: this.#sync.pending + 1 };
    this.#notify();
    return { id, seq: ++this.#seq };
  }

  async syncNow(): Promise<void> {
    if (this.#sync.online) this.acknowledge();
  }

  async dismissRejection(mutationId: string): Promise<void> {
    this.#setSync({ rejected: this.#sync.rejected.filter((r) => r.mutationId !== mutationId) });
  }

  /** Like the engine's stop: every watch ends. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.#watchers.clear();
  }

  setOnline(online: boolean): void {
    this.#setSync({ online });
  }

  /** A sync succeeded: the server accepted everything pending, and the pull after it finished. */
  acknowledge(): void {
    this.#pendingRowIds.clear();
    this.#setSync({ pending: 0, lastSyncedAt: this.now.toISOString(), syncedSinceStart: true });
  }

  /** The server rejected a pending mutation with `reason`. */
  reject(mutationId: string, reason: string): void {
    const m = this.mutations.find((x) => x.id === mutationId);
    if (!m) throw new Error(`no mutation ${mutationId}`);
    const rejection: Rejection = { mutationId, seq: this.mutations.indexOf(m) + 1, name: m.name, reason, args: m.args, at: this.now.toISOString() };
    this.#setSync({ pending: Math.max(0, this.#sync.pending - 1), rejected: [...this.#sync.rejected, rejection] });
  }

  /** Replaces rows of one table (e.g. a pull brought new data) and notifies watchers. */
  replace<T extends keyof Rows>(table: T, rows: Rows[T]): void {
    this.rows[table] = rows;
    this.#notify();
  }

  #setSync(patch: Partial<SyncState>) {
    this.#sync = { ...this.#sync, ...patch };
    this.#notify();
  }

  #notify() {
    queueMicrotask(() => this.#watchers.forEach((w) => this.#run(w)));
  }

  #run(watcher: Watcher) {
    if (!this.#watchers.has(watcher)) return;
    const resolve = this.#resolvers[watcher.query] as (params: unknown) => never;
    watcher.onChange(structuredClone(resolve(watcher.params)));
  }

  #apply(name: MutationName, args: Record<string, unknown>) {
    const server = { orgId: this.rows.persons[0]?.orgId ?? uuidv7(), version: this.#seq + 2, updatedAt: this.now.toISOString() };
    const id = String(args.id);
    this.#pendingRowIds.add(id);
    switch (name) {
      case 'feedback.create':
        this.rows.feedback.push({ ...(args as Rows['feedback'][number]), ...server, authorId: this.meId! });
        return;
      case 'checkin.submit': {
        const row = { ...(args as Rows['checkIns'][number]), ...server };
        this.rows.checkIns = [...this.rows.checkIns.filter((c) => c.id !== id), row];
        return;
      }
      case 'metric.record':
        this.rows.metricValues.push({ ...(args as Rows['metricValues'][number]), ...server, recordedBy: this.meId });
        return;
      default:
        throw new Error(`FakeClient does not apply ${name}; add it when a widget sends it`);
    }
  }

  get #me() {
    return this.rows.persons.find((p) => p.id === this.meId) ?? null;
  }

  #kpi(metric: Metric): KpiView {
    const history = this.rows.metricValues
      .filter((v) => v.metricId === metric.id)
      .sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at.localeCompare(b.at)))
      .map((v) => ({ at: v.at, value: v.value }));
    const current = history.at(-1)?.value ?? null;
    const progress = metricProgress(metric, current);
    const goal = this.rows.goals.find((g) => g.id === metric.goalId) ?? null;
    const cycle = goal && this.rows.cycles.find((c) => c.id === goal.cycleId);
    const status = current === null || !goal || !cycle ? null : paceStatus(progress, expectedProgress(goal, cycle, this.now));
    return { metric, goal, current, progress, history, status };
  }

  #matches(g: Goal, f: GoalFilter): boolean {
    const me = this.#me;
    if (f.level && g.level !== f.level) return false;
    if (f.teamId && g.teamId !== f.teamId) return false;
    if (f.ownerId && g.ownerId !== f.ownerId) return false;
    if (f.cycleId && g.cycleId !== f.cycleId) return false;
    if (f.scope === 'me' && !(me && (g.ownerId === me.id || (g.teamId !== null && g.teamId === me.teamId)))) return false;
    return true;
  }

  #goalTree(filter: GoalFilter): GoalNode[] {
    const { goals, metrics, metricValues, cycles, persons, teams } = this.rows;
    const progress = rollUp({ goals, metrics, values: metricValues, cycles, now: this.now });
    const node = (g: Goal): GoalNode => {
      const p = progress.get(g.id)!;
      return {
        goal: g,
        owner: persons.find((x) => x.id === g.ownerId) ?? null,
        team: teams.find((x) => x.id === g.teamId) ?? null,
        progress: p.progress,
        expected: p.expected,
        status: p.status,
        kpis: metrics.filter((m) => m.goalId === g.id).map((m) => this.#kpi(m)),
        children: goals.filter((c) => c.parentId === g.id).map(node),
        pending: this.#pendingRowIds.has(g.id),
      };
    };
    const matching = new Set(goals.filter((g) => this.#matches(g, filter)).map((g) => g.id));
    return goals.filter((g) => matching.has(g.id) && !(g.parentId && matching.has(g.parentId))).map(node);
  }

  readonly #resolvers: Resolvers = {
    me: () => this.#me,
    // Console-only queries: no widget reads them, so the fake answers with empty lists.
    sentRequests: () => [],
    reviews: () => [],
    reviewTemplates: () => [],
    people: () => this.rows.persons.filter((p) => p.active),
    teams: () => this.rows.teams,
    skills: () => this.rows.skills,
    cycles: () => this.rows.cycles,
    checkIns: ({ personIds, weeks }) => this.rows.checkIns.filter((c) => personIds.includes(c.personId) && weeks.includes(c.week)),
    goalTree: (filter) => this.#goalTree(filter),
    kpi: ({ metricId }) => {
      const m = this.rows.metrics.find((x) => x.id === metricId);
      return m ? this.#kpi(m) : null;
    },
    feedback: ({ aboutId, authorId, limit, recognition }) =>
      this.rows.feedback
        .filter((f) => (!aboutId || f.subjectId === aboutId) && (!authorId || f.authorId === authorId))
        .filter((f) => !recognition || (f.kind === 'praise' && f.visibility === 'org'))
        .slice(0, limit)
        .map((f) => ({
          feedback: f,
          author: this.rows.persons.find((p) => p.id === f.authorId) ?? null,
          subject: this.rows.persons.find((p) => p.id === f.subjectId) ?? null,
          pending: this.#pendingRowIds.has(f.id),
        })),
    checkIn: ({ week }) => {
      const me = this.#me;
      const checkIn = this.rows.checkIns.find((c) => c.personId === me?.id && c.week === week) ?? null;
      const goals = this.rows.goals.filter(
        (g) => g.status === 'active' && me !== null && (g.ownerId === me.id || (g.level === 'team' && g.teamId === me.teamId)),
      );
      return { week, checkIn, goals, pending: checkIn !== null && this.#pendingRowIds.has(checkIn.id) };
    },
    sync: () => this.#sync,
    requests: () => this.#openRequests(),
    // The widgets' fixtures hold no development tables (no widget reads them), so nobody has any.
    development: () => ({ gaps: [], actions: [], reviews: [] }),
  };

  /** Open requests asked of the viewer, soonest due first, minus those answered here (UTC dates). */
  #openRequests(): RequestView[] {
    const me = this.#me;
    const answered = new Set(this.rows.feedback.map((f) => f.requestId));
    const today = this.now.toISOString().slice(0, 10);
    return this.rows.feedbackRequests
      .filter((r) => r.recipientId === me?.id && r.status === 'open' && !answered.has(r.id))
      .sort((a, b) => (a.dueOn ?? '~').localeCompare(b.dueOn ?? '~'))
      .map((request) => ({
        request,
        requester: this.rows.persons.find((p) => p.id === request.requesterId) ?? null,
        subject: this.rows.persons.find((p) => p.id === request.subjectId) ?? null,
        overdue: request.dueOn !== null && request.dueOn < today,
      }));
  }
}

/**
 * Reusable convergence check for the sync protocol. Two devices of one principal make random
 * local mutations and push and pull in random order over a network that drops requests, loses
 * responses and delivers requests twice; then the network heals and both sync. Afterwards:
 *   - both devices hold exactly the server's rows, with nothing pending;
 *   - each device shows exactly the rejections of its own mutations, even those whose answer was lost;
 *   - the server holds exactly what an oracle computes by applying every pushed mutation once,
 *     in seq order per device, in the order the server received the pushes, to a hand-written
 *     model of the server (so a mutation applied twice, skipped, or out of order shows up as a
 *     difference, and so does an effect the client and the server double get wrong alike).
 *
 * It takes a `fetch`, so it runs against the in-memory double and, unchanged, against the real
 * backend. The principal behind `token` must be allowed to create cycles and org goals, submit
 * its own check-ins and write self feedback.
 */
import fc from 'fast-check';
import { PushRequest, TABLE_NAMES, checkInId, uuidv7, type MutationInput, type MutationName, type Person, type TableName } from '../../model';
import { SightlineDb, mutate, readMeta, writeMeta, type AnyRow } from '../../store';
import { drainOutbox, pullOnce } from '../cycle';
import { createTransport, type Transport } from '../transport/http';
import { withFaults, type Fault } from './faults';
import { ServerModel } from './server-model';

export interface ConvergenceTarget {
  fetch: typeof fetch;
  endpoint: string;
  token: string;
}

export type Op =
  | { kind: 'createGoal'; title: string }
  | { kind: 'renameGoal'; pick: number; title: string }
  | { kind: 'deleteGoal'; pick: number }
  | { kind: 'checkIn'; week: number; barriers: string }
  | { kind: 'selfFeedback'; body: string }
  | { kind: 'deleteFeedback'; pick: number };

export type Step = { device: 0 | 1 } & ({ action: 'mutate'; op: Op } | { action: 'push' | 'pull'; fault: Fault });

const WEEKS = ['2026-W18', '2026-W19'];
const word = fc.constantFrom('alpha', 'bravo', 'charlie', 'delta', 'echo');

/** Weighted toward edits and deletes of shared rows, where devices conflict and the server rejects. */
export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('createGoal' as const), title: word }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('renameGoal' as const), pick: fc.nat(7), title: word }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteGoal' as const), pick: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('checkIn' as const), week: fc.nat(WEEKS.length - 1), barriers: word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('selfFeedback' as const), body: word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteFeedback' as const), pick: fc.nat(7) }) },
);

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ device: fc.constantFrom(0 as const, 1 as const), action: fc.constant('mutate' as const), op: opArbitrary }),
  fc.record({
    device: fc.constantFrom(0 as const, 1 as const),
    action: fc.constantFrom('push' as const, 'pull' as const),
    fault: fc.constantFrom<Fault>('none', 'none', 'drop', 'lose', 'duplicate'),
  }),
);

export const scenarioArbitrary = fc.array(stepArbitrary, { minLength: 10, maxLength: 40, size: 'max' });

/**
 * A rename the server must reject (device 0 deleted the goal first) whose push answer is lost;
 * device 1 then learns through a pull that acknowledges it, and must still show the rejection.
 */
export const LOST_REJECTION_SCENARIO: readonly Step[] = [
  { device: 0, action: 'mutate', op: { kind: 'createGoal', title: 'alpha' } },
  { device: 0, action: 'push', fault: 'none' },
  { device: 1, action: 'pull', fault: 'none' },
  { device: 0, action: 'mutate', op: { kind: 'deleteGoal', pick: 0 } },
  { device: 0, action: 'push', fault: 'none' },
  { device: 1, action: 'mutate', op: { kind: 'renameGoal', pick: 0, title: 'bravo' } },
  { device: 1, action: 'push', fault: 'lose' },
  { device: 1, action: 'pull', fault: 'none' },
];

export type Snapshot = Record<TableName, AnyRow[]>;

export interface ConvergenceOutcome {
  devices: Array<{
    rows: Snapshot;
    pending: number;
    shadows: number;
    mutations: string[];
    /** Mutation ids in the device's rejections (what its user is shown). */
    rejected: string[];
    lastSeq: number;
    issued: number;
  }>;
  server: Snapshot;
  /** The server's rows as the hand-written model predicts them (ids and the fields the ops set). */
  expected: Record<TableName, Array<Record<string, unknown>>>;
  expectedRejections: string[];
}

const byRowId = (a: AnyRow, b: AnyRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The oracle: applies each delivered push the way the contract says the server must, to a model written by hand. */
class Oracle {
  readonly #lastSeq = new Map<string, number>();
  /** Ids of the mutations the server must have rejected. */
  readonly rejected = new Set<string>();
  readonly model: ServerModel;

  constructor(initial: Snapshot) {
    this.model = new ServerModel(initial);
  }

  receive(body: unknown): void {
    const request = PushRequest.safeParse(body);
    if (!request.success) return;
    let last = this.#lastSeq.get(request.data.clientId) ?? 0;
    if (request.data.mutations[0]!.seq > last + 1) return;
    for (const m of request.data.mutations) {
      if (m.seq <= last) continue;
      last = m.seq;
      if (!this.model.apply(m.name, m.args)) this.rejected.add(m.id);
    }
    this.#lastSeq.set(request.data.clientId, last);
  }
}

/** Every row the principal sees: a reset from no cursor, read page by page. */
async function serverSnapshot(transport: Transport): Promise<Snapshot> {
  const clientId = uuidv7();
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as AnyRow[]])) as Snapshot;
  for (let cursor: string | null = null, more = true; more; ) {
    const page = await transport.pull(clientId, cursor);
    for (const t of TABLE_NAMES) rows[t].push(...((page.changes[t]?.upserts ?? []) as AnyRow[]));
    [cursor, more] = [page.cursor, page.more === true];
  }
  for (const t of TABLE_NAMES) rows[t].sort(byRowId);
  return rows;
}

async function localSnapshot(db: SightlineDb): Promise<Snapshot> {
  const entries = await Promise.all(TABLE_NAMES.map(async (t) => [t, (await db.anyRows(t).toArray()).sort(byRowId)] as const));
  return Object.fromEntries(entries) as Snapshot;
}

class Device {
  fault: Fault = 'none';
  readonly mutations: string[] = [];
  readonly transport: Transport;

  constructor(
    readonly db: SightlineDb,
    target: ConvergenceTarget,
    oracle: () => Oracle,
  ) {
    const delivered: typeof fetch = async (input, init) => {
      const response = await target.fetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/v1/sync/push')) oracle().receive(JSON.parse(String(init.body)));
      return response;
    };
    this.transport = createTransport({ endpoint: target.endpoint, token: target.token, fetch: withFaults(delivered, () => this.fault) });
  }

  async mutate<N extends MutationName>(name: N, args: MutationInput<N>): Promise<void> {
    this.mutations.push((await mutate(this.db, name, args)).id);
  }

  /** A network step; failures are the point, so they only end the step. */
  async sync(action: 'push' | 'pull', fault: Fault): Promise<void> {
    this.fault = fault;
    try {
      if (action === 'push') await drainOutbox(this.db, this.transport);
      else await pullOnce(this.db, this.transport);
    } catch (error) {
      if (fault === 'none') throw error;
    } finally {
      this.fault = 'none';
    }
  }
}

/** The ids of rows this run created that the device can see, in a stable order. */
async function visible(db: SightlineDb, table: TableName, created: Set<string>): Promise<string[]> {
  return (await db.anyRows(table).toCollection().primaryKeys()).filter((id) => created.has(id)).sort();
}

async function perform(device: Device, op: Op, ctx: { me: Person; cycleId: string; created: Set<string> }): Promise<void> {
  const pick = async (table: TableName, n: number) => {
    const ids = await visible(device.db, table, ctx.created);
    return ids.length ? ids[n % ids.length]! : null;
  };
  const now = new Date().toISOString();
  switch (op.kind) {
    case 'createGoal': {
      const id = uuidv7();
      ctx.created.add(id);
      return device.mutate('goal.create', { id, cycleId: ctx.cycleId, level: 'org', title: op.title });
    }
    case 'renameGoal': {
      const id = await pick('goals', op.pick);
      return id ? device.mutate('goal.update', { id, patch: { title: op.title } }) : undefined;
    }
    case 'deleteGoal': {
      const id = await pick('goals', op.pick);
      return id ? device.mutate('goal.delete', { id }) : undefined;
    }
    case 'checkIn': {
      const week = WEEKS[op.week]!;
      return device.mutate('checkin.submit', { id: checkInId(ctx.me.id, week), personId: ctx.me.id, week, goals: [], barriers: op.barriers, submittedAt: now });
    }
    case 'selfFeedback': {
      const id = uuidv7();
      ctx.created.add(id);
      return device.mutate('feedback.create', { id, subjectId: ctx.me.id, kind: 'self', body: op.body, visibility: 'private', createdAt: now });
    }
    case 'deleteFeedback': {
      const id = await pick('feedback', op.pick);
      return id ? device.mutate('feedback.delete', { id }) : undefined;
    }
  }
}

export async function runConvergence(target: ConvergenceTarget, steps: readonly Step[]): Promise<ConvergenceOutcome> {
  const referee = createTransport(target);
  const me = await referee.me();
  const oracle = new Oracle(await serverSnapshot(referee));
  const run = uuidv7();
  const devices = [0, 1].map((i) => new Device(new SightlineDb(`convergence-${run}-${i}`), target, () => oracle));
  try {
    for (const device of devices) await writeMeta(device.db, 'me', me);
    const ctx = { me, cycleId: uuidv7(), created: new Set<string>() };
    await devices[0]!.mutate('cycle.create', { id: ctx.cycleId, name: `Convergence ${run}`, kind: 'custom', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    await devices[0]!.sync('push', 'none');
    for (const device of devices) await device.sync('pull', 'none');

    for (const step of steps) {
      const device = devices[step.device]!;
      if (step.action === 'mutate') await perform(device, step.op, ctx);
      else await device.sync(step.action, step.fault);
    }

    for (const device of devices) await device.sync('push', 'none');
    for (const device of devices) await device.sync('pull', 'none');

    return {
      devices: await Promise.all(
        devices.map(async (d) => {
          const seq = await readMeta(d.db, 'seq');
          return {
            rows: await localSnapshot(d.db),
            pending: await d.db.outbox.count(),
            shadows: await d.db.shadows.count(),
            mutations: d.mutations,
            rejected: (await d.db.rejections.toCollection().primaryKeys()).sort(),
            lastSeq: seq.pushed,
            issued: seq.next - 1,
          };
        }),
      ),
      server: await serverSnapshot(referee),
      expected: oracle.model.snapshot(),
      expectedRejections: [...oracle.rejected],
    };
  } finally {
    for (const device of devices) await device.db.delete();
  }
}

/** JSON with object keys sorted: servers need not keep the field order the client's schemas produce. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

/** Everything that keeps the outcome from being converged, in words; empty when it is. */
export function convergenceProblems(outcome: ConvergenceOutcome): string[] {
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
  outcome.devices.forEach((device, i) => {
    if (device.pending || device.shadows) problems.push(`device ${i}: ${device.pending} outbox entries and ${device.shadows} shadows left`);
    if (device.lastSeq !== device.issued) problems.push(`device ${i}: server acknowledged seq ${device.lastSeq} of ${device.issued}`);
    const mine = new Set(device.mutations);
    const shouldShow = outcome.expectedRejections.filter((id) => mine.has(id)).sort();
    if (!same(device.rejected, shouldShow)) problems.push(`device ${i}: shows rejections ${device.rejected} instead of ${shouldShow}`);
    for (const table of TABLE_NAMES) {
      if (!same(device.rows[table], outcome.server[table])) problems.push(`device ${i}: ${table} differs from the server`);
    }
  });
  for (const table of TABLE_NAMES) {
    if (!same(ServerModel.seen(table, outcome.server[table]), outcome.expected[table])) problems.push(`server: ${table} differs from exactly-once application`);
  }
  return problems;
}

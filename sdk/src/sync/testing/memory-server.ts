/**
 * TEST DOUBLE, not the backend: the push/pull/poke rules of the sync contract (DESIGN.md
 * "Sync contract") kept in memory and spoken in the real wire format through a `fetch`
 * function, so the SDK's sync code can be tested without a network. Deliberately small:
 * one org, every principal sees every row, no permissions, and the mutation handlers are the
 * client's own local effects (so it checks the protocol, not the business rules).
 */
import {
  MUTATIONS,
  PushRequest,
  TABLE_NAMES,
  type MutationResult,
  type Person,
  type PullResponse,
  type PushResponse,
  type TableName,
} from '../../model';
import { ValidationError, localEffect, type AnyRow } from '../../store';

export interface MemoryServerOptions {
  /** Bearer token -> principal. Their Person rows are also the persons table. */
  accounts: Record<string, Person>;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const apiError = (status: number, code: string, message: string, extra: object = {}) => json(status, { error: { code, message, ...extra } });

export class MemorySyncServer {
  readonly #accounts: Map<string, Person>;
  readonly #rows = new Map<TableName, Map<string, AnyRow & { version: number }>>(TABLE_NAMES.map((t) => [t, new Map()]));
  readonly #tombstones = new Map<TableName, Map<string, number>>(TABLE_NAMES.map((t) => [t, new Map()]));
  readonly #lastSeq = new Map<string, number>();
  readonly #applied = new Map<string, number>();
  /** Rejection reasons by client and seq: a retried push gets them again, as from the backend. */
  readonly #rejections = new Map<string, string>();
  readonly #streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  #version = 0;

  constructor(options: MemoryServerOptions) {
    this.#accounts = new Map(Object.entries(options.accounts));
    for (const person of this.#accounts.values()) this.#rows.get('persons')!.set(person.id, { ...person });
  }

  /** A fetch that routes /v1/me and /v1/sync/* to this server; any origin works. */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const token = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '') ?? '';
    const me = this.#accounts.get(token);
    if (!me) return apiError(401, 'unauthorized', 'sign in first');
    const route = `${init?.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
      case 'GET /v1/me':
        return json(200, {
          principal: { kind: 'person', role: me.role, orgId: me.orgId, personId: me.id },
          person: me,
          org: { id: me.orgId, name: 'Memory org', slug: 'memory' },
        });
      case 'POST /v1/sync/push':
        return this.#push(me, JSON.parse(String(init?.body)));
      case 'GET /v1/sync/pull':
        return this.#pull(url.searchParams.get('clientId') ?? '', url.searchParams.get('cursor'));
      case 'GET /v1/sync/events':
        return this.#events(init?.signal ?? undefined);
      default:
        return apiError(404, 'not_found', `no route ${route}`);
    }
  };

  get version(): number {
    return this.#version;
  }

  /** Rows of a table as a pull would send them. */
  rows(table: TableName): AnyRow[] {
    return [...this.#rows.get(table)!.values()];
  }

  /** How many times the mutation with this id changed state: exactly-once means 1 (or 0 if rejected). */
  applications(mutationId: string): number {
    return this.#applied.get(mutationId) ?? 0;
  }

  lastSeq(clientId: string): number {
    return this.#lastSeq.get(clientId) ?? 0;
  }

  /** Ends every open event stream, as a restarting server would. */
  dropEventStreams(): void {
    for (const stream of this.#streams) stream.close();
    this.#streams.clear();
  }

  #push(me: Person, body: unknown): Response {
    const parsed = PushRequest.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return apiError(400, 'invalid_request', 'push request does not match the protocol', { issues });
    }
    const { clientId, mutations } = parsed.data;
    let last = this.lastSeq(clientId);
    if (mutations[0]!.seq > last + 1) return apiError(409, 'seq_gap', `expected seq ${last + 1}`, { expectedSeq: last + 1 });

    const version = this.#version + 1;
    const results: MutationResult[] = mutations.map((m) => {
      const key = `${clientId}:${m.seq}`;
      if (m.seq <= last) {
        const reason = this.#rejections.get(key) ?? null;
        return { id: m.id, seq: m.seq, status: reason === null ? 'duplicate' : 'rejected', reason };
      }
      last = m.seq;
      const reason = this.#apply(me, m.name, m.args, m.id, version);
      if (reason !== null) this.#rejections.set(key, reason);
      return { id: m.id, seq: m.seq, status: reason === null ? 'applied' : 'rejected', reason };
    });
    this.#lastSeq.set(clientId, last);
    if (results.some((r) => r.status === 'applied')) {
      this.#version = version;
      this.#poke();
    }
    const response: PushResponse = { lastSeq: last, version: this.#version, results };
    return json(200, response);
  }

  /** Returns null when applied, else the rejection reason. */
  #apply(me: Person, name: keyof typeof MUTATIONS, rawArgs: unknown, mutationId: string, version: number): string | null {
    const args = MUTATIONS[name].safeParse(rawArgs);
    if (!args.success) return ValidationError.fromZod(args.error).message;
    try {
      const effect = localEffect(name, args.data as never, { me, at: new Date().toISOString() });
      const rows = this.#rows.get(effect.table)!;
      const next = effect.next(rows.get(effect.rowId));
      if (next) {
        rows.set(effect.rowId, { ...next, orgId: me.orgId, version, updatedAt: new Date().toISOString() });
        this.#tombstones.get(effect.table)!.delete(effect.rowId);
      } else {
        rows.delete(effect.rowId);
        this.#tombstones.get(effect.table)!.set(effect.rowId, version);
      }
      this.#applied.set(mutationId, this.applications(mutationId) + 1);
      return null;
    } catch (error) {
      if (error instanceof ValidationError) return error.message;
      throw error;
    }
  }

  #pull(clientId: string, cursor: string | null): Response {
    const since = cursor !== null && /^\d+$/.test(cursor) && Number(cursor) <= this.#version ? Number(cursor) : null;
    const changes: PullResponse['changes'] = {};
    for (const table of TABLE_NAMES) {
      const upserts = [...this.#rows.get(table)!.values()].filter((row) => since === null || row.version > since);
      const deletes = since === null ? [] : [...this.#tombstones.get(table)!].filter(([, v]) => v > since).map(([id]) => id);
      if (upserts.length || deletes.length) changes[table] = { upserts, deletes };
    }
    const response: PullResponse = { cursor: String(this.#version), reset: since === null, lastSeq: this.lastSeq(clientId), version: this.#version, changes };
    return json(200, response);
  }

  #events(signal: AbortSignal | undefined): Response {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        controller = c;
        this.#streams.add(c);
      },
      cancel: () => {
        this.#streams.delete(controller);
      },
    });
    signal?.addEventListener('abort', () => {
      if (!this.#streams.delete(controller)) return;
      controller.error(signal.reason);
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  }

  #poke(): void {
    const frame = new TextEncoder().encode(`event: poke\ndata: ${JSON.stringify({ version: this.#version })}\n\n`);
    for (const stream of this.#streams) stream.enqueue(frame);
  }
}

/**
 * The client widgets hold while the engine loads. A watch it serves asks the server for a first
 * view (batched with the other watches of the same moment) and shows it; once the engine is
 * attached, the same watch is passed on to it, and the engine's first result (which comes
 * after its first pull, or from this device's store) replaces the first view in place. Widgets
 * keep this one client throughout, so the handover never shows a skeleton in between.
 */
import type { FirstViewQuery, FirstViewQueryName, FirstViewResponse, MutationInput, MutationName } from '../model';
import type { Queries, QueryName, SightlineClient, Unsubscribe } from '../client';
import type { composeFirstView } from './compose';

/** A Record, so the compiler notices a query the first view gains (the model's schema would bring zod into the entry). */
const SERVED: Record<FirstViewQueryName, true> = { me: true, people: true, teams: true, skills: true, goalTree: true, kpi: true, checkIn: true };
const served = (query: QueryName): query is FirstViewQueryName => Object.hasOwn(SERVED, query);

export interface HandoverOptions {
  /** The server's rows for a batch of queries. */
  load(request: FirstViewQuery[]): Promise<FirstViewResponse>;
  /** The composer, loaded in parallel with the first request. */
  compose(): Promise<typeof composeFirstView>;
}

export type HandoverClient = SightlineClient & {
  /** Passes every watch, now and later, to `engine`, and every mutation. */
  attach(engine: SightlineClient): void;
  /** The engine did not start: actions reject with `error`; what the first view showed stays. */
  abandon(error: Error): void;
};

interface Watcher {
  query: QueryName;
  params: unknown;
  onChange(result: unknown): void;
  /** The engine has answered: the first view must not overwrite it. */
  engineAnswered: boolean;
  ended: boolean;
  stopEngine: Unsubscribe | null;
}

export function createHandoverClient({ load, compose }: HandoverOptions): HandoverClient {
  const composer = compose();
  composer.catch(() => {}); // a chunk that fails to load only means no first view
  const watchers = new Set<Watcher>();
  let engine: SightlineClient | null = null;
  let settle: { resolve(client: SightlineClient): void; reject(error: Error): void };
  const engineReady = new Promise<SightlineClient>((resolve, reject) => (settle = { resolve, reject }));
  engineReady.catch(() => {}); // rejected only for actions, which report it themselves
  let batch: Watcher[] = [];

  function watchEngine(watcher: Watcher): void {
    engine!
      .watch(watcher.query, watcher.params as never, (result) => {
        watcher.engineAnswered = true;
        watcher.onChange(result);
      })
      .then(
        (stop) => (watcher.ended ? stop() : (watcher.stopEngine = stop)),
        (error: unknown) => console.error(`sightline: query ${watcher.query} failed`, error),
      );
  }

  /** One request for the watches that arrived together (the widgets whose code loaded in the same task). */
  function flush(): void {
    const waiting = batch.filter((w) => !w.ended && !w.engineAnswered);
    batch = [];
    if (waiting.length === 0) return;
    const request = [...new Map(waiting.map((w) => [JSON.stringify([w.query, w.params]), { query: w.query, params: w.params } as FirstViewQuery])).values()];
    Promise.all([load(request), composer]).then(
      ([view, composeView]) => {
        const now = new Date();
        for (const w of waiting) if (!w.ended && !w.engineAnswered) w.onChange(composeView(view, w.query as FirstViewQueryName, w.params as never, now));
      },
      (error: unknown) => console.warn('sightline: no first view; the widgets wait for the engine', error),
    );
  }

  const act = async <T>(use: (client: SightlineClient) => Promise<T>): Promise<T> => use(engine ?? (await engineReady));

  return {
    async watch<Q extends QueryName>(query: Q, params: Queries[Q]['params'], onChange: (result: Queries[Q]['result']) => void) {
      if (engine) return engine.watch(query, params, onChange);
      const watcher: Watcher = { query, params, onChange: onChange as (result: unknown) => void, engineAnswered: false, ended: false, stopEngine: null };
      watchers.add(watcher);
      if (served(query)) {
        batch.push(watcher);
        if (batch.length === 1) setTimeout(flush, 0);
      }
      return () => {
        watcher.ended = true;
        watchers.delete(watcher);
        watcher.stopEngine?.();
      };
    },
    mutate: <N extends MutationName>(name: N, args: MutationInput<N>) => act((client) => client.mutate(name, args)),
    syncNow: () => act((client) => client.syncNow()),
    dismissRejection: (mutationId: string) => act((client) => client.dismissRejection(mutationId)),
    attach(client) {
      engine = client;
      settle.resolve(client);
      for (const watcher of watchers) watchEngine(watcher);
    },
    abandon(error) {
      settle.reject(error);
    },
  };
}

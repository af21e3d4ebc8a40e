/** What crosses a comlink boundary between a client and its proxy. */
import type { ProxyMarked, Remote, releaseProxy } from 'comlink';
import type { MutationName, MutationInput } from '../../model';
import type { Queries, QueryName, Unsubscribe } from '../../client';
import type { FieldIssue } from '../../store';

/** A watch callback living on the other side: calling it posts a message and returns a promise. */
export type RemoteCallback<T> = ((result: T) => Promise<void>) & Pick<Remote<() => void>, typeof releaseProxy>;

/** A ValidationError would lose its issues in comlink's error cloning, so it travels as a value. */
export type MutateOutcome = { ok: { id: string; seq: number } } | { invalid: FieldIssue[] };

export interface ExposedClient {
  watch<Q extends QueryName>(query: Q, params: Queries[Q]['params'], onChange: RemoteCallback<Queries[Q]['result']>): Promise<Unsubscribe & ProxyMarked>;
  mutate<N extends MutationName>(name: N, args: MutationInput<N>): Promise<MutateOutcome>;
  syncNow(): Promise<void>;
  dismissRejection(mutationId: string): Promise<void>;
}

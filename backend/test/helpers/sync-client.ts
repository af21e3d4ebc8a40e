/** A minimal sync client over the server's core functions (no HTTP): numbered pushes and cursor-following pulls. */
import { uuidv7, type MutationInput, type MutationName, type PullResponse, type PushResponse } from '@sightline/sdk/model';
import type { Principal } from '../../src/auth/principal';
import type { Database } from '../../src/db/database';
import { pullChanges } from '../../src/sync/pull';
import { applyPush } from '../../src/sync/push';

export type Call = readonly [name: MutationName, args: unknown];
/** A call whose args are type-checked against the mutation's input schema. */
export const call = <N extends MutationName>(name: N, args: MutationInput<N>): Call => [name, args];

export class SyncClient {
  readonly clientId = uuidv7();
  nextSeq = 1;
  cursor: string | undefined;

  constructor(
    readonly database: Database,
    readonly principal: Principal,
  ) {}

  /** Mutations with the next seqs, without sending them (to replay or reorder in tests). */
  mutations(calls: readonly Call[]) {
    return calls.map(([name, args]) => ({ id: uuidv7(), seq: this.nextSeq++, name, args, at: new Date().toISOString() }));
  }

  async push(calls: readonly Call[]): Promise<PushResponse> {
    return applyPush(this.database.db, this.principal, { clientId: this.clientId, mutations: this.mutations(calls) });
  }

  /** Pushes and fails the test with the reasons if anything was not applied. */
  async pushOk(calls: readonly Call[]): Promise<PushResponse> {
    const res = await this.push(calls);
    const bad = res.results.filter((r) => r.status !== 'applied');
    if (bad.length) throw new Error(`not applied: ${bad.map((r) => `${r.seq} ${r.status} ${r.reason}`).join('; ')}`);
    return res;
  }

  /** Pulls from the stored cursor and remembers the new one. */
  async pull(): Promise<PullResponse> {
    const res = await pullChanges(this.database.db, this.principal, { clientId: this.clientId, cursor: this.cursor });
    this.cursor = res.cursor;
    return res;
  }
}

/** What a mutation handler works with: the push transaction, who is acting, and the version to stamp. */
import type { Kysely } from 'kysely';
import type { MutationArgs, MutationName } from '@sightline/sdk/model';
import type { Principal } from '../../auth/principal';
import type { DB } from '../../db/schema';
import type { RowBatch } from '../row-batch';

export interface HandlerContext {
  readonly tx: Kysely<DB>;
  readonly principal: Principal;
  readonly orgId: string;
  /** Every row this push writes carries this version. */
  readonly version: number;
  /** Server time (ISO) for updatedAt; the client's `at` is never trusted for it. */
  readonly now: string;
  /** Set when the change alters who may see rows that already exist (forces clients to reset). */
  aclChanged: boolean;
  /** Set while a run of mutations is applied set-based: rows are read and written through it. */
  readonly batch?: RowBatch;
}

/** Applies one mutation or throws a Rejection; never takes server-owned fields from args. */
export type Handler<N extends MutationName> = (ctx: HandlerContext, args: MutationArgs<N>) => Promise<void>;

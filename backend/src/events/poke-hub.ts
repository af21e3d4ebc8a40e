/**
 * The SSE streams of this node. On each committed change of an org, every stream of that org
 * whose principal may see something stamped with that version gets a poke (one visibility
 * probe per principal, not per stream); an access change pokes those whose access epoch it
 * moved, since they will reset.
 * The hub listens to the change feed only while it has streams.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';
import { seesChangeAt } from '../sync/visible-change';
import type { Change, ChangeFeed } from './change-feed';
import { logError } from '../http/log-error';

export interface PokeTarget {
  readonly principal: Principal;
  poke(version: number): void;
  close(): void;
}

export class PokeHub {
  readonly #targets = new Set<PokeTarget>();
  #unsubscribe: (() => void) | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly changes: ChangeFeed,
  ) {}

  /** Registers a stream; returns the function that removes it. */
  add(target: PokeTarget): () => void {
    this.#targets.add(target);
    this.#unsubscribe ??= this.changes.subscribe((change) => void this.#dispatch(change));
    return () => {
      this.#targets.delete(target);
      if (this.#targets.size === 0) {
        this.#unsubscribe?.();
        this.#unsubscribe = null;
      }
    };
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    for (const target of [...this.#targets]) target.close();
  }

  async #dispatch(change: Change): Promise<void> {
    const byPrincipal = new Map<string, PokeTarget[]>();
    for (const target of this.#targets) {
      // Integration keys see no rows, so they learn nothing from pokes either.
      if (target.principal.orgId !== change.orgId || target.principal.personId === null) continue;
      byPrincipal.set(target.principal.key, [...(byPrincipal.get(target.principal.key) ?? []), target]);
    }
    for (const targets of byPrincipal.values()) {
      try {
        if (await seesChangeAt(this.db, targets[0]!.principal, change.version, change.aclChanged)) {
          for (const target of targets) target.poke(change.version);
        }
      } catch (error) {
        // A poke is a hint; a failed probe only delays clients until their next pull.
        logError('poke visibility probe failed', error);
      }
    }
  }
}

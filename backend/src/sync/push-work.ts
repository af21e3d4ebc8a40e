/**
 * How much work a push is: a unit per mutation and per item of every list in its args (a
 * check-in naming 50 goals is 51). It sizes the push's transactions and what the push costs
 * its principal's budget (http/rate-limit.ts).
 */
import type { Mutation } from '@sightline/sdk/model';

/** The most work one push transaction does; between them other requests get the database. */
export const WORK_PER_TRANSACTION = 100;

function listItems(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const items = Object.values(value);
  return (Array.isArray(value) ? items.length : 0) + items.reduce<number>((n, item) => n + listItems(item), 0);
}

export const workOf = (mutation: Pick<Mutation, 'args'>): number => 1 + listItems(mutation.args);

/** Consecutive runs of mutations of at most `maxWork` each (a single heavier mutation runs alone). */
export function chunkByWork<M extends Pick<Mutation, 'args'>>(mutations: readonly M[], maxWork = WORK_PER_TRANSACTION): M[][] {
  const chunks: M[][] = [];
  let current: M[] = [];
  let work = 0;
  for (const mutation of mutations) {
    const w = workOf(mutation);
    if (current.length && work + w > maxWork) {
      chunks.push(current);
      current = [];
      work = 0;
    }
    current.push(mutation);
    work += w;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * Runs a maintenance task org by org: every org is tried even if one fails, and the failures
 * are then thrown together, so one broken org never stops the others' upkeep.
 */
export async function forEachOrg<O extends { id: string }, R>(orgs: readonly O[], task: string, run: (org: O) => Promise<R>): Promise<R[]> {
  const done: R[] = [];
  const failures: Error[] = [];
  for (const org of orgs) {
    try {
      done.push(await run(org));
    } catch (error) {
      failures.push(new Error(`org ${org.id}: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
    }
  }
  if (failures.length) throw new AggregateError(failures, `${task} failed for ${failures.length} of ${orgs.length} orgs`);
  return done;
}

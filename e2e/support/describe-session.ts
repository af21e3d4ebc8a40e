/**
 * A suite with one session (servers, a browser) started once for the whole file and torn down
 * after it, or, when what it needs is missing, registered as skipped with the reason, which is
 * also printed, so a run without that browser says what it did not test.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';

/** Registers a cleanup; cleanups run in reverse order after the file. */
export type AddCleanup = (cleanup: () => unknown) => void;

export function describeSession<S>(
  title: string,
  unavailable: string | null,
  start: (addCleanup: AddCleanup) => Promise<S>,
  suite: (session: () => S) => void,
): void {
  if (unavailable) {
    console.warn(`[e2e] skipping "${title}": ${unavailable}`);
    describe.skip(`${title} (skipped: ${unavailable})`, () => it('needs what is missing', () => undefined));
    return;
  }
  describe(title, () => {
    let session: S | undefined;
    const cleanups: Array<() => unknown> = [];
    beforeAll(async () => {
      session = await start((cleanup) => cleanups.push(cleanup));
    });
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });
    suite(() => {
      if (!session) throw new Error('the session starts in beforeAll; use it inside tests');
      return session;
    });
  });
}

/**
 * A live query: runs `read` in a read transaction, emits its result, and runs it again
 * whenever a commit (here or in another tab) wrote something it read. Writes that land while
 * it runs make it run once more, so the last result emitted is never older than the last write.
 */
import { overlaps, type KeySet } from './key-set';
import type { Database, Transaction } from './database';

export interface LiveOptions<T> {
  stores: readonly string[];
  read: (tx: Transaction) => Promise<T>;
  onResult: (result: T) => void;
  onError: (error: unknown) => void;
}

export function live<T>(db: Database, { stores, read, onResult, onError }: LiveOptions<T>): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  /** What the last run read; null before the first run ends. */
  let reads: KeySet | null = null;

  async function run(): Promise<void> {
    if (running) return void (again = true);
    running = true;
    do {
      again = false;
      try {
        let used: Transaction | null = null;
        const result = await db.transaction('r', stores, (tx) => read((used = tx)));
        reads = used!.reads;
        if (!stopped) onResult(result);
      } catch (error) {
        if (!stopped) onError(error);
      }
    } while (again && !stopped);
    running = false;
  }

  const stopListening = db.onChange((written) => {
    if (stopped) return;
    if (running) again = true;
    else if (reads && overlaps(reads, written)) void run();
  });
  void run();
  return () => {
    stopped = true;
    stopListening();
  };
}

/**
 * vi.waitFor polls for at most 1 s by default. On a loaded 2-core CI machine an engine start
 * or a Dexie live query can legitimately take longer, which made passing tests flaky. A longer
 * default changes only how long a real failure takes to report, never what passes.
 */
import { vi } from 'vitest';

const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, ...options })) as typeof vi.waitFor;

import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';

describe('pull cursors', () => {
  it('read back exactly what they wrote, up to 15 digits', () => {
    const cursors: Array<[Cursor, string]> = [
      [{ kind: 'delta', version: 42 }, 'v42'],
      [{ kind: 'delta', version: 999_999_999_999_999 }, 'v999999999999999'],
      [{ kind: 'reset', version: 7, table: 'goals', afterId: null }, 'r7.goals'],
      [{ kind: 'reset', version: 7, table: 'metricValues', afterId: '0190e0aa-0000-7000-8000-00000000a001' }, 'r7.metricValues.0190e0aa-0000-7000-8000-00000000a001'],
    ];
    for (const [cursor, text] of cursors) {
      expect(encodeCursor(cursor)).toBe(text);
      expect(decodeCursor(text)).toEqual(cursor);
    }
  });

  it('are null for anything this server did not write, so the client resets', () => {
    const foreign = [undefined, '', 'v', 'v42.a7', 'xv42', 'v-1', 'v1e3', 'v1000000000000000', 'r7', 'r7.', 'r7.nosuchtable', 'r7.goals.', 'r7.goals.not-a-uuid', 'r7.goals.0190E0AA-0000-7000-8000-00000000A001', 'rx.goals'];
    for (const text of foreign) expect(decodeCursor(text), String(text)).toBeNull();
  });
});

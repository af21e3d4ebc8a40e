import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('pull cursors', () => {
  it('read back exactly what they wrote, up to 15 digits each', () => {
    expect(encodeCursor({ version: 42, aclVersion: 7 })).toBe('v42.a7');
    expect(decodeCursor('v42.a7')).toEqual({ version: 42, aclVersion: 7 });
    expect(decodeCursor('v999999999999999.a0')).toEqual({ version: 999_999_999_999_999, aclVersion: 0 });
  });

  it('are null for anything this server did not write, so the client resets', () => {
    const foreign = [undefined, '', 'v42', 'v42.a', 'v.a7', 'v42a7', 'v42.a7x', 'xv42.a7', 'v42.a7.a8', 'v-1.a7', 'v1e3.a7', 'v1000000000000000.a1', 'v1.a1000000000000000'];
    for (const text of foreign) expect(decodeCursor(text), String(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { Id } from './ids';
import { checkInId, nameId, uuidv7 } from './uuid';

describe('uuidv7', () => {
  it('is a valid, version-7 UUID that sorts by creation time', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7());
    for (const id of ids) {
      expect(Id.safeParse(id).success).toBe(true);
      expect(id[14]).toBe('7');
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('nameId', () => {
  it('is deterministic, distinct per input and a valid UUID', () => {
    expect(nameId('a', 'b')).toBe(nameId('a', 'b'));
    expect(nameId('a', 'b')).not.toBe(nameId('a', 'c'));
    expect(nameId('ab', '')).not.toBe(nameId('a', 'b'));
    expect(Id.safeParse(checkInId(uuidv7(), '2026-W47')).success).toBe(true);
  });
});

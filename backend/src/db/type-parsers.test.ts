import { describe, expect, it } from 'vitest';
import { parseBigint, parseTimestamp } from './type-parsers';

describe('parseTimestamp', () => {
  it.each([
    ['2026-01-02 03:04:05.678+00', '2026-01-02T03:04:05.678Z'],
    ['2026-01-02 03:04:05+00', '2026-01-02T03:04:05.000Z'],
    ['2026-01-02 05:34:05.123456+02:30', '2026-01-02T03:04:05.123Z'],
    ['2026-01-01 22:04:05-05', '2026-01-02T03:04:05.000Z'],
    ['2026-01-02 03:04:05', '2026-01-02T03:04:05.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso);
  });

  it('refuses text it does not understand rather than guessing', () => {
    expect(() => parseTimestamp('infinity')).toThrow(/unexpected timestamp/);
  });
});

describe('parseBigint', () => {
  it('reads safe integers and refuses larger ones', () => {
    expect(parseBigint('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseBigint('9007199254740993')).toThrow(/safe integer/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseMoney } from './outcome';

describe('parseMoney', () => {
  it.each([
    ['$84,500.00', 84500, 'USD'],
    ['€18,400', 18400, 'EUR'],
    ['12.500,00 €', 12500, 'EUR'],
    ['18\u202f400 €', 18400, 'EUR'],
    ['EUR 12,500.00', 12500, 'EUR'],
    ['CHF 1\'250.50', 1250.5, 'CHF'],
    ['1,5', 1.5, null],
    ['9000', 9000, null],
  ])('reads %s as %d %s', (raw, amount, currency) => {
    expect(parseMoney(raw)).toEqual({ amount, currency });
  });

  it.each([null, '', 'none'])('is null for %s', (raw) => {
    expect(parseMoney(raw)).toBeNull();
  });
});

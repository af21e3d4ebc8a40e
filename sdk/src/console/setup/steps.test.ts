import { describe, expect, it } from 'vitest';
import { nextStep, quarterOf, stepUrl } from './steps';

describe('quarterOf', () => {
  it('is the calendar quarter holding the day', () => {
    expect(quarterOf(new Date(2026, 11, 7))).toEqual({ name: 'Q4 2026', startsOn: '2026-10-01', endsOn: '2026-12-31' });
    expect(quarterOf(new Date(2028, 1, 29))).toEqual({ name: 'Q1 2028', startsOn: '2028-01-01', endsOn: '2028-03-31' });
    expect(quarterOf(new Date(2027, 4, 1))).toEqual({ name: 'Q2 2027', startsOn: '2027-04-01', endsOn: '2027-06-30' });
  });
});

describe('steps', () => {
  it('go in order, each with the cycle in its URL', () => {
    expect(nextStep('cycle')).toBe('teams');
    expect(nextStep('done')).toBe('done');
    expect(stepUrl('kpis', 'c 1')).toBe('/app/setup/kpis?cycle=c%201');
  });
});

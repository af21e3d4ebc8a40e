import { describe, expect, it } from 'vitest';
import { pickLocale } from '../locale';
import { formatDay, formatWeek, t, tPlural } from './i18n';

describe('t and tPlural', () => {
  it('fills placeholders, numbers in the locale', () => {
    expect(t('done.summary', { cycle: 'Q1', goals: 1200, kpis: 2, teams: 3 }, 'en')).toBe('Q1: 1,200 goals, 2 KPIs, 3 teams.');
    expect(t('done.summary', { cycle: 'Q1', goals: 1200, kpis: 2, teams: 3 }, 'de')).toBe('Q1: 1.200 Ziele, 2 KPIs, 3 Teams.');
  });

  it('picks the plural form for the count', () => {
    expect(tPlural('team.lateCount', 1, {}, 'en')).toBe('1 person is late with the week’s check-in.');
    expect(tPlural('team.lateCount', 3, {}, 'de')).toBe('3 Personen sind mit dem Check-in der Woche verspätet.');
  });
});

describe('pickLocale', () => {
  it('prefers a saved choice, then the first browser language we have', () => {
    expect(pickLocale(['de-AT', 'en'], null)).toBe('de');
    expect(pickLocale(['fr-FR', 'en-GB'], null)).toBe('en');
    expect(pickLocale(['fr'], null)).toBe('en');
    expect(pickLocale(['de'], 'en')).toBe('en');
    expect(pickLocale(['en'], 'xx')).toBe('en');
  });
});

describe('dates', () => {
  it('writes a calendar day the same in every time zone, in the locale', () => {
    expect(formatDay('2027-03-31', 'en')).toBe('Mar 31, 2027');
    expect(formatDay('2027-03-31', 'de')).toBe('31.03.2027');
  });

  it('writes an ISO week as its Monday to Sunday', () => {
    expect(formatWeek('2027-W05', 'de')).toBe('01.–07.02.2027');
  });
});

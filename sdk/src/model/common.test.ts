import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { IsoDate, IsoDateTime, IsoWeek, RecordContext, TimeZone, optionalText, patchOf, text } from './common';
import { issues, sample } from './test-samples';

describe('RecordContext', () => {
  it('accepts a host record and normalises blank optional text to null', () => {
    expect(RecordContext.parse({ ...sample.context, title: '  ', customer: undefined })).toEqual({
      ...sample.context,
      title: null,
      customer: null,
    });
  });

  it.each([
    ['an unknown tool', { tool: 'slack' }, 'tool: must be one of'],
    ['a non-http URL', { url: 'javascript:alert(1)' }, 'url: must be an http(s) URL'],
    ['an ftp URL', { url: 'ftp://files.example/x' }, 'url: must be an http(s) URL'],
    ['an over-long URL', { url: `https://a.example/${'x'.repeat(2048)}` }, 'url: must be at most 2048 characters'],
    ['a blank record id', { recordId: '   ' }, 'recordId: must not be empty'],
    ['an over-long record type', { recordType: 'x'.repeat(61) }, 'recordType: must be at most 60 characters'],
    ['an unknown key', { html: '<b>' }, '(root): has unknown key "html"'],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(RecordContext, { ...sample.context, ...change }).join('\n')).toContain(expected);
  });
});

describe('text and optionalText', () => {
  it('trims and bounds text', () => {
    expect(text(5).parse('  abc ')).toBe('abc');
    expect(issues(text(5), ' \n ')).toEqual(['(root): must not be empty']);
    expect(issues(text(5), 'abcdef')).toEqual(['(root): must be at most 5 characters']);
  });

  it.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['   ', null],
    [' kept ', 'kept'],
  ])('optionalText(%j) -> %j', (input, expected) => {
    expect(optionalText(10).parse(input)).toBe(expected);
  });

  it('bounds optional text after trimming', () => {
    expect(optionalText(3).parse(' abc ')).toBe('abc');
    expect(issues(optionalText(3), 'abcd')).toEqual(['(root): must be at most 3 characters']);
  });
});

describe('dates, weeks and time zones', () => {
  it.each([
    ['IsoDateTime', IsoDateTime, '2026-05-01T16:00:00Z', true],
    ['IsoDateTime', IsoDateTime, '2026-05-01T16:00:00.250+02:00', true],
    ['IsoDateTime', IsoDateTime, '2026-05-01T16:00:00', false],
    ['IsoDateTime', IsoDateTime, '2026-05-01', false],
    ['IsoDate', IsoDate, '2026-02-28', true],
    ['IsoDate', IsoDate, '2026-02-30', false],
    ['IsoDate', IsoDate, '2026-5-1', false],
    ['IsoWeek', IsoWeek, '2026-W01', true],
    ['IsoWeek', IsoWeek, '2026-W53', true],
    ['IsoWeek', IsoWeek, '2026-W00', false],
    ['IsoWeek', IsoWeek, '2026-W54', false],
    ['IsoWeek', IsoWeek, '2026-47', false],
    ['TimeZone', TimeZone, 'Europe/Berlin', true],
    ['TimeZone', TimeZone, 'America/Argentina/Buenos_Aires', true],
    ['TimeZone', TimeZone, 'Mars/Olympus_Mons', false],
  ] as const)('%s %j valid=%s', (_, schema, value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid);
  });

  it('names the expected format in the message', () => {
    expect(issues(IsoDateTime, 'yesterday')).toEqual(['(root): must be an ISO 8601 date-time']);
    expect(issues(IsoDate, '01/05/2026')).toEqual(['(root): must be an ISO date (YYYY-MM-DD)']);
    expect(issues(IsoWeek, '2026-W60')).toEqual(['(root): must be an ISO week like 2026-W47']);
    expect(issues(TimeZone, 'CEST+1')).toEqual(['(root): must be an IANA time zone such as Europe/Berlin']);
  });
});

describe('patchOf', () => {
  const Thing = z.strictObject({
    name: text(20),
    weight: z._default(z.number().check(z.lte(10)), 1),
    note: optionalText(20),
    tags: z._default(z.array(z.string()), []),
  });
  const ThingPatch = patchOf(Thing);

  it('leaves absent keys absent instead of filling their defaults', () => {
    expect(ThingPatch.parse({})).toEqual({});
    expect(ThingPatch.parse({ name: ' renamed ' })).toEqual({ name: 'renamed' });
  });

  it('still validates and normalises the keys that are present', () => {
    expect(ThingPatch.parse({ note: '' })).toEqual({ note: null });
    expect(issues(ThingPatch, { weight: 11 })).toEqual(['weight: must be at most 10']);
    expect(issues(ThingPatch, { weight: 2, colour: 'red' })).toEqual(['(root): has unknown key "colour"']);
  });
});

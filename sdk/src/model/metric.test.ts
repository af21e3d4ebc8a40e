import { describe, expect, it } from 'vitest';
import { Metric, MetricFields, MetricPatch, MetricValue, MetricValueFields, Range } from './metric';
import { ids, issues, sample, serverFields } from './test-samples';

describe('MetricFields', () => {
  it('accepts a decreasing KPI and fills defaults', () => {
    expect(MetricFields.parse(sample.metric)).toEqual({ ...sample.metric, range: null, weight: 1, source: 'manual', counts: false });
  });

  it.each([
    ['increase with target above baseline', { direction: 'increase', baseline: 60, target: 75 }],
    ['increase with target equal to baseline', { direction: 'increase', baseline: 60, target: 60 }],
    ['decrease with target equal to baseline', { baseline: 20, target: 20 }],
    ['hold with a range', { direction: 'hold', baseline: 88, target: 95, range: { min: 90, max: 100 } }],
    ['a zero-width range', { direction: 'hold', range: { min: 90, max: 90 } }],
  ])('accepts %s', (_, change) => {
    expect(issues(MetricFields, { ...sample.metric, ...change })).toEqual([]);
  });

  it.each([
    ['hold without a range', { direction: 'hold' }, ['range: is required when direction is hold']],
    ['increase with target below baseline', { direction: 'increase', baseline: 60, target: 50 }, ['target: must be at least baseline when direction is increase']],
    ['decrease with target above baseline', { baseline: 20, target: 45 }, ['target: must be at most baseline when direction is decrease']],
    ['a range with min above max', { direction: 'hold', range: { min: 100, max: 90 } }, ['range.max: min must not exceed max']],
    ['a non-finite target', { target: Number.POSITIVE_INFINITY }, ['target: must be a finite number']],
    ['NaN as baseline', { baseline: Number.NaN }, ['baseline: must be a finite number']],
    ['an unknown indicator', { indicator: 'lead' }, ['indicator: must be one of leading, lagging']],
    ['an over-long unit', { unit: 'x'.repeat(21) }, ['unit: must be at most 20 characters']],
    ['an empty source', { source: ' ' }, ['source: must not be empty']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(MetricFields, { ...sample.metric, ...change })).toEqual(expected);
  });

  it('applies the rules to the stored row too', () => {
    expect(Metric.parse({ ...sample.metric, ...serverFields }).direction).toBe('decrease');
    expect(issues(Metric, { ...sample.metric, ...serverFields, direction: 'hold' })).toEqual(['range: is required when direction is hold']);
  });
});

describe('Range', () => {
  it('rejects a non-finite bound at that bound', () => {
    expect(issues(Range, { min: Number.NEGATIVE_INFINITY, max: 1 })).toEqual(['min: must be a finite number']);
  });
});

describe('MetricPatch', () => {
  it('keeps only the named fields', () => {
    expect(MetricPatch.parse({ target: 18 })).toEqual({ target: 18 });
  });

  it('cannot move a metric to another goal', () => {
    expect(issues(MetricPatch, { goalId: ids.goal })).toEqual(['(root): has unknown key "goalId"']);
  });
});

describe('MetricValue', () => {
  it('accepts a value with and without a record context', () => {
    // Older clients send no record key: the value is not tied to a piece of work.
    expect(MetricValueFields.parse(sample.metricValue)).toEqual({ ...sample.metricValue, context: null, recordKey: null });
    expect(MetricValueFields.parse({ ...sample.metricValue, recordKey: 'hubspot:4711' }).recordKey).toBe('hubspot:4711');
    expect(MetricValueFields.parse({ ...sample.metricValue, context: sample.context }).context?.tool).toBe('zendesk');
  });

  it.each([
    ['a string value', { value: '31' }, ['value: must be a number']],
    ['an infinite value', { value: Number.POSITIVE_INFINITY }, ['value: must be a finite number']],
    ['a timestamp without offset', { at: '2026-05-01T12:00:00' }, ['at: must be an ISO 8601 date-time']],
    ['a context with a bad URL', { context: { ...sample.context, url: 'zendesk:48213' } }, ['context.url: must be an http(s) URL']],
    ['a record key without its tool', { recordKey: '4711' }, ['recordKey: must be tool:recordId']],
    ['a client-sent recordedBy', { recordedBy: ids.person }, ['(root): has unknown key "recordedBy"']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(MetricValueFields, { ...sample.metricValue, ...change })).toEqual(expected);
  });

  it('stores who recorded it, null for an integration', () => {
    const row = { ...sample.metricValue, ...serverFields };
    expect(MetricValue.parse({ ...row, recordedBy: null }).recordedBy).toBeNull();
    expect(issues(MetricValue, row)).toEqual(['recordedBy: must be a UUID']);
  });
});

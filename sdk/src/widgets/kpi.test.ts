// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { trendOf } from './kpi';
import { defineKpi } from './elements';
import { cleanUp, eventually, mount, shadowOf, textOf, withSampleClient, wordsOf } from './testing/mount';
import { metric } from './testing/fixtures';
import { uuidv7 } from '../model';

defineKpi();
afterEach(cleanUp);

const part = (el: Element, selector: string) => wordsOf(shadowOf(el).querySelector(selector)!);

describe('<sightline-kpi>', () => {
  it('shows current vs target, progress, badge, direction, trend and pace', async () => {
    const { org } = withSampleClient();
    const el = mount('sightline-kpi', { metric: org.firstReply.id });
    await eventually(() => expect(shadowOf(el).querySelector('article')).not.toBeNull());

    expect(part(el, '.name')).toBe('First reply time');
    expect(part(el, '.headline')).toBe('5 h · target 2 h');
    expect(part(el, '[part="badge"]')).toBe('Leading indicator');
    expect(part(el, '.goal')).toBe('Goal: Resolve tickets faster');
    // 8h baseline -> 5h now, toward 2h: half-way; about 49% of the quarter has gone.
    expect(shadowOf(el).querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('50');
    expect(part(el, '[part="status"]')).toBe('● On track');
    expect(part(el, '.direction')).toBe('Lower is better');
    // 6h -> 5h on a lower-is-better KPI is an improvement.
    expect(part(el, '.delta')).toBe('−1 h since previous value · improving');
    expect(shadowOf(el).querySelector('.delta')!.classList.contains('improving')).toBe(true);
    expect(shadowOf(el).querySelector('svg')!.getAttribute('aria-label')).toBe('Trend of the last 2 values, from 6 h to 5 h');
  });

  it('handles a KPI without values and an unknown id', async () => {
    const { client, org } = withSampleClient();
    const fresh = metric({ name: 'NPS', goalId: org.orgGoal.id, indicator: 'lagging', baseline: 10, target: 40, direction: 'increase' });
    client.replace('metrics', [...client.rows.metrics, fresh]);
    const el = mount('sightline-kpi', { metric: fresh.id });
    await eventually(() => expect(textOf(el)).toContain('No value yet · target 40'));
    expect(textOf(el)).toContain('No measurable progress yet');
    expect(textOf(el)).toContain('Not measured yet');
    expect(shadowOf(el).querySelector('.delta')).toBeNull();

    el.setAttribute('metric', uuidv7());
    await eventually(() => expect(textOf(el)).toBe('This KPI does not exist or is not visible to you.'));
    el.removeAttribute('metric');
    await eventually(() => expect(textOf(el)).toBe('Set the metric attribute to the id of a KPI.'));
    expect(client.activeWatchers()).toBe(0);
  });

  it('updates live when a value is recorded', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-kpi', { metric: org.csat.id });
    await eventually(() => expect(part(el, '.headline')).toBe('86% · target 90%'));
    await client.mutate('metric.record', { id: uuidv7(), metricId: org.csat.id, value: 83, at: '2026-11-15T13:00:00Z' });
    await eventually(() => expect(part(el, '.headline')).toBe('83% · target 90%'));
    expect(part(el, '.delta')).toBe('−3% since previous value · worsening');
  });

  it('re-queries when the metric attribute changes', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-kpi', { metric: org.csat.id });
    await eventually(() => expect(part(el, '.name')).toBe('CSAT'));
    el.setAttribute('metric', org.modules.id);
    await eventually(() => expect(part(el, '.name')).toBe('Course modules done'));
    expect(client.watchCalls.map((c) => c.params)).toEqual([{ metricId: org.csat.id }, { metricId: org.modules.id }]);
    expect(client.activeWatchers()).toBe(1);
  });
});

describe('trendOf', () => {
  it('judges a change by progress toward the target, whatever the direction', () => {
    const base = { id: uuidv7(), goalId: uuidv7(), name: 'x', indicator: 'leading' as const };
    const up = metric({ ...base, baseline: 0, target: 10, direction: 'increase' });
    const down = metric({ ...base, baseline: 10, target: 0, direction: 'decrease' });
    const hold = metric({ ...base, baseline: 5, target: 5, direction: 'hold', range: { min: 4, max: 6 } });
    expect(trendOf(up, 3, 4)).toBe('improving');
    expect(trendOf(down, 3, 4)).toBe('worsening');
    expect(trendOf(hold, 9, 7)).toBe('improving');
    expect(trendOf(hold, 4.5, 5.5)).toBe('steady');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineGoals } from './elements';
import { cleanUp, eventually, mount, shadowOf, textOf, withSampleClient, wordsOf } from './testing/mount';
import { goal } from './testing/fixtures';

defineGoals();
afterEach(cleanUp);

const cards = (el: Element) => [...shadowOf(el).querySelectorAll('.goal-card')];
const cardFor = (el: Element, title: string) => cards(el).find((c) => c.querySelector('.title')?.textContent === title)!;

describe('<sightline-goals>', () => {
  it('renders the cascade nested, with rolled-up progress and pace status in words', async () => {
    const { org } = withSampleClient();
    const el = mount('sightline-goals');
    await eventually(() => expect(cards(el)).toHaveLength(4));

    const root = shadowOf(el).querySelector('ul.goals > li')!;
    expect(root.querySelector(':scope > .goal-card .title')!.textContent).toBe('Delight customers');
    const nested = root.querySelectorAll(':scope > ul.children > li > ul.children > li .title');
    expect([...nested].map((n) => n.textContent)).toEqual([org.billing.title, org.articles.title]);

    const expectations: Array<[string, string, string]> = [
      ['Delight customers', '43%', 'On track'],
      ['Resolve tickets faster', '27%', 'At risk'],
      ['Master the billing product', '30%', 'At risk'],
      ['Write help-centre articles', '0%', 'Off track'],
    ];
    for (const [title, percent, status] of expectations) {
      const card = cardFor(el, title);
      const bar = card.querySelector('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuenow')).toBe(percent.replace('%', ''));
      expect(bar.getAttribute('aria-label')).toBe(`Progress of ${title}`);
      expect(card.querySelector('.progress .value')!.textContent).toBe(percent);
      expect((bar.querySelector('.fill') as HTMLElement).style.width).toBe(percent);
      expect(card.querySelector('[part="status"]')!.textContent).toContain(status);
    }
    expect(wordsOf(cardFor(el, 'Master the billing product').querySelector('.meta')!)).toBe('Personal goal · Owner: Ana Ruiz · Team: Support EMEA');
  });

  it('shows each KPI with current vs target and unit, its indicator badge and a sparkline of its history', async () => {
    withSampleClient();
    const el = mount('sightline-goals');
    await eventually(() => expect(cards(el)).toHaveLength(4));

    const csat = cardFor(el, 'Delight customers').querySelector('.kpi-row')!;
    expect(wordsOf(csat)).toBe('CSAT Lagging indicator 86% · target 90%');
    expect(csat.querySelector('svg polyline')!.getAttribute('points')).toBe('0.0,24.0 50.0,12.0 100.0,0.0');
    expect(csat.querySelector('svg')!.getAttribute('aria-label')).toBe('Trend of the last 3 values, from 82% to 86%');

    const reply = cardFor(el, 'Resolve tickets faster').querySelector('.kpi-row')!;
    expect(wordsOf(reply)).toBe('First reply time Leading indicator 5 h · target 2 h');
    // One value is not a trend: no line is drawn.
    expect(cardFor(el, 'Write help-centre articles').querySelector('svg')).toBeNull();
  });

  it('folds sub-goals behind a button that reports its state', async () => {
    withSampleClient();
    const el = mount('sightline-goals');
    await eventually(() => expect(cards(el)).toHaveLength(4));
    const [orgToggle, teamToggle] = [...shadowOf(el).querySelectorAll<HTMLButtonElement>('button.toggle')];

    // Top level open, deeper levels closed.
    expect(orgToggle!.getAttribute('aria-expanded')).toBe('true');
    expect(teamToggle!.getAttribute('aria-expanded')).toBe('false');
    expect(wordsOf(teamToggle!)).toBe('▸ 2 sub-goals of Resolve tickets faster');
    const teamChildren = shadowOf(el).getElementById(teamToggle!.getAttribute('aria-controls')!)!;
    expect(teamChildren.hidden).toBe(true);

    teamToggle!.click();
    await eventually(() => expect(teamToggle!.getAttribute('aria-expanded')).toBe('true'));
    expect(teamChildren.hidden).toBe(false);
    orgToggle!.click();
    await eventually(() => expect(orgToggle!.getAttribute('aria-expanded')).toBe('false'));
  });

  it('passes attributes as the query filter and re-queries when they change', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-goals', { level: 'team', team: org.team.id });
    await eventually(() => expect(cards(el).map((c) => c.querySelector('.title')!.textContent)).toEqual([org.teamGoal.title, org.billing.title, org.articles.title]));
    expect(client.watchCalls.at(-1)).toEqual({ query: 'goalTree', params: { level: 'team', teamId: org.team.id } });

    el.setAttribute('level', 'person');
    el.setAttribute('owner', org.me.id);
    await eventually(() => expect(client.watchCalls.at(-1)!.params).toEqual({ level: 'person', teamId: org.team.id, ownerId: org.me.id }));
    await eventually(() => expect(cards(el)).toHaveLength(2));
    // The old subscription ended when the new one began.
    expect(client.activeWatchers('goalTree')).toBe(1);

    el.setAttribute('level', 'nonsense');
    await eventually(() => expect(client.watchCalls.at(-1)!.params).toEqual({ teamId: org.team.id, ownerId: org.me.id }));
  });

  it('follows data changes and unsubscribes when removed from the page', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-goals', { level: 'org' });
    await eventually(() => expect(textOf(el)).toContain('Delight customers'));
    client.replace('goals', [...client.rows.goals, goal({ title: 'Grow revenue', level: 'org', cycleId: org.cycle.id })]);
    await eventually(() => expect(textOf(el)).toContain('Grow revenue'));

    expect(client.activeWatchers()).toBe(1);
    el.remove();
    expect(client.activeWatchers()).toBe(0);
  });

  it('renders hostile titles and names as text', async () => {
    const { client, org } = withSampleClient();
    const payload = '<img src=x onerror=alert(1)>';
    client.replace('persons', client.rows.persons.map((p) => ({ ...p, name: payload })));
    client.replace('goals', [{ ...org.orgGoal, title: payload, level: 'person', ownerId: org.me.id }]);
    const el = mount('sightline-goals');
    await eventually(() => expect(shadowOf(el).querySelector('.title')?.textContent).toBe(payload));
    expect(textOf(el)).toContain(`Owner: ${payload}`);
    expect(shadowOf(el).querySelector('img')).toBeNull();
  });

  it('shows a skeleton until a client exists, then the goals', async () => {
    const el = mount('sightline-goals');
    expect(shadowOf(el).querySelector('.skeleton')).not.toBeNull();
    withSampleClient();
    await eventually(() => expect(cards(el)).toHaveLength(4));
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkInId, type CheckIn } from '../model';
import { confidenceWord } from './checkin';
import { defineCheckIn } from './elements';
import { cleanUp, eventually, mount, shadowOf, typeInto, withSampleClient } from './testing/mount';
import { NOW, WEEK } from './testing/fixtures';
import { en } from '../i18n/widgets/en';
import { translator } from '../i18n/translate';

defineCheckIn();
afterEach(() => {
  cleanUp();
  vi.useRealTimers();
});

const q = <E extends Element = HTMLElement>(el: Element, selector: string) => shadowOf(el).querySelector<E>(selector);
const legends = (el: Element) => [...shadowOf(el).querySelectorAll('legend')].map((l) => l.textContent);
const slide = (input: HTMLInputElement | null, value: number) => {
  input!.value = String(value);
  input!.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('<sightline-checkin>', () => {
  it('asks about the goals from the checkIn query and submits one check-in per person and week', async () => {
    const { client, org } = withSampleClient();
    const submitted: unknown[] = [];
    document.addEventListener('sightline:submitted', (e) => submitted.push((e as CustomEvent).detail), { once: true });
    const el = mount('sightline-checkin', { week: WEEK });
    await eventually(() => expect(legends(el)).toEqual([org.teamGoal.title, org.billing.title, org.articles.title]));
    expect(q(el, '.week')!.textContent).toMatch(/^Week 46, /);
    expect([...shadowOf(el).querySelectorAll('.week time')].map((t) => t.getAttribute('datetime'))).toEqual(['2026-11-09', '2026-11-15']);

    const billing = q<HTMLInputElement>(el, `#confidence-${org.billing.id}`)!;
    expect(billing.value).toBe('5');
    expect(shadowOf(el).querySelector(`label[for="confidence-${org.billing.id}"]`)!.textContent).toBe('Confidence');
    slide(billing, 8);
    await eventually(() => expect(billing.getAttribute('aria-valuetext')).toBe('8 of 10, very likely'));
    typeInto(q(el, `#note-${org.billing.id}`), 'Finished module 4');
    typeInto(q(el, '#barriers'), 'Queue spikes on Mondays');
    typeInto(q(el, '#learningAction'), 'Shadow a billing specialist');
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();

    await eventually(() => expect(client.mutations).toHaveLength(1));
    const { name, args } = client.mutations[0]!;
    expect(name).toBe('checkin.submit');
    expect(args).toMatchObject({
      id: checkInId(org.me.id, WEEK),
      personId: org.me.id,
      week: WEEK,
      goals: [
        { goalId: org.teamGoal.id, confidence: 5, progressNote: null },
        { goalId: org.billing.id, confidence: 8, progressNote: 'Finished module 4' },
        { goalId: org.articles.id, confidence: 5, progressNote: null },
      ],
      barriers: 'Queue spikes on Mondays',
      supportNeeded: null,
      learningAction: 'Shadow a billing specialist',
    });
    await eventually(() => expect(submitted).toEqual([{ id: checkInId(org.me.id, WEEK), kind: 'checkin' }]));
    await eventually(() => expect(q(el, 'button[type="submit"]')!.textContent).toBe('Update check-in'));
  });

  it('pre-fills the saved check-in of the week and switches when the week changes', async () => {
    const { client, org } = withSampleClient();
    const saved: CheckIn = {
      id: checkInId(org.me.id, WEEK),
      personId: org.me.id,
      week: WEEK,
      goals: [{ goalId: org.articles.id, confidence: 2, progressNote: 'Blocked on reviews' }],
      barriers: 'No reviewer',
      supportNeeded: 'A reviewer from docs',
      learningAction: null,
      submittedAt: NOW.toISOString(),
      orgId: org.me.orgId,
      version: 3,
      updatedAt: NOW.toISOString(),
    };
    client.replace('checkIns', [saved]);
    const el = mount('sightline-checkin', { week: WEEK });
    await eventually(() => expect(q<HTMLInputElement>(el, `#confidence-${org.articles.id}`)?.value).toBe('2'));
    expect(q<HTMLTextAreaElement>(el, `#note-${org.articles.id}`)!.value).toBe('Blocked on reviews');
    expect(q<HTMLTextAreaElement>(el, '#barriers')!.value).toBe('No reviewer');
    expect(q<HTMLTextAreaElement>(el, '#supportNeeded')!.value).toBe('A reviewer from docs');
    expect(q(el, 'button[type="submit"]')!.textContent).toBe('Update check-in');

    el.setAttribute('week', '2026-W47');
    await eventually(() => expect(q<HTMLTextAreaElement>(el, '#barriers')!.value).toBe(''));
    expect(q<HTMLInputElement>(el, `#confidence-${org.articles.id}`)!.value).toBe('5');
    expect(client.watchCalls.filter((c) => c.query === 'checkIn').map((c) => c.params)).toEqual([{ week: WEEK }, { week: '2026-W47' }]);
    expect(client.activeWatchers('checkIn')).toBe(1);
  });

  it('defaults to the current ISO week and rejects a malformed one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 18, 9)); // a Wednesday, local time
    const { client } = withSampleClient();
    const el = mount('sightline-checkin');
    await eventually(() => expect(client.watchCalls.find((c) => c.query === 'checkIn')?.params).toEqual({ week: '2026-W47' }));

    el.setAttribute('week', '2026-47');
    await eventually(() => expect(q(el, '[role="alert"]')?.textContent).toBe('The week attribute must be an ISO week like 2026-W47, not “2026-47”.'));
    expect(client.activeWatchers('checkIn')).toBe(0);
  });

  it('shows model validation next to the goal it concerns', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-checkin', { week: WEEK });
    await eventually(() => expect(q(el, `#note-${org.billing.id}`)).not.toBeNull());
    typeInto(q(el, `#note-${org.billing.id}`), 'x'.repeat(2001));
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await eventually(() => expect(q(el, `#note-${org.billing.id}-error`)?.textContent).toBe('Progress note must be at most 2000 characters'));
    expect(shadowOf(el).activeElement?.id).toBe(`note-${org.billing.id}`);
    expect(client.mutations).toHaveLength(0);
  });

  it('renders hostile goal titles as text', async () => {
    const { client, org } = withSampleClient();
    const payload = '<img src=x onerror=alert(1)>';
    client.replace('goals', [{ ...org.billing, title: payload }]);
    const el = mount('sightline-checkin', { week: WEEK });
    await eventually(() => expect(legends(el)).toEqual([payload]));
    expect(shadowOf(el).querySelector('img')).toBeNull();
  });
});

describe('confidenceWord', () => {
  it('puts every step of the scale into words', () => {
    expect(Array.from({ length: 11 }, (_, n) => confidenceWord(translator(en, 'en'), n))).toEqual([
      'very unlikely', 'very unlikely', 'very unlikely', 'unlikely', 'unlikely', 'unsure', 'likely', 'likely', 'very likely', 'very likely', 'very likely',
    ]);
  });
});

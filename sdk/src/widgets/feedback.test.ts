// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { audienceOf } from './feedback';
import { defineFeedback } from './elements';
import { parseContext } from './form-schemas';
import { DRAFT_DELAY_MS } from './draft';
import { cleanUp, eventually, mount, shadowOf, textOf, typeInto, withSampleClient, wordsOf } from './testing/mount';
import type { SubmittedDetail, ErrorDetail } from './events';
import { en } from '../i18n/widgets/en';
import { translator } from '../i18n/translate';

defineFeedback();
let listening = new AbortController();
afterEach(() => {
  listening.abort();
  listening = new AbortController();
  cleanUp();
  localStorage.clear();
  vi.useRealTimers();
});

const ticket = { tool: 'zendesk', recordType: 'ticket', recordId: '123', url: 'https://acme.zendesk.example/agent/tickets/123', title: 'Refund not received' };

const q = <E extends Element = HTMLElement>(el: Element, selector: string) => shadowOf(el).querySelector<E>(selector);
const body = (el: Element) => q<HTMLTextAreaElement>(el, 'textarea#body');
const submit = (el: Element) => q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
const choose = (el: Element, name: string, value: string) => q<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!.click();

async function ready(el: Element) {
  await eventually(() => expect(body(el)).not.toBeNull());
}

/** Details of the events of `type` that reach `document`; each must bubble and cross shadow roots. */
function events(type: 'sightline:submitted' | 'sightline:error') {
  const seen: unknown[] = [];
  const listener = (e: Event) => seen.push(e.bubbles && e.composed ? (e as CustomEvent).detail : 'not bubbling and composed');
  document.addEventListener(type, listener, { signal: listening.signal });
  return seen;
}

describe('<sightline-feedback>', () => {
  it('validates with the model and names the field next to each message', async () => {
    const { client } = withSampleClient();
    const el = mount('sightline-feedback');
    await ready(el);
    submit(el);

    await eventually(() => expect(q(el, '#subject-error')?.textContent).toBe('Person is required'));
    expect(q(el, '#body-error')!.textContent).toBe('Feedback must not be empty');
    expect(q(el, '#subject')!.getAttribute('aria-invalid')).toBe('true');
    expect(body(el)!.getAttribute('aria-describedby')).toBe('body-hint body-error');
    // Focus goes to the first field that needs attention.
    await eventually(() => expect(shadowOf(el).activeElement?.id).toBe('subject'));
    expect(client.mutations).toHaveLength(0);

    typeInto(body(el), 'x'.repeat(5001));
    submit(el);
    await eventually(() => expect(q(el, '#body-error')!.textContent).toBe('Feedback must be at most 5000 characters'));
  });

  it('submits the right args, including the host record, and reports the outcome', async () => {
    const { client, org } = withSampleClient();
    const submitted = events('sightline:submitted');
    const el = mount('sightline-feedback', { subject: org.peer.id, context: JSON.stringify(ticket) });
    await ready(el);
    expect(wordsOf(q(el, '.linked')!)).toBe('Linked to: Zendesk ticket #123 — Refund not received');
    expect(q<HTMLInputElement>(el, '#subject')!.value).toBe('Chidi Okafor');

    choose(el, 'kind', 'coaching');
    typeInto(body(el), '  Great de-escalation, next time loop in billing earlier.  ');
    const goalSelect = q<HTMLSelectElement>(el, 'select#goal')!;
    goalSelect.value = org.teamGoal.id;
    goalSelect.dispatchEvent(new Event('change', { bubbles: true }));
    const skill = [...shadowOf(el).querySelectorAll('fieldset label')].find((l) => l.textContent?.includes('Empathy'))!;
    skill.querySelector('input')!.click();
    choose(el, 'visibility', 'manager');
    await eventually(() => expect(q<HTMLInputElement>(el, 'input[value="manager"]')!.checked).toBe(true));
    client.setOnline(false);
    submit(el);

    await eventually(() => expect(client.mutations).toHaveLength(1));
    const { name, args } = client.mutations[0]!;
    expect(name).toBe('feedback.create');
    expect(args).toMatchObject({
      subjectId: org.peer.id,
      kind: 'coaching',
      body: 'Great de-escalation, next time loop in billing earlier.',
      goalId: org.teamGoal.id,
      skillIds: [org.empathy.id],
      visibility: 'manager',
      context: { ...ticket, customer: null },
      requestId: null,
    });
    const id = (args as { id: string }).id;
    expect(submitted).toEqual([{ id, kind: 'coaching' } satisfies SubmittedDetail]);
    expect(client.rows.feedback.map((f) => f.id)).toEqual([id]);

    const status = () => q(el, '[role="status"]')!.textContent;
    await eventually(() => expect(status()).toBe('Saved on this device; will sync when online'));
    client.setOnline(true);
    await eventually(() => expect(status()).toBe('Saved on this device; will sync'));
    client.acknowledge();
    await eventually(() => expect(status()).toBe('Saved and synced'));
    // Ready for the next one.
    expect(body(el)!.value).toBe('');
  });

  it('picks a person with the keyboard and explains the audience in their name', async () => {
    withSampleClient();
    const el = mount('sightline-feedback');
    await ready(el);
    const input = q<HTMLInputElement>(el, '#subject')!;
    typeInto(input, 'chi');
    await eventually(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    const options = () => [...shadowOf(el).querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options()).toEqual(['Chidi Okafor']);

    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await eventually(() => expect(input.getAttribute('aria-activedescendant')).toMatch(/^subject-option-/));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await eventually(() => expect(input.value).toBe('Chidi Okafor'));
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(q(el, '#visibility-manager-hint')!.textContent).toBe("You and Chidi Okafor's managers. Chidi Okafor will not see it.");

    // The signed-in person is not offered: feedback on yourself is a self-reflection.
    typeInto(input, '');
    await eventually(() => expect(options()).toEqual(['Bo Chen · Support lead', 'Chidi Okafor', 'Dana Smith']));
    choose(el, 'kind', 'self');
    await eventually(() => expect(q(el, '#subject')).toBeNull());
  });

  it('says saved on this device, not synced, while the sync state it knows predates the save', async () => {
    const { client } = withSampleClient();
    // The sync state arrives on its own (over a port in the extension): hold its updates back.
    const held: Array<() => void> = [];
    const watch = client.watch.bind(client);
    client.watch = ((query: 'sync', params: Record<string, never>, onChange: (state: unknown) => void) =>
      watch(query, params, (state) => {
        if (query === 'sync' && holding) held.push(() => onChange(state));
        else onChange(state);
      })) as typeof client.watch;
    let holding = false;
    const el = mount('sightline-feedback');
    await ready(el);
    // The form knows the last sync: nothing pending, synced before.
    client.acknowledge();
    await eventually(() => expect(client.activeWatchers('sync')).toBeGreaterThan(0));
    holding = true;
    client.setOnline(false); // the server is out of reach; this update is held too
    choose(el, 'kind', 'self');
    typeInto(body(el), 'Kept my calm during the outage.');
    submit(el);
    const status = () => q(el, '[role="status"]')!.textContent;
    await eventually(() => expect(client.mutations).toHaveLength(1));
    await eventually(() => expect(status()).not.toBe('Saving…'));
    expect(status()).toBe('Saved on this device; will sync');
    for (const release of held.splice(0)) release();
    await eventually(() => expect(status()).toBe('Saved on this device; will sync when online'));
  });

  it('submits self-reflection about the signed-in person', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-feedback');
    await ready(el);
    choose(el, 'kind', 'self');
    typeInto(body(el), 'I rushed the handover.');
    submit(el);
    await eventually(() => expect(client.mutations).toHaveLength(1));
    expect(client.mutations[0]!.args).toMatchObject({ kind: 'self', subjectId: org.me.id, visibility: 'subject', context: null });
  });

  it('keeps a draft per subject and record, restores it, and clears it on submit', async () => {
    const { client, org } = withSampleClient();
    const attrs = { subject: org.peer.id, context: JSON.stringify(ticket) };
    const first = mount('sightline-feedback', attrs);
    await ready(first);
    typeInto(body(first), 'Half-written thought');
    first.remove(); // leaving saves at once, without waiting for the debounce

    const again = mount('sightline-feedback', attrs);
    await ready(again);
    expect(body(again)!.value).toBe('Half-written thought');
    // A different record has its own (empty) draft.
    const elsewhere = mount('sightline-feedback', { subject: org.peer.id, context: JSON.stringify({ ...ticket, recordId: '124' }) });
    await ready(elsewhere);
    expect(body(elsewhere)!.value).toBe('');

    submit(again);
    await eventually(() => expect(client.mutations).toHaveLength(1));
    await eventually(() => expect(Object.keys(localStorage).filter((k) => k.startsWith('sightline:draft:'))).toEqual([]));
  });

  it('debounces draft writes while typing', async () => {
    const { org } = withSampleClient();
    const el = mount('sightline-feedback', { subject: org.peer.id });
    await ready(el);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    typeInto(body(el), 'Typing');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50);
    expect(localStorage.length).toBe(0);
    typeInto(body(el), 'Typing more');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50);
    expect(localStorage.length).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(JSON.parse(localStorage.getItem(localStorage.key(0)!)!)).toMatchObject({ body: 'Typing more', subjectId: org.peer.id });
  });

  it('saves a pending draft at once when the page is hidden or left, which a reload does without disconnecting', async () => {
    const { org } = withSampleClient();
    const el = mount('sightline-feedback', { subject: org.peer.id });
    await ready(el);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const savedBody = () => (localStorage.length > 0 ? (JSON.parse(localStorage.getItem(localStorage.key(0)!)!) as { body: string }).body : null);

    typeInto(body(el), 'Written just before a reload');
    window.dispatchEvent(new Event('pagehide'));
    expect(savedBody()).toBe('Written just before a reload');

    typeInto(body(el), 'Written before switching tabs');
    document.dispatchEvent(new Event('visibilitychange')); // still visible: keep debouncing
    expect(savedBody()).toBe('Written just before a reload');
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    hidden.mockRestore();
    expect(savedBody()).toBe('Written before switching tabs');
  });

  it('accepts subject, goal and context as properties, and reports an unusable context', async () => {
    const { org } = withSampleClient();
    const el = document.createElement('sightline-feedback') as HTMLElement & { subject: string; goal: string; context: unknown };
    el.subject = org.peer.id;
    el.goal = org.teamGoal.id;
    el.context = ticket;
    document.body.append(el);
    await ready(el);
    expect(q<HTMLSelectElement>(el, 'select#goal')!.value).toBe(org.teamGoal.id);
    expect(textOf(el)).toContain('Linked to: Zendesk ticket #123');

    el.context = { ...ticket, url: 'javascript:alert(1)' };
    await eventually(() => expect(textOf(el)).toContain("Not linked to this page's record: url must be an http(s) URL"));
    expect(textOf(el)).not.toContain('Linked to:');
  });

  it('shows a failed save, keeps the input and tells the page', async () => {
    const { client, org } = withSampleClient();
    const failed = events('sightline:error');
    const el = mount('sightline-feedback', { subject: org.peer.id });
    await ready(el);
    typeInto(body(el), 'Thanks!');
    client.failNextMutate = new Error('storage is full');
    submit(el);
    await eventually(() => expect(q(el, '[role="alert"]')?.textContent).toBe('Could not save: storage is full'));
    expect(failed).toEqual([{ message: 'storage is full', issues: [] } satisfies ErrorDetail]);

    // A validation error raised by the engine lands next to its field too.
    client.failNextMutate = Object.assign(new Error('invalid'), { issues: [{ path: ['body'], message: 'is not allowed here' }] });
    submit(el);
    await eventually(() => expect(q(el, '#body-error')?.textContent).toBe('Feedback is not allowed here'));
    expect(client.mutations).toHaveLength(0);
    expect(body(el)!.value).toBe('Thanks!');
  });

  it('renders hostile names as text', async () => {
    const { client } = withSampleClient();
    const payload = '<img src=x onerror=alert(1)>';
    client.replace('persons', client.rows.persons.map((p) => ({ ...p, name: payload })));
    const el = mount('sightline-feedback');
    await ready(el);
    typeInto(q(el, '#subject'), '<img');
    await eventually(() => expect(shadowOf(el).querySelectorAll('[role="option"]').length).toBe(3));
    expect(shadowOf(el).querySelector('[role="option"]')!.textContent).toContain(payload);
    expect(shadowOf(el).querySelector('img')).toBeNull();
  });
});

describe('audienceOf / parseContext', () => {
  const english = translator(en, 'en');
  it('says who will see it in plain words', () => {
    expect(audienceOf(english, 'private', 'Chidi', false)).toBe('Only you. A private note.');
    expect(audienceOf(english, 'subject', 'Chidi', false)).toBe("You, Chidi and Chidi's managers.");
    expect(audienceOf(english, 'manager', null, false)).toBe("You and the person's managers. The person will not see it.");
    expect(audienceOf(english, 'manager', null, true)).toBe('You and your managers.');
    expect(audienceOf(english, 'subject', null, true)).toBe('You and your managers, the same as Managers only.');
    expect(audienceOf(english, 'org', null, false)).toBe('Everyone in your organisation.');
  });

  it('starts every sentence of every hint with a capital', () => {
    const visibilities = ['private', 'manager', 'subject', 'org'] as const;
    const hints = visibilities.flatMap((v) => [audienceOf(english, v, null, false), audienceOf(english, v, 'Chidi', false), audienceOf(english, v, null, true)]);
    const sentences = hints.flatMap((hint) => hint.split(/(?<=\.) /));
    expect(sentences.filter((sentence) => !/^[A-Z]/.test(sentence))).toEqual([]);
  });

  it('explains why a context cannot be used', () => {
    expect(parseContext(null)).toEqual({ context: null, problem: null });
    expect(parseContext('{not json').problem).toMatch(/^context /);
    expect(parseContext({ ...ticket, tool: 'myspace' }).problem).toMatch(/^tool /);
  });
});

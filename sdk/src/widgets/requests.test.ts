// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineRequests } from './elements';
import { cleanUp, eventually, mount, shadowOf, textOf, withSampleClient } from './testing/mount';
import { feedbackRequest as asked } from './testing/fixtures';

defineRequests();
afterEach(cleanUp);

const root = (el: Element) => shadowOf(el);

describe('<sightline-requests>', () => {
  it('says so when nobody is waiting for the viewer', async () => {
    withSampleClient();
    const el = mount('sightline-requests');
    await eventually(() => expect(textOf(el)).toContain('Nobody is waiting for feedback from you.'));
  });

  it('lists requests soonest due first, and an answer is feedback linked to the request that leaves the inbox', async () => {
    const { client, org } = withSampleClient();
    const late = asked({ recipientId: org.me.id, requesterId: org.peer.id, subjectId: org.peer.id, dueOn: '2026-11-10' });
    const later = asked({ recipientId: org.me.id, requesterId: org.manager.id, subjectId: org.other.id, dueOn: '2026-11-20', prompt: 'How is the handover going?' });
    client.replace('feedbackRequests', [later, late, asked({ recipientId: org.peer.id, requesterId: org.me.id, subjectId: org.me.id })]);
    const el = mount('sightline-requests');
    await eventually(() => expect(root(el).querySelectorAll('li')).toHaveLength(2));
    const [first, second] = [...root(el).querySelectorAll('li')];
    expect(first!.querySelector('.asker')!.textContent).toBe(`${org.peer.name} asks for feedback about their work`);
    expect(first!.querySelector('.due')!.textContent).toMatch(/^Overdue since /);
    expect(second!.querySelector('.asker')!.textContent).toBe(`${org.manager.name} asks for feedback about ${org.other.name}`);
    expect(second!.querySelector('.prompt')!.textContent).toBe('How is the handover going?');

    (first!.querySelector('button') as HTMLButtonElement).click();
    await eventually(() => expect(root(el).querySelector('textarea')).not.toBeNull());
    const textarea = root(el).querySelector('textarea')!;
    root(el).querySelector('form')!.requestSubmit();
    await eventually(() => expect(root(el).querySelector('#body-error')?.textContent).toMatch(/^Your answer /));
    expect(client.mutations).toEqual([]);

    textarea.value = 'Clear, calm and on time.';
    textarea.dispatchEvent(new Event('input'));
    root(el).querySelector('form')!.requestSubmit();
    await eventually(() => expect(client.mutations).toHaveLength(1));
    expect(client.mutations[0]).toMatchObject({ name: 'feedback.create', args: { requestId: late.id, subjectId: org.peer.id, kind: 'praise', visibility: 'subject', body: 'Clear, calm and on time.' } });
    await eventually(() => expect(root(el).querySelectorAll('li')).toHaveLength(1));
    expect(root(el).querySelector('[role="status"]')!.textContent).toMatch(/^Saved/);
  });

  it('speaks German with lang="de": the asker, the due date as German writes it, the answer form', async () => {
    const { client, org } = withSampleClient();
    client.replace('feedbackRequests', [asked({ recipientId: org.me.id, requesterId: org.peer.id, subjectId: org.peer.id, dueOn: '2026-11-10' })]);
    const el = mount('sightline-requests', { lang: 'de' });
    await eventually(() => expect(root(el).querySelectorAll('li')).toHaveLength(1));
    expect(root(el).querySelector('ul')!.getAttribute('aria-label')).toBe('Feedback-Anfragen an Sie');
    expect(root(el).querySelector('.asker')!.textContent).toBe(`${org.peer.name} bittet um Feedback zur eigenen Arbeit`);
    expect(root(el).querySelector('.due')!.textContent).toBe('Überfällig seit dem 10.11.2026');

    (root(el).querySelector('li button') as HTMLButtonElement).click();
    await eventually(() => expect(root(el).querySelector('textarea')).not.toBeNull());
    expect([...root(el).querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Lob: etwas, das gut gelungen ist',
      'Coaching: etwas, das anders besser ginge',
      'Beobachtung: was Sie gesehen haben, ohne Urteil',
    ]);
    expect(textOf(el)).toContain(`Sichtbar für ${org.peer.name} und die zugehörigen Führungskräfte.`);
    expect(root(el).querySelector('button[type="submit"]')!.textContent).toBe('Antwort senden');
  });
});

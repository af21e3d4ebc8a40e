// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineFeedbackFeed } from './elements';
import { cleanUp, eventually, mount, shadowOf, textOf, withSampleClient } from './testing/mount';
import { feedback as given } from './testing/fixtures';

defineFeedbackFeed();
afterEach(cleanUp);

const bodies = (el: Element) => [...shadowOf(el).querySelectorAll('.body')].map((b) => b.textContent);

describe('<sightline-feedback-feed>', () => {
  it("shows the viewer's received feedback by default, a named person's when asked, limited", async () => {
    const { client, org } = withSampleClient();
    client.replace('feedback', [
      given({ authorId: org.peer.id, subjectId: org.me.id, body: 'Thanks for the cover.' }),
      given({ authorId: org.manager.id, subjectId: org.me.id, kind: 'coaching', body: 'Shorter replies.' }),
      given({ authorId: org.me.id, subjectId: org.peer.id, body: 'Great demo.', visibility: 'org' }),
    ]);
    const mine = mount('sightline-feedback-feed');
    await eventually(() => expect(bodies(mine)).toEqual(['Thanks for the cover.', 'Shorter replies.']));
    expect(shadowOf(mine).querySelector('.meta')!.textContent).toContain(`from ${org.peer.name}`);

    const peers = mount('sightline-feedback-feed', { person: org.peer.id, limit: '1' });
    await eventually(() => expect(bodies(peers)).toEqual(['Great demo.']));
    mine.setAttribute('limit', '1');
    await eventually(() => expect(bodies(mine)).toEqual(['Thanks for the cover.']));
  });

  it('with kind="recognition" shows only praise shared with everyone, naming both people', async () => {
    const { client, org } = withSampleClient();
    client.replace('feedback', [
      given({ authorId: org.me.id, subjectId: org.peer.id, body: 'Great demo.', visibility: 'org' }),
      given({ authorId: org.peer.id, subjectId: org.me.id, body: 'Between us.' }),
      given({ authorId: org.peer.id, subjectId: org.me.id, kind: 'coaching', body: 'Open coaching.', visibility: 'org' }),
    ]);
    const el = mount('sightline-feedback-feed', { kind: 'recognition' });
    await eventually(() => expect(bodies(el)).toEqual(['Great demo.']));
    expect(shadowOf(el).querySelector('.meta')!.textContent).toContain(`from ${org.me.name} to ${org.peer.name}`);
    client.replace('feedback', []);
    await eventually(() => expect(textOf(el)).toBe('No recognition shared yet.'));
  });

  it('speaks German with lang="de": the kind, who gave it to whom, the day as German writes it', async () => {
    const { client, org } = withSampleClient();
    client.replace('feedback', [given({ authorId: org.me.id, subjectId: org.peer.id, body: 'Great demo.', visibility: 'org' })]);
    const el = mount('sightline-feedback-feed', { kind: 'recognition', lang: 'de' });
    await eventually(() => expect(bodies(el)).toEqual(['Great demo.']));
    expect(shadowOf(el).querySelector('ul')!.getAttribute('aria-label')).toBe('Anerkennung');
    expect(shadowOf(el).querySelector('.kind')!.textContent).toBe('Lob');
    expect(shadowOf(el).querySelector('.meta .muted')!.textContent).toMatch(new RegExp(`^von ${org.me.name} an ${org.peer.name} · \\d{2}\\.\\d{2}\\.\\d{4}$`));
    client.replace('feedback', []);
    await eventually(() => expect(textOf(el)).toBe('Noch keine Anerkennung geteilt.'));
  });
});

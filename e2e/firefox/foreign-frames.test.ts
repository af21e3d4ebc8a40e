/**
 * Pages that load Sightline's frames without our content script, in Firefox: an unrelated site
 * framing the panel's URL with a record of its choosing (and a made-up hello over a
 * MessageChannel), and a third-party frame inside a granted tool page doing the same. None of
 * them gets a panel, a form or the record, and the page around learns nothing; our own panel
 * beside them gets its record through the nonce handshake and shows real data.
 */
import { expect, it } from 'vitest';
import { TOOL_PAGES } from '../extension/support/tool-pages';
import type { Scope } from './support/driver';
import { panelPayload, recordPanel } from './support/record-panel';
import { describeInFirefox } from './support/session';

const EMAIL = 'tomas.silva@northwind.example';
const TICKET = TOOL_PAGES.zendesk;
const FOREIGN = 'https://news.other-site.example/';
const FOREIGN_PAGE = `<!doctype html><html lang="en"><head><title>Daily news</title></head><body><h1>Daily news</h1></body></html>`;

/**
 * What a hostile document does: records what extension frames post to it, frames the panel URL
 * twice with a forged record in the fragment, and sends the second a hello with a nonce it made
 * up and a channel to listen on.
 */
function frameThePanel(host: Scope, extensionOrigin: string): Promise<void> {
  return host.run((origin: string) => {
    const seen: unknown[] = [];
    (window as unknown as { sightlineLeaks: unknown[] }).sightlineLeaks = seen;
    addEventListener('message', (event) => event.origin === origin && seen.push(event.data));
    const record = { tool: 'zendesk', recordType: 'ticket', recordId: '1', url: 'https://acme.zendesk.com/agent/tickets/1', title: 'Forged', customer: null };
    const src = `${origin}/record-panel.html#${encodeURIComponent(JSON.stringify({ label: 'Zendesk', category: 'ticketing', record }))}`;
    for (const name of ['silent', 'forged-hello']) {
      const frame = document.createElement('iframe');
      frame.name = name;
      frame.src = src;
      document.body.append(frame);
      if (name === 'forged-hello') {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => seen.push(event.data);
        frame.addEventListener('load', () => frame.contentWindow!.postMessage({ type: 'sightline:frame-hello', nonce: crypto.randomUUID() }, '*', [channel.port2]));
      }
    }
  }, extensionOrigin);
}

const leaks = (host: Scope) => host.run(() => (window as unknown as { sightlineLeaks: unknown[] }).sightlineLeaks);

/** The forged frame is refused and says so; the one nobody greeted stays empty; neither shows a widget. */
async function showsNothing(host: Scope): Promise<void> {
  const forged = host.frame(['iframe[name="forged-hello"]']);
  const silent = host.frame(['iframe[name="silent"]']);
  await forged.waitForElement(['#app[data-state="refused"]']);
  expect(await forged.textOf(['#app'])).toMatch(/^Sightline is not available here/);
  expect(await silent.run(() => ({ text: document.querySelector('#app')?.textContent, state: document.querySelector<HTMLElement>('#app')?.dataset.state ?? null }))).toEqual({ text: '', state: null });
  for (const frame of [silent, forged]) {
    expect(await frame.run(() => document.querySelectorAll('sightline-feedback, sightline-kpi, sightline-goals, main').length)).toBe(0);
  }
}

describeInFirefox('frames nobody but our content script opened, in Firefox', { email: EMAIL, pages: [TICKET], sites: [{ url: FOREIGN, html: FOREIGN_PAGE }] }, (session) => {
  const extensionOrigin = () => session().options.run(() => location.origin);

  it('an unrelated site that frames the panel URL gets nothing', async () => {
    const page = await session().open({ url: FOREIGN });
    await frameThePanel(page, await extensionOrigin());
    await showsNothing(page);
    expect(await leaks(page)).toEqual([]);
    await page.close();
  });

  it('a third-party frame inside a granted tool page gets nothing either, while our panel beside it gets its record and works', async () => {
    const page = await session().open(TICKET);
    await recordPanel(page).waitForElement(['[data-testid="ticketing-panel"]'], { text: 'Median first response time' });
    expect(await panelPayload(session().options, page)).toEqual({ label: TICKET.label, category: TICKET.category, record: TICKET.record, outcome: null });
    // Nothing about the record is in the frame's address any more.
    const src = await page.run(() => document.querySelector('sightline-record-panel')!.shadowRoot!.querySelector('iframe')!.src);
    expect(new URL(src).hash).toBe('');

    // A tool's app frame from another origin (as ticketing tools embed apps) turns hostile.
    await page.run((url: string) => {
      const app = document.createElement('iframe');
      app.name = 'third-party-app';
      app.src = url;
      document.body.append(app);
    }, FOREIGN);
    const app = page.frame(['iframe[name="third-party-app"]']);
    await app.waitForElement(['h1'], { text: 'Daily news' });
    await frameThePanel(app, await extensionOrigin());
    await showsNothing(app);
    expect(await leaks(app)).toEqual([]);
    await page.close();
  });
});

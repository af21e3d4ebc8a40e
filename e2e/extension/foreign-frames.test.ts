/**
 * Pages that load Sightline's frames without our content script: an unrelated site framing the
 * panel's URL with a record of its choosing (and a made-up hello), and a third-party frame
 * inside a granted tool page doing the same. None of them gets a panel, a form or the record,
 * and the page around learns nothing, not even the frame's height.
 */
import type { Frame, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { recordFrame, recordPanel } from './support/record-panel';
import { describeWithExtension } from './support/session';
import { TOOL_PAGES } from './support/tool-pages';

const EMAIL = 'tomas.silva@northwind.example';
const FOREIGN = 'https://news.other-site.example/';
const FOREIGN_PAGE = `<!doctype html><html lang="en"><head><title>Daily news</title></head><body><h1>Daily news</h1></body></html>`;

/** Messages any window of the page receives from an extension frame, recorded from before its own scripts run. */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { sightlineLeaks: unknown[] }).sightlineLeaks = seen;
    addEventListener('message', (event) => event.origin.startsWith('chrome-extension://') && seen.push(event.data));
  });
}

const leaks = (frame: Page | Frame) => frame.evaluate(() => (window as unknown as { sightlineLeaks: unknown[] }).sightlineLeaks);

/**
 * What a hostile page does in `host`: frames the panel URL twice with a forged record in the
 * fragment, and sends the second a hello with a nonce it made up and a channel to listen on.
 */
async function frameThePanel(host: Page | Frame, extensionId: string): Promise<void> {
  await host.evaluate((id) => {
    const record = { tool: 'zendesk', recordType: 'ticket', recordId: '1', url: 'https://acme.zendesk.com/agent/tickets/1', title: 'Forged', customer: null };
    const src = `chrome-extension://${id}/record-panel.html#${encodeURIComponent(JSON.stringify({ label: 'Zendesk', category: 'ticketing', record }))}`;
    for (const name of ['silent', 'forged-hello']) {
      const frame = document.createElement('iframe');
      frame.name = name;
      frame.src = src;
      document.body.append(frame);
      if (name === 'forged-hello') {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => (window as unknown as { sightlineLeaks: unknown[] }).sightlineLeaks.push(event.data);
        frame.addEventListener('load', () => frame.contentWindow!.postMessage({ type: 'sightline:frame-hello', nonce: crypto.randomUUID() }, '*', [channel.port2]));
      }
    }
  }, extensionId);
}

/** The two panel frames the hostile page made, once the forged one was refused. */
async function refusedFrames(page: Page) {
  const byName = (name: string) => page.frames().find((frame) => frame.name() === name && frame.url().includes('/record-panel.html'));
  await expect.poll(() => !!byName('silent') && !!byName('forged-hello')).toBe(true);
  const forged = byName('forged-hello')!;
  await forged.locator('#app[data-state="refused"]').waitFor();
  return { silent: byName('silent')!, forged };
}

async function showsNothing({ silent, forged }: { silent: Frame; forged: Frame }) {
  expect(await forged.locator('#app').textContent()).toMatch(/^Sightline is not available here/);
  // The frame nobody greeted never connected: an empty page.
  expect(await silent.locator('#app').evaluate((app) => ({ text: app.textContent, state: (app as HTMLElement).dataset.state ?? null }))).toEqual({ text: '', state: null });
  for (const frame of [silent, forged]) {
    expect(await frame.locator('sightline-feedback, sightline-kpi, sightline-goals, main').count()).toBe(0);
  }
}

describeWithExtension('frames nobody but our content script opened', { email: EMAIL, pages: [TOOL_PAGES.zendesk], sites: [{ url: FOREIGN, html: FOREIGN_PAGE }] }, (session) => {
  it('an unrelated site that frames the panel URL gets nothing, not even its height', async () => {
    const { browser } = session();
    const page = await browser.context.newPage();
    await recordMessages(page);
    await page.goto(FOREIGN);
    await frameThePanel(page, browser.extensionId);
    await showsNothing(await refusedFrames(page));
    expect(await leaks(page)).toEqual([]);
    await page.close();
  });

  it('a third-party frame inside a granted tool page gets nothing either, while our panel beside it works and leaks nothing', async () => {
    const { browser } = session();
    const page = await browser.context.newPage();
    await recordMessages(page);
    await page.goto(TOOL_PAGES.zendesk.url);
    await recordPanel(page).getByText('Median first response time', { exact: true }).waitFor();
    // The panel grew to fit its content: its size went to the content script, not to the page.
    await expect.poll(() => recordFrame(page).evaluate((frame) => frame.getBoundingClientRect().height)).toBeGreaterThan(120);

    // A tool's app frame from another origin (as ticketing tools embed apps) turns hostile.
    await page.evaluate((src) => {
      const app = document.createElement('iframe');
      app.name = 'third-party-app';
      app.src = src;
      document.body.append(app);
    }, FOREIGN);
    await expect.poll(() => page.frames().some((frame) => frame.name() === 'third-party-app' && frame.url() === FOREIGN)).toBe(true);
    const app = page.frames().find((frame) => frame.name() === 'third-party-app')!;
    await frameThePanel(app, browser.extensionId);
    await showsNothing(await refusedFrames(page));
    expect(await leaks(page)).toEqual([]);
    expect(await leaks(app)).toEqual([]);
    await page.close();
  });
});

/**
 * The widgets in a real Chromium: the embed bundle built with esbuild, served from 127.0.0.1
 * under a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'), checked with
 * axe-core in light and dark themes, driven by the keyboard. Skipped, with a warning, only when
 * no Chromium binary can be found (set CHROMIUM_PATH to point at one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sightline widgets</title>
<link rel="stylesheet" href="/page.css">
<script type="module" src="/widgets.js"></script>
</head>
<body>
<main>
<h1>Sightline widgets</h1>
<section id="light" aria-label="Light theme"></section>
<section id="dark" aria-label="Dark theme"></section>
</main>
</body>
</html>`;

/** The host page's own styles: a dark section needs a dark page behind it for contrast to mean anything. */
const PAGE_CSS = `
body { margin: 0; font: 16px system-ui, sans-serif; background: #ffffff; color: #1b1f24; }
section { display: grid; gap: 16px; padding: 16px; }
#dark { background: #0d1117; color: #e6edf3; }
`;

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => chromium.executablePath()), '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const executablePath = findChromium();
if (!executablePath) console.warn('widgets.browser.test.ts skipped: no Chromium found; set CHROMIUM_PATH');

describe.skipIf(!executablePath)('widgets in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('./testing/browser-page.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      write: false,
      logLevel: 'silent',
    });
    const files: Record<string, [string, string]> = {
      '/': ['text/html', PAGE],
      '/page.css': ['text/css', PAGE_CSS],
      '/widgets.js': ['text/javascript', bundle.outputFiles[0]!.text],
      '/axe.js': ['text/javascript', readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')],
    };
    server = createServer((req, res) => {
      const file = files[req.url ?? ''];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0], 'content-security-policy': CSP }).end(file[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: executablePath!, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A fresh page with every widget rendered, recording CSP violations from the very start. */
  async function open(): Promise<Page> {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
    });
    await page.goto(origin);
    await page.locator('sightline-checkin button[type="submit"]').first().waitFor();
    await page.locator('sightline-sync-status li').first().waitFor();
    await expect.poll(() => page.locator('.goal-card').count()).toBe(8);
    await page.addScriptTag({ url: '/axe.js' }); // served from 'self': the CSP allows it
    return page;
  }

  async function axeViolations(page: Page) {
    const result = await page.evaluate(() =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      }),
    );
    return result.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }

  it('every widget passes axe in light and dark themes', async () => {
    const page = await open();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('stays accessible with validation errors shown and the person picker open', async () => {
    const page = await open();
    const feedback = page.locator('#light sightline-feedback');
    await feedback.locator('button[type="submit"]').click();
    await expect.poll(() => feedback.locator('#body-error').textContent()).toBe('Feedback must not be empty');
    // The first field in error has focus, visibly.
    expect(await feedback.locator('#body').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement && getComputedStyle(el).outlineStyle)).toBe('solid');

    const picker = page.locator('#dark sightline-feedback #subject');
    await picker.fill('');
    await picker.pressSequentially('o');
    await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('true');

    // An answer to a request, sent empty: its error next to the field, focused.
    const inbox = page.locator('#light sightline-requests');
    await inbox.getByRole('button', { name: 'Answer' }).click();
    await inbox.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => inbox.locator('#body-error').textContent()).toBe('Your answer must not be empty');
    expect(await inbox.locator('#body').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('is operable from the keyboard with a visible focus ring', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const host = document.activeElement!;
        const inner = host.shadowRoot?.activeElement as HTMLElement | null;
        return { host: host.tagName.toLowerCase(), text: inner?.textContent?.trim(), expanded: inner?.getAttribute('aria-expanded'), outline: inner && getComputedStyle(inner).outlineStyle };
      });
    expect(await focused()).toEqual({ host: 'sightline-goals', text: '▸ 1 sub-goal of Delight customers', expanded: 'true', outline: 'solid' });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).expanded).toBe('false');

    const picker = page.locator('#light sightline-feedback #subject');
    await picker.fill('');
    await picker.pressSequentially('bo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('Bo Chen');
    await page.close();
  }, 30_000);

  it('runs under the strict CSP without a single violation, styles and bar widths applied', async () => {
    const page = await open();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    const card = page.locator('#light sightline-kpi article');
    expect(await card.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('8px');
    // 50% progress, set through the CSSOM, which the CSP allows.
    expect(await card.locator('.fill').evaluate((el) => el.getBoundingClientRect().width / el.parentElement!.getBoundingClientRect().width)).toBeCloseTo(0.5, 1);
    const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('#dark sightline-kpi article')).toBe('rgb(13, 17, 23)');

    // Without a theme attribute the system preference decides; theme="light" pins light.
    await page.locator('#dark sightline-kpi').evaluate((el) => el.removeAttribute('theme'));
    expect(await background('#dark sightline-kpi article')).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background('#dark sightline-kpi article')).toBe('rgb(13, 17, 23)');
    expect(await background('#light sightline-kpi article')).toBe('rgb(255, 255, 255)');
    await page.close();
  }, 30_000);
});

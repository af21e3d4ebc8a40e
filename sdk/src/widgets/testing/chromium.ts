/**
 * TEST HELPER: a test page entry bundled with esbuild and served from 127.0.0.1 with a strict
 * Content-Security-Policy, and the system Chromium driven by playwright-core. `executablePath`
 * is null when no Chromium binary can be found (set CHROMIUM_PATH); tests then skip.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

export const executablePath: string | null =
  [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p): p is string => !!p && existsSync(p),
  ) ?? null;

export interface TestSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `html` at `/`, `css` at `/page.css` and the bundled `entry` at `/widgets.js`. */
export async function serveInChromium({ entry, html, css }: { entry: string; html: string; css: string }): Promise<TestSite> {
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', write: false, logLevel: 'silent' });
  const files: Record<string, [string, string]> = {
    '/': ['text/html', html],
    '/page.css': ['text/css', css],
    '/widgets.js': ['text/javascript', bundle.outputFiles[0]!.text],
  };
  const server: Server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0], 'content-security-policy': CSP }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: executablePath!, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

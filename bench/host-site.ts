/**
 * A plain host page on an origin of its own (as an intranet is), loading the SDK from the
 * Sightline server under a strict CSP: `host.html` with one of each widget, `host-bare.html`
 * the same page without them. The widget page embeds as docs/embedding.md advises for LCP:
 * the placeholder rules appended to the page's own stylesheet, and the init snippet inline,
 * allowed by its hash, so Sightline adds no request before the page's first paint.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const PAGES = join(import.meta.dirname, 'vitals-pages');
const read = (file: string) => readFileSync(file, 'utf8');

export interface HostSite {
  origin: string;
  close(): Promise<void>;
}

export async function startHostSite(sightline: string, metricId: string, token: string): Promise<HostSite> {
  const loader = read(join(PAGES, 'sightline-init.js'));
  const loaderHash = createHash('sha256').update(loader).digest('base64');
  const hostCss = read(join(PAGES, 'host.css'));
  const fill = (html: string) => html.replaceAll('%SIGHTLINE%', sightline).replaceAll('%METRIC%', metricId).replaceAll('%TOKEN%', token).replace('%LOADER%', () => loader);
  const files: Record<string, { type: string; body: () => string }> = {
    '/host.html': { type: 'text/html; charset=utf-8', body: () => fill(read(join(PAGES, 'host.html'))) },
    '/host-bare.html': { type: 'text/html; charset=utf-8', body: () => read(join(PAGES, 'host-bare.html')) },
    '/host.css': { type: 'text/css', body: () => hostCss },
    // What a host's build makes of `@import "sightline.css"` in its own stylesheet.
    '/host-with-sightline.css': { type: 'text/css', body: () => read(join(import.meta.dirname, '../sdk/dist/sightline.css')) + hostCss },
  };
  const csp = [`default-src 'self'`, `script-src 'self' 'sha256-${loaderHash}' ${sightline}`, `style-src 'self'`, `connect-src ${sightline}`, `base-uri 'none'`, `object-src 'none'`].join('; ');
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://host').pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'content-security-policy': csp, 'cache-control': 'no-cache' }).end(file.body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

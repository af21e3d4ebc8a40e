/**
 * A plain host page on an origin of its own (as an intranet is), loading the SDK from the
 * Sightline server under a strict CSP: `host.html` with one of each widget, `host-bare.html`
 * the same page without them. `%SIGHTLINE%` and `%METRIC%` in a page are filled in per server.
 * The page serves the SDK's `sightline.css` itself, as docs/embedding.md advises: a
 * render-blocking stylesheet from another origin would cost a connection before its first paint.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const PAGES = join(import.meta.dirname, 'vitals-pages');
const FILES: Record<string, string> = {
  '/host.html': join(PAGES, 'host.html'),
  '/host-bare.html': join(PAGES, 'host-bare.html'),
  '/host.css': join(PAGES, 'host.css'),
  '/host.js': join(PAGES, 'host.js'),
  '/sightline.css': join(import.meta.dirname, '../sdk/dist/sightline.css'),
};
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

export interface HostSite {
  origin: string;
  close(): Promise<void>;
}

export async function startHostSite(sightline: string, metricId: string): Promise<HostSite> {
  const csp = [`default-src 'self'`, `script-src 'self' ${sightline}`, `style-src 'self'`, `connect-src ${sightline}`, `base-uri 'none'`, `object-src 'none'`].join('; ');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = FILES[path];
    if (!file) return void res.writeHead(404).end();
    const body = readFileSync(file, 'utf8').replaceAll('%SIGHTLINE%', sightline).replaceAll('%METRIC%', metricId);
    res.writeHead(200, { 'content-type': TYPES[extname(path)]!, 'content-security-policy': csp, 'cache-control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The tools' record pages over HTTPS on a loopback port: each fixture at its tool's address
 * (the browser maps the tools' hostnames here), each foreign site's page at its own, anything
 * else a 404.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { SelfSignedCert } from './tls';
import type { ToolPage } from './tool-pages';

const FIXTURES = fileURLToPath(new URL('../../../extension/hosts/fixtures/', import.meta.url));

export interface HostServer {
  port: number;
  close(): Promise<void>;
}

/** A page of a site that is no tool, served as it is. */
export interface SitePage {
  url: string;
  html: string;
}

export function serveToolPages(pages: readonly ToolPage[], tls: SelfSignedCert, sites: readonly SitePage[] = []): Promise<HostServer> {
  const byAddress = new Map<string, string | Buffer>([
    ...pages.map((page) => [addressOf(new URL(page.url)), readFileSync(FIXTURES + page.fixture)] as const),
    ...sites.map((site) => [addressOf(new URL(site.url)), site.html] as const),
  ]);
  const server = createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    const html = byAddress.get(addressOf(new URL(request.url ?? '/', `https://${request.headers.host}`)));
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not a fixture page');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}

/** Host and path: the query and fragment do not pick the fixture. */
const addressOf = (url: URL) => `${url.hostname}${url.pathname}`;

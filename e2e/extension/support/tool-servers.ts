/**
 * The servers an extension session talks to, in this process: the backend (demo org, dev
 * sign-in) in a data directory of its own, which can be stopped and started again on the same
 * port and data as an outage; and the tools' pages over HTTPS at their own hostnames.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddCleanup } from '../../support/describe-session';
import { startBackend, type Backend } from './backend';
import { serveToolPages, type SitePage } from './host-server';
import { selfSignedCert, type SelfSignedCert } from './tls';
import { hostnameOf, type ToolPage } from './tool-pages';

export interface ToolServers {
  /** The running backend; throws while it is stopped. */
  readonly backend: Backend;
  /** The tools' hostnames, all served on `hostPort` of 127.0.0.1 with `tls`. */
  hostnames: string[];
  hostPort: number;
  tls: SelfSignedCert;
  stopBackend(): Promise<void>;
  /** Starts the backend again on the port and data it had. */
  restartBackend(): Promise<void>;
}

/** `sites` are pages of sites that are no tool, served beside the tools' (foreign-page tests). */
export async function startToolServers(pages: readonly ToolPage[], addCleanup: AddCleanup, sites: readonly SitePage[] = []): Promise<ToolServers> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sightline-e2e-extension-data-'));
  addCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  let backend: Backend | null = await startBackend(dataDir);
  addCleanup(() => backend?.stop());
  const { port } = backend;

  const hostnames = [...new Set([...pages.map(hostnameOf), ...sites.map((site) => new URL(site.url).hostname)])];
  const tls = selfSignedCert(hostnames);
  const hosts = await serveToolPages(pages, tls, sites);
  addCleanup(() => hosts.close());

  return {
    get backend() {
      if (!backend) throw new Error('the backend is stopped');
      return backend;
    },
    hostnames,
    hostPort: hosts.port,
    tls,
    async stopBackend() {
      await backend?.stop();
      backend = null;
    },
    async restartBackend() {
      backend = await startBackend(dataDir, port);
    },
  };
}

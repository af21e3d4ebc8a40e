/**
 * Stopping the extension's service worker the way Chrome does when it is idle, through
 * DevTools' ServiceWorker domain (what chrome://serviceworker-internals uses). Opened from a
 * blank tab of the profile, the domain reports every worker of it, the extension's included.
 * Chrome keeps the worker's DevTools target across restarts, so playwright's Worker sees no
 * close; the version's running status is what tells that it stopped.
 */
import type { BrowserContext } from 'playwright-core';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/** Stops the worker running `scriptUrl` and resolves once Chrome reports it stopped. */
export async function stopServiceWorker(context: BrowserContext, scriptUrl: string): Promise<void> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  try {
    const stopped = new Promise<void>((resolve, reject) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const { versionId, scriptURL, runningStatus } of versions) {
          if (scriptURL !== scriptUrl) continue;
          const status = runningStatus as RunningStatus;
          if (status === 'stopped') resolve();
          else if (status === 'running') cdp.send('ServiceWorker.stopWorker', { versionId }).catch(reject);
        }
      });
    });
    // Enabling reports the current versions at once, which starts the stop above.
    await cdp.send('ServiceWorker.enable');
    await stopped;
  } finally {
    await cdp.detach();
    await tab.close();
  }
}

/**
 * An optional service worker for intranets (built to `sdk/dist/sightline-sw.js`): it keeps the
 * Sightline SDK files in the page origin's Cache Storage, so the widgets start even when the
 * browser's HTTP cache was cleared or never kept them, and the Sightline server is unreachable.
 * Hashed chunks never change and are served from the cache first; entry files are served from
 * the cache and refreshed in the background (a new SDK shows from the next load). It touches
 * nothing but the SDK's URLs: API calls, and the intranet's own pages, pass straight through.
 *
 * Copy it to your intranet's origin (a service worker must come from the page's origin) and
 * register it with the SDK's folder URL:
 *
 * @example
 * navigator.serviceWorker?.register('/sightline-sw.js?sdk=' + encodeURIComponent('https://sightline.example.com/sdk/'));
 */

/** The parts of the service worker scope used here (the project's TypeScript libs are the page's, not a worker's). */
interface FetchEventLike extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
  waitUntil(work: Promise<unknown>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate' | 'fetch', listener: (event: FetchEventLike) => void): void;
}

const scope = self as unknown as WorkerScope;
const CACHE = 'sightline-sdk';
const sdkBase = new URL(scope.location.href).searchParams.get('sdk');

scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()));

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!sdkBase || request.method !== 'GET' || !request.url.startsWith(sdkBase)) return;
  const hashed = request.url.slice(sdkBase.length).startsWith('esm/chunks/');
  event.respondWith(fromCache(event, hashed));
});

async function fromCache(event: FetchEventLike, hashed: boolean): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request);
  if (cached && hashed) return cached;
  const refreshed = fetch(event.request).then(async (response) => {
    if (response.ok) await cache.put(event.request, response.clone());
    return response;
  });
  if (!cached) return refreshed;
  // Served from the cache now; the refresh (or its failure while the server is down) is for next time.
  event.waitUntil(refreshed.catch(() => undefined));
  return cached;
}

// The demo intranet's page script: Sightline's queue stub, then Sightline.init with the endpoint
// and the viewer's embed token that the intranet's server rendered into <meta> tags. It lives in
// a file, not inline, so the page runs under `script-src 'self'` with no nonce.

// The queue stub: records Sightline.init until the SDK module loads and replays it.
window.Sightline = window.Sightline || { q: [], init(...a) { this.q.push(['init', a]); } };

const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
const endpoint = meta('sightline-endpoint');

Sightline.init({ endpoint, token: meta('sightline-token') });

// The SDK's script is added after the page's own first paint (the frame after the first
// animation frame), so the intranet's largest paint never waits for its requests or its work;
// the placeholders of sightline.css hold the widgets' room meanwhile.
const sdk = document.querySelector('meta[name="sightline-sdk"]');
requestAnimationFrame(() =>
  setTimeout(() => {
    const script = document.createElement('script');
    if (sdk.hasAttribute('data-module')) script.type = 'module';
    script.src = sdk.content;
    document.head.append(script);
  }),
);

// Embed tokens live ten minutes at most: ask the intranet's server for a fresh one shortly
// before this one expires and hand it to Sightline (a new init replaces the old client).
const REFRESH_BEFORE_EXPIRY_SECONDS = 120;
const RETRY_SECONDS = 30;

function refreshBefore(expiresAt) {
  const delaySeconds = Math.max(0, expiresAt - REFRESH_BEFORE_EXPIRY_SECONDS - Date.now() / 1000);
  setTimeout(async () => {
    try {
      const response = await fetch(`/demo/token${location.search}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`the intranet answered ${response.status}`);
      const fresh = await response.json();
      await Sightline.init({ endpoint, token: fresh.token });
      refreshBefore(fresh.expiresAt);
    } catch {
      refreshBefore(Date.now() / 1000 + REFRESH_BEFORE_EXPIRY_SECONDS + RETRY_SECONDS);
    }
  }, delaySeconds * 1000);
}
refreshBefore(Number(meta('sightline-token-expires')));

// Widgets report their own problems in place; a failed init has no widget to show it, so the page does.
document.addEventListener('sightline:error', (event) => {
  const problem = document.getElementById('sightline-problem');
  if (!problem || event.target !== document) return;
  problem.textContent = `Sightline: ${event.detail.message}`;
  problem.hidden = false;
});

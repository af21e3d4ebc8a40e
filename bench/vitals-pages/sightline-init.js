// The embedding snippet from docs/embedding.md, inline in the page (allowed by its hash): the
// endpoint and token come from <meta> tags, so its text never changes. It loads the SDK after
// the page's own first paint, so the page's largest paint never waits for Sightline.
window.Sightline = window.Sightline || { q: [], init(...a) { this.q.push(['init', a]); } };
const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
Sightline.init({ endpoint: meta('sightline-endpoint'), token: meta('sightline-token') });
requestAnimationFrame(() =>
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${meta('sightline-endpoint')}/sdk/esm/sightline.js`;
    document.head.append(script);
  }),
);

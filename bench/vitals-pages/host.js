// The embedding snippet from docs/embedding.md (loading the SDK after the first paint), in a
// file so the page needs no inline script.
// The bench passes the Sightline origin and a token in the query string.
window.Sightline = window.Sightline || { q: [], init(...a) { this.q.push(['init', a]); } };
const params = new URLSearchParams(location.search);
Sightline.init({ endpoint: params.get('endpoint'), token: params.get('token') });
// The SDK after the page's own first paint, so the page's largest paint never waits for it.
requestAnimationFrame(() =>
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${params.get('endpoint')}/sdk/esm/sightline.js`;
    document.head.append(script);
  }),
);

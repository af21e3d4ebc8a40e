// The embedding snippet from docs/embedding.md, in a file so the page needs no inline script.
// The bench passes the Sightline origin and a token in the query string.
window.Sightline = window.Sightline || { q: [], init(...a) { this.q.push(['init', a]); } };
const params = new URLSearchParams(location.search);
Sightline.init({ endpoint: params.get('endpoint'), token: params.get('token') });

// Records when the element under test (`data-host` on body) has painted its rows: `rendered`
// when its shadow root first holds `?rows=` elements matching `data-row`, `painted` two frames
// later (the frame that showed them has been drawn). Both on the clock of `window.bench.start`.
const { host, row } = document.body.dataset;
const rows = new URLSearchParams(location.search).get('rows');
await customElements.whenDefined(host);
const root = document.querySelector(host).shadowRoot;
const complete = () => root.querySelectorAll(row).length >= Number(rows);
if (!complete()) {
  await new Promise((resolve) => {
    const observer = new MutationObserver(() => complete() && (observer.disconnect(), resolve()));
    observer.observe(root, { childList: true, subtree: true });
  });
}
window.bench.rendered = performance.now();
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.bench.painted = performance.now();

/**
 * Notion pages in the web app (`/<workspace>/<Title>-<id>`, `/<Title>-<id>`) and on public
 * `notion.site` domains. The 32-hex block id at the end of the path is the page; the title is
 * the title block of the page in the main frame (side peeks and hover previews render titles
 * of other pages too, so reads stay inside the main frame, and only what is rendered counts).
 */
import { type AdapterSelectors, defineAdapter } from './define-adapter';

const selectors = {
  scope: ['main.notion-frame', '.notion-frame'],
  title: ['.notion-page-block h1.notranslate', 'h1.notranslate', '.notion-page-block h1', 'h1'],
  anchor: ['.notion-page-content', '.notion-scroller .notion-page-block'],
} as const satisfies AdapterSelectors;

/** The last path segment: an optional title slug, then the page's id (32 hex digits, sometimes dashed). */
const PAGE_PATH = /^\/(?:[^/]+\/)?(?:[^/]*-)?([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

export const notion = defineAdapter({
  tool: 'notion',
  label: 'Notion',
  category: 'docs',
  matches: ['https://www.notion.so/*', 'https://*.notion.site/*'],
  // Between the page's title and its content.
  placement: 'before',
  selectors,
  route(url) {
    const id = PAGE_PATH.exec(url.pathname)?.[1];
    return id ? { recordType: 'page', recordId: id.replaceAll('-', '').toLowerCase() } : null;
  },
});

/**
 * Confluence Cloud pages. Docs panels show the goals of the page's space, so the space key
 * travels in `RecordContext.customer` (the scope field of a record context).
 */
import { type AdapterSelectors, defineAdapter } from './define-adapter';
import { decodeSegment } from './url';

const selectors = {
  title: ['h1[data-testid="title-text"]', '#heading-title-text', 'meta[name="ajs-page-title"]'],
  // Only read when the URL has no space key (the legacy viewpage.action form).
  customer: ['meta[name="ajs-space-key"]', 'meta[name="confluence-space-key"]'],
  anchor: ['[data-testid="page-content-header"]', 'header[aria-label="Page header"]', '#content-header-container'],
} as const satisfies AdapterSelectors;

const SPACE_PAGE_PATH = /^\/wiki\/spaces\/([^/]+)\/pages\/(\d+)(?:\/[^/]*)?$/;
const LEGACY_PAGE_PATH = '/wiki/pages/viewpage.action';

export const confluence = defineAdapter({
  tool: 'confluence',
  label: 'Confluence',
  category: 'docs',
  matches: ['https://*.atlassian.net/wiki/*'],
  placement: 'after',
  selectors,
  route(url) {
    const [, space, id] = SPACE_PAGE_PATH.exec(url.pathname) ?? [];
    if (space && id) return { recordType: 'page', recordId: id, customer: decodeSegment(space) };
    const legacyId = url.pathname === LEGACY_PAGE_PATH ? url.searchParams.get('pageId') : null;
    return legacyId && /^\d+$/.test(legacyId) ? { recordType: 'page', recordId: legacyId } : null;
  },
});

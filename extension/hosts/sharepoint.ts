/**
 * SharePoint Online modern site pages (`/sites/<site>/SitePages/<page>.aspx`, `/teams/…` for
 * team sites). The site plays the part of a Confluence space: docs panels show the goals of the
 * team it names, so its name travels in `RecordContext.customer`.
 */
import { type AdapterSelectors, defineAdapter } from './define-adapter';
import { decodeSegment } from './url';

const selectors = {
  title: [
    '[data-automation-id="pageHeader"] [role="heading"]',
    '[data-automationid="pageHeader"] [role="heading"]',
    '[data-automation-id="pageHeader"] h1',
    'meta[property="og:title"]',
  ],
  anchor: ['[data-automation-id="pageHeader"]', '[data-automationid="pageHeader"]', '#spPageCanvasContent [role="banner"]'],
} as const satisfies AdapterSelectors;

/** Site pages live in a site's "SitePages" library; the root site has none of its own name. */
const PAGE_PATH = /^(?:\/(sites|teams)\/([^/]+))?\/SitePages\/((?:[^/]+\/)*[^/]+\.aspx)$/i;

export const sharepoint = defineAdapter({
  tool: 'sharepoint',
  label: 'SharePoint',
  category: 'docs',
  matches: ['https://*.sharepoint.com/*'],
  placement: 'after',
  selectors,
  route(url) {
    const [, kind, site, page] = PAGE_PATH.exec(url.pathname) ?? [];
    if (!page) return null;
    // SharePoint paths are case-insensitive: one id per page however the link was typed.
    const recordId = decodeSegment(`${kind && site ? `/${kind}/${site}` : ''}/SitePages/${page}`).toLowerCase();
    return { recordType: 'page', recordId, ...(site ? { customer: decodeSegment(site) } : {}) };
  },
});

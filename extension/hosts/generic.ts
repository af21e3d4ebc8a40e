/**
 * Any page the user enables. The canonical URL identifies the page (so the same article
 * reached through different links collects the same feedback); the page's location without
 * fragment or tracking parameters is the fallback.
 */
import { LIMITS } from '@sightline/sdk/model';
import type { HostAdapter, SelectorList } from './adapter';
import { toRecordContext } from './define-adapter';
import { queryFirst, readText, visibleValue } from './dom';
import { matcherFor, parseUrl, recordUrl } from './url';

const selectors = {
  canonical: ['link[rel="canonical"]', 'meta[property="og:url"]'],
  title: ['meta[property="og:title"]', 'h1', 'title'],
} as const satisfies Record<string, SelectorList>;

/** The model's bound on `recordId`; longer canonical links lose their query first. */
const RECORD_ID_MAX = 200;

const matches = ['<all_urls>'];
const isWebPage = matcherFor(matches);

export const generic: HostAdapter = {
  tool: 'web',
  label: 'Any website',
  category: 'docs',
  matches,
  placement: 'last',
  isRecordPage: (url) => isWebPage(url) && recordUrl(url) !== null,
  extract(doc, url) {
    if (!generic.isRecordPage(url)) return null;
    const recordId = pageId(canonicalUrl(doc, url) ?? url);
    if (recordId === null) return null;
    return toRecordContext({
      tool: 'web',
      recordType: 'page',
      recordId,
      url,
      title: readText(doc, selectors.title, LIMITS.title),
      customer: null,
    });
  },
  // Arbitrary layouts give no safe place inside the page, so the panel floats over the body.
  anchor: (doc) => doc.body,
};

/** The page's declared canonical address, resolved against its location; null when absent or not http(s). */
function canonicalUrl(doc: Document, url: URL): URL | null {
  for (const selector of selectors.canonical) {
    const href = queryFirst(doc, [selector]);
    const value = href ? visibleValue(href)?.trim() : null;
    if (!value) continue;
    const resolved = parseUrl(value, url);
    if (resolved && recordUrl(resolved) !== null) return resolved;
  }
  return null;
}

function pageId(url: URL): string | null {
  const full = recordUrl(url);
  if (full !== null && full.length <= RECORD_ID_MAX) return full;
  const withoutQuery = recordUrl(new URL(url.pathname, url.origin));
  return withoutQuery !== null && withoutQuery.length <= RECORD_ID_MAX ? withoutQuery : null;
}

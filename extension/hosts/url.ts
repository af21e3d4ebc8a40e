/** URL helpers: the link stored with a record, and match-pattern tests. */
import { LIMITS } from '@sightline/sdk/model';
import { MatchPattern } from 'wxt/utils/match-patterns';

/** Query parameters added by campaigns and email clicks; they identify the visit, not the record. */
const TRACKING_PARAM = /^(utm_[a-z_]+|gclid|dclid|fbclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|_ga|_gl|mkt_tok|igshid)$/i;

/**
 * The record link as stored with feedback: http(s) only, no fragment, no tracking parameters,
 * at most the model's URL length (the query is dropped first when too long); null if unusable.
 */
export function recordUrl(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const clean = new URL(url.href);
  clean.hash = '';
  // Only rewrite the query when needed: URLSearchParams re-encodes what it serialises.
  // forEach, not iteration: in a Firefox content script the URL is the page's, behind an Xray
  // wrapper that hides the iteration protocol of it and of what its methods return.
  const tracking: string[] = [];
  clean.searchParams.forEach((_value, name) => {
    if (TRACKING_PARAM.test(name)) tracking.push(name);
  });
  for (const name of tracking) clean.searchParams.delete(name);
  if (clean.href.length <= LIMITS.url) return clean.href;
  clean.search = '';
  return clean.href.length <= LIMITS.url ? clean.href : null;
}

/** `value` resolved against `base`, or null when it is not a URL (`URL.parse` is newer than some supported browsers). */
export function parseUrl(value: string, base: URL): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** A percent-encoded path segment as text; malformed escapes are kept as typed instead of throwing. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Compiles match patterns once; the returned test is cheap enough to run on every navigation. */
export function matcherFor(patterns: readonly string[]): (url: URL) => boolean {
  const compiled = patterns.map((pattern) => new MatchPattern(pattern));
  // A string, because the library's `Location` check throws where no DOM globals exist.
  return (url) => compiled.some((pattern) => pattern.includes(url.href));
}

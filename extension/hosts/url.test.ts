import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeSegment, matcherFor, parseUrl, recordUrl } from './url';

describe('recordUrl', () => {
  it('drops the fragment and tracking parameters but keeps the rest untouched', () => {
    expect(recordUrl(new URL('https://a.example/x?q=a%20b&utm_source=mail&gclid=1&tab=2#frag'))).toBe('https://a.example/x?q=a+b&tab=2');
    expect(recordUrl(new URL('https://a.example/x?jql=a%20%3D%20b#frag'))).toBe('https://a.example/x?jql=a%20%3D%20b');
    expect(recordUrl(new URL('https://a.example/x?utm_medium=x'))).toBe('https://a.example/x');
  });

  it('drops the query of an over-long URL and rejects what is still too long', () => {
    expect(recordUrl(new URL(`https://a.example/x?q=${'a'.repeat(3000)}`))).toBe('https://a.example/x');
    expect(recordUrl(new URL(`https://a.example/${'a'.repeat(3000)}`))).toBeNull();
  });

  describe('in a Firefox content script', () => {
    /**
     * There `URL` is the page's, seen through an Xray wrapper: its search params' methods work,
     * but the iteration protocol is hidden, so the iterators `keys()` and friends return are
     * not iterable and the params object itself cannot be spread.
     */
    class XrayUrl extends URL {
      override get searchParams(): URLSearchParams {
        const params = super.searchParams;
        const iterator = (iterable: Iterable<unknown>) => {
          const inner = iterable[Symbol.iterator]();
          return { next: () => inner.next() };
        };
        return {
          get size() {
            return params.size;
          },
          append: (name: string, value: string) => params.append(name, value),
          delete: (name: string, value?: string) => params.delete(name, value),
          get: (name: string) => params.get(name),
          getAll: (name: string) => params.getAll(name),
          has: (name: string, value?: string) => params.has(name, value),
          set: (name: string, value: string) => params.set(name, value),
          sort: () => params.sort(),
          toString: () => params.toString(),
          forEach: (callback: (value: string, key: string, parent: URLSearchParams) => void) => params.forEach(callback),
          keys: () => iterator(params.keys()),
          values: () => iterator(params.values()),
          entries: () => iterator(params.entries()),
        } as unknown as URLSearchParams;
      }
    }
    afterEach(() => vi.unstubAllGlobals());

    it("drops tracking parameters without iterating the page's objects", () => {
      vi.stubGlobal('URL', XrayUrl);
      expect(recordUrl(new URL('https://a.example/x?q=a%20b&utm_source=mail&gclid=1&tab=2#frag'))).toBe('https://a.example/x?q=a+b&tab=2');
      expect(recordUrl(new URL('https://a.example/x?jql=a%20%3D%20b'))).toBe('https://a.example/x?jql=a%20%3D%20b');
    });
  });

  it('accepts only http(s)', () => {
    expect(recordUrl(new URL('file:///tmp/x.html'))).toBeNull();
    expect(recordUrl(new URL('http://intranet/page'))).toBe('http://intranet/page');
  });
});

describe('matcherFor', () => {
  it('matches host wildcards and paths', () => {
    const matches = matcherFor(['https://*.zendesk.com/agent/*']);
    expect(matches(new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(matches(new URL('https://acme.zendesk.com/hc/en-us'))).toBe(false);
    expect(matches(new URL('https://acme.zendesk.com.evil.example/agent/tickets/1'))).toBe(false);
  });

  it('rejects invalid patterns when compiled, not when first used', () => {
    expect(() => matcherFor(['https://acme.*.com/*'])).toThrow();
  });
});

describe('parseUrl and decodeSegment', () => {
  it('resolve relative links and tolerate malformed input', () => {
    expect(parseUrl('/p?x=1', new URL('https://a.example/q'))?.href).toBe('https://a.example/p?x=1');
    expect(parseUrl('http://[bad', new URL('https://a.example/'))).toBeNull();
    expect(decodeSegment('~abc%3A1')).toBe('~abc:1');
    expect(decodeSegment('%zz')).toBe('%zz');
  });
});

import { describe, expect, it } from 'vitest';
import { generic } from './generic';
import { itRecognisesRecordUrls, readFixture } from './testing';

describe('generic', () => {
  it('identifies the page by its canonical link and titles it by og:title', () => {
    const url = 'https://www.acme.example/blog/weekly-check-ins?utm_campaign=nov&ref=home#comments';
    const { doc, context, anchor } = readFixture(generic, 'generic', 'article', url);
    expect(context).toEqual({
      tool: 'web',
      recordType: 'page',
      recordId: 'https://www.acme.example/blog/weekly-check-ins',
      url: 'https://www.acme.example/blog/weekly-check-ins?ref=home',
      title: 'How we run weekly check-ins',
      customer: null,
    });
    expect(anchor).toBe(doc.body);
  });

  it('falls back to the location and document title when the canonical link is unusable', () => {
    const url = 'https://intranet.acme.example/hr/travel-policy?view=print#booking';
    const { context } = readFixture(generic, 'generic', 'intranet-fallback', url);
    expect(context).toEqual({
      tool: 'web',
      recordType: 'page',
      recordId: 'https://intranet.acme.example/hr/travel-policy?view=print',
      url: 'https://intranet.acme.example/hr/travel-policy?view=print',
      title: 'Travel policy — Intranet',
      customer: null,
    });
  });

  it('prefers og:url over the location when there is no canonical link', () => {
    const doc = new DOMParser().parseFromString(
      '<head><meta property="og:url" content="https://docs.acme.example/guide"></head><body><h1>Guide</h1></body>',
      'text/html',
    );
    expect(generic.extract(doc, new URL('https://docs.acme.example/guide?session=1'))).toMatchObject({
      recordId: 'https://docs.acme.example/guide',
      title: 'Guide',
    });
  });

  it('drops the query from an identifier that would exceed the model limit', () => {
    const url = new URL(`https://shop.acme.example/item?${'filter=blue&'.repeat(30)}`);
    expect(generic.extract(document, url)?.recordId).toBe('https://shop.acme.example/item');
  });

  itRecognisesRecordUrls(generic, [
    ['https://any.example/path', true],
    ['http://localhost:8080/wiki', true],
    ['file:///home/me/notes.html', false],
    ['chrome://extensions/', false],
  ]);
});

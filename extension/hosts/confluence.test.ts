import { describe, expect, it } from 'vitest';
import { confluence } from './confluence';
import { itRecognisesRecordUrls, readFixture } from './testing';

describe('confluence', () => {
  it('reads the page with the space key from the URL as its scope', () => {
    const url = 'https://acme.atlassian.net/wiki/spaces/CS/pages/2148237313/Support+team+goals+2026';
    const { context, anchor } = readFixture(confluence, 'confluence', 'page', `${url}#CSAT`);
    expect(context).toEqual({
      tool: 'confluence',
      recordType: 'page',
      recordId: '2148237313',
      url,
      title: 'Support team goals 2026',
      customer: 'CS',
    });
    expect(anchor?.getAttribute('data-testid')).toBe('page-content-header');
  });

  it('takes the space key from the page metadata on a legacy viewpage.action link', () => {
    const url = 'https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=2148237420';
    const { context, anchor } = readFixture(confluence, 'confluence', 'page-fallback', url);
    expect(context).toEqual({
      tool: 'confluence',
      recordType: 'page',
      recordId: '2148237420',
      url,
      title: 'Escalation runbook',
      customer: 'CS',
    });
    expect(anchor?.id).toBe('content-header-container');
  });

  it.each([
    ['~5d1c%3Aabc', '~5d1c:abc'],
    ['BAD%zz', 'BAD%zz'],
  ])('reads space key %s as %s', (segment, key) => {
    const context = confluence.extract(document, new URL(`https://acme.atlassian.net/wiki/spaces/${segment}/pages/42`));
    expect(context?.customer).toBe(key);
  });

  itRecognisesRecordUrls(confluence, [
    ['https://acme.atlassian.net/wiki/spaces/CS/pages/2148237313', true],
    ['https://acme.atlassian.net/wiki/spaces/CS/pages/2148237313/Support+team+goals+2026', true],
    ['https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=2148237420', true],
    ['https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=abc', false],
    ['https://acme.atlassian.net/wiki/spaces/CS/overview', false],
    ['https://acme.atlassian.net/wiki/spaces/CS/pages/edit-v2/2148237313', false],
    ['https://acme.atlassian.net/browse/CS-1', false],
  ]);
});

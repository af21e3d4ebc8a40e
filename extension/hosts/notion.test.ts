import { describe, expect, it } from 'vitest';
import { notion } from './notion';
import { itRecognisesRecordUrls, readFixture } from './testing';

describe('notion', () => {
  it('reads the page in the main frame, not the page peeked at a moment ago', () => {
    const url = 'https://www.notion.so/acme/Support-escalation-guide-8c1f2e4a9b3d4f6e8a7b5c3d2e1f0a9b';
    const { context, anchor } = readFixture(notion, 'notion', 'page', url);
    expect(context).toEqual({
      tool: 'notion',
      recordType: 'page',
      recordId: '8c1f2e4a9b3d4f6e8a7b5c3d2e1f0a9b',
      url,
      title: 'Support escalation guide',
      customer: null,
    });
    expect(anchor?.closest('main')).not.toBeNull();
    expect(anchor?.classList.contains('notion-page-content')).toBe(true);
  });

  itRecognisesRecordUrls(notion, [
    ['https://www.notion.so/acme/Support-escalation-guide-8c1f2e4a9b3d4f6e8a7b5c3d2e1f0a9b', true],
    ['https://www.notion.so/8c1f2e4a9b3d4f6e8a7b5c3d2e1f0a9b', true],
    ['https://acme.notion.site/Handbook-8c1f2e4a-9b3d-4f6e-8a7b-5c3d2e1f0a9b', true],
    ['https://www.notion.so/acme', false],
    ['https://www.notion.so/acme/Support-escalation-guide', false],
    ['https://notion.so.evil.example/8c1f2e4a9b3d4f6e8a7b5c3d2e1f0a9b', false],
  ]);
});

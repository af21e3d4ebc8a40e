import { describe, expect, it } from 'vitest';
import { intercom } from './intercom';
import { itRecognisesRecordUrls, readFixture, readOutcomeFixture } from './testing';

describe('intercom', () => {
  it('reads the open conversation, not the list beside it', () => {
    const url = 'https://app.intercom.com/a/inbox/k9x2p1/inbox/shared/all/conversation/215000456';
    const { context, anchor } = readFixture(intercom, 'intercom', 'conversation', url);
    expect(context).toEqual({
      tool: 'intercom',
      recordType: 'conversation',
      recordId: '215000456',
      url,
      title: 'Seats not updating after upgrade',
      customer: 'Hamlin, Hamlin & McGill',
    });
    expect(anchor?.getAttribute('data-testid')).toBe('conversation-details-sidebar');
  });

  it('falls back to ARIA landmarks and headings', () => {
    const url = 'https://app.eu.intercom.com/a/inbox/k9x2p1/inbox/admin/4411/conversation/215000123';
    const { context, anchor } = readFixture(intercom, 'intercom', 'conversation-fallback', url);
    expect(context).toMatchObject({ recordId: '215000123', title: 'Invoice shows wrong VAT number', customer: 'Wexler McGill' });
    expect(anchor?.className).toBe('inbox-next__details');
  });

  itRecognisesRecordUrls(intercom, [
    ['https://app.intercom.com/a/inbox/k9x2p1/inbox/conversation/215000456', true],
    ['https://app.au.intercom.com/a/inbox/k9x2p1/inbox/search/conversation/9', true],
    ['https://app.intercom.com/a/inbox/k9x2p1/inbox/shared/all', false],
    ['https://app.intercom.com/a/apps/k9x2p1/users/segments/all', false],
    ['https://www.intercom.com/a/inbox/k9x2p1/inbox/conversation/215000456', false],
  ]);

  describe('outcome', () => {
    const url = 'https://app.intercom.com/a/inbox/k9x2p1/inbox/shared/all/conversation/215000456';
    it('reads a closed conversation', () => {
      expect(readOutcomeFixture(intercom, 'intercom', 'conversation-closed', url)).toEqual({ kind: 'solved' });
    });
    it('is null on an open conversation, whose Close button only offers the change', () => {
      expect(readOutcomeFixture(intercom, 'intercom', 'conversation', url)).toBeNull();
    });
  });
});

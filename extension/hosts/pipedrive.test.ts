import { describe, expect, it } from 'vitest';
import { pipedrive } from './pipedrive';
import { itRecognisesRecordUrls, readFixture, readOutcomeFixture } from './testing';

describe('pipedrive', () => {
  it('reads the deal title and its organization', () => {
    const url = 'https://acme.pipedrive.com/deal/1532';
    const { context, anchor } = readFixture(pipedrive, 'pipedrive', 'deal', url);
    expect(context).toEqual({
      tool: 'pipedrive',
      recordType: 'deal',
      recordId: '1532',
      url,
      title: 'Vandelay Industries – latex import deal',
      customer: 'Vandelay Industries',
    });
    expect(anchor?.getAttribute('data-testid')).toBe('deal-details-sidebar');
  });

  it('falls back to the organization link and class names on the legacy view', () => {
    const { context, anchor } = readFixture(pipedrive, 'pipedrive', 'deal-fallback', 'https://acme.pipedrive.com/deal/1533/');
    expect(context).toMatchObject({ recordId: '1533', title: 'Pendant Publishing renewal', customer: 'Pendant Publishing' });
    expect(anchor?.className).toBe('detailView__sidebar');
  });

  itRecognisesRecordUrls(pipedrive, [
    ['https://acme.pipedrive.com/deal/1532', true],
    ['https://acme.pipedrive.com/pipeline/1/user/everyone', false],
    ['https://acme.pipedrive.com/person/8842', false],
    ['https://acme.pipedrive.com/deal/new', false],
    ['https://pipedrive.com.example/deal/1532', false],
  ]);

  describe('outcome', () => {
    const url = 'https://acme.pipedrive.com/deal/1532';
    it('reads the Won status badge and the deal value', () => {
      expect(readOutcomeFixture(pipedrive, 'pipedrive', 'deal-won', url)).toEqual({ kind: 'won', amount: 18400, currency: 'EUR' });
    });
    it('is null on an open deal, whose Won button only offers the change', () => {
      expect(readOutcomeFixture(pipedrive, 'pipedrive', 'deal', url)).toBeNull();
    });
  });
});

import { describe, expect, it } from 'vitest';
import { freshdesk } from './freshdesk';
import { itRecognisesRecordUrls, readFixture, readOutcomeFixture } from './testing';

describe('freshdesk', () => {
  it('reads the ticket subject and the requester company', () => {
    const { context, anchor } = readFixture(freshdesk, 'freshdesk', 'ticket', 'https://acme.freshdesk.com/a/tickets/5127?utm_source=digest&tab=activity');
    expect(context).toEqual({
      tool: 'freshdesk',
      recordType: 'ticket',
      recordId: '5127',
      url: 'https://acme.freshdesk.com/a/tickets/5127?tab=activity',
      title: 'Shipment tracking page shows 404',
      customer: 'Twin Peaks Logistics',
    });
    expect(anchor?.getAttribute('data-test-id')).toBe('ticket-properties');
  });

  it('falls back to ARIA and structural selectors on the older layout', () => {
    const { context, anchor } = readFixture(freshdesk, 'freshdesk', 'ticket-fallback', 'https://acme.freshdesk.com/a/tickets/5190');
    expect(context).toMatchObject({ recordId: '5190', title: 'Two-factor code rejected', customer: 'Blue Rose Consulting' });
    expect(anchor?.className).toBe('ticket-properties-panel');
  });

  it('returns null on the ticket list', () => {
    const { context } = readFixture(freshdesk, 'freshdesk', 'ticket-list', 'https://acme.freshdesk.com/a/tickets/filters/all_tickets');
    expect(context).toBeNull();
  });

  itRecognisesRecordUrls(freshdesk, [
    ['https://acme.freshdesk.com/a/tickets/5127', true],
    ['https://acme.freshdesk.com/a/tickets/filters/all_tickets', false],
    ['https://acme.freshdesk.com/support/tickets/5127', false],
    ['https://acme.freshservice.com/a/tickets/5127', false],
  ]);

  describe('outcome', () => {
    const url = 'https://acme.freshdesk.com/a/tickets/3107';
    it('reads the Resolved status from the status dropdown', () => {
      expect(readOutcomeFixture(freshdesk, 'freshdesk', 'ticket-resolved', url)).toEqual({ kind: 'solved' });
    });
    it('is null on an open ticket', () => {
      expect(readOutcomeFixture(freshdesk, 'freshdesk', 'ticket', url)).toBeNull();
    });
  });
});

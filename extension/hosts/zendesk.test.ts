import { describe, expect, it } from 'vitest';
import { itRecognisesRecordUrls, readFixture, readOutcomeFixture } from './testing';
import { zendesk } from './zendesk';

describe('zendesk', () => {
  it('reads the active ticket, not the hidden tab kept in the DOM', () => {
    const { context, anchor } = readFixture(zendesk, 'zendesk', 'ticket', 'https://acme.zendesk.com/agent/tickets/1042#comment-7?x');
    expect(context).toEqual({
      tool: 'zendesk',
      recordType: 'ticket',
      recordId: '1042',
      url: 'https://acme.zendesk.com/agent/tickets/1042',
      title: 'Cannot export quarterly invoices to PDF',
      customer: 'Initech Ltd',
    });
    expect(anchor?.getAttribute('data-test-id')).toBe('ticket-properties-sidebar');
    expect(anchor?.closest('section')?.hidden).toBe(false);
  });

  it('reads the ticket on screen when an earlier tab is hidden by the workspace CSS, not by `hidden`', () => {
    const { context, anchor } = readFixture(zendesk, 'zendesk', 'ticket-tabs', 'https://acme.zendesk.com/agent/tickets/4711');
    expect(context).toMatchObject({ recordId: '4711', title: 'Printer jams on every second page', customer: 'Initech Ltd' });
    expect(anchor?.closest('section')?.getAttribute('data-entity-id')).toBe('4711');
  });

  it('falls back to ARIA labels when test ids are gone', () => {
    const { context, anchor } = readFixture(zendesk, 'zendesk', 'ticket-fallback', 'https://acme.zendesk.com/agent/tickets/2002');
    expect(context).toEqual({
      tool: 'zendesk',
      recordType: 'ticket',
      recordId: '2002',
      url: 'https://acme.zendesk.com/agent/tickets/2002',
      title: 'Password reset email never arrives',
      customer: 'Initrode GmbH',
    });
    expect(anchor?.className).toBe('ws-sidebar');
  });

  it('returns null on a view list', () => {
    const { context } = readFixture(zendesk, 'zendesk', 'view-list', 'https://acme.zendesk.com/agent/filters/360001234567');
    expect(context).toBeNull();
  });

  itRecognisesRecordUrls(zendesk, [
    ['https://acme.zendesk.com/agent/tickets/1042', true],
    ['https://acme.zendesk.com/agent/tickets/1042/', true],
    ['https://acme.zendesk.com/agent/tickets/new/1', false],
    ['https://acme.zendesk.com/agent/filters/360001234567', false],
    ['https://acme.zendesk.com/hc/en-us/requests/1042', false],
    ['https://zendesk.com.evil.example/agent/tickets/1042', false],
    ['http://acme.zendesk.com/agent/tickets/1042', false],
  ]);

  describe('outcome', () => {
    const url = 'https://acme.zendesk.com/agent/tickets/1042';
    it('reads a solved ticket', () => {
      expect(readOutcomeFixture(zendesk, 'zendesk', 'ticket-solved', url)).toEqual({ kind: 'solved' });
    });
    it('is null on an open ticket', () => {
      expect(readOutcomeFixture(zendesk, 'zendesk', 'ticket', url)).toBeNull();
    });
  });
});

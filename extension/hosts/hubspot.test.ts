import { describe, expect, it } from 'vitest';
import { hubspot } from './hubspot';
import { itRecognisesRecordUrls, readFixture, readOutcomeFixture } from './testing';

const portal = 'https://app.hubspot.com/contacts/4411223';

describe('hubspot', () => {
  it('maps object type 0-1 to a contact and reads the associated company', () => {
    const url = `${portal}/record/0-1/551`;
    const { context, anchor } = readFixture(hubspot, 'hubspot', 'contact', `${url}#activity`);
    expect(context).toEqual({
      tool: 'hubspot',
      recordType: 'contact',
      recordId: '551',
      url,
      title: 'Leslie Knope',
      customer: 'Pawnee Parks Department',
    });
    expect(anchor?.getAttribute('data-selenium-test')).toBe('right-sidebar');
  });

  it('reads the current layout: the company chicklet as the customer, the record sidebar by its test id', () => {
    const url = `${portal}/record/0-1/612`;
    const { context, anchor } = readFixture(hubspot, 'hubspot', 'contact-current', url);
    expect(context).toEqual({ tool: 'hubspot', recordType: 'contact', recordId: '612', url, title: 'Ann Perkins', customer: 'Pawnee General Hospital' });
    expect(anchor?.getAttribute('data-test-id')).toBe('records-right-sidebar');
  });

  it('reads a deal under the older /deal/ URL, skipping the associated contact', () => {
    const url = `${portal}/deal/77001`;
    const { context } = readFixture(hubspot, 'hubspot', 'deal', url);
    expect(context).toEqual({
      tool: 'hubspot',
      recordType: 'deal',
      recordId: '77001',
      url,
      title: 'Harvest Festival 2026',
      customer: 'Pawnee Parks Department',
    });
  });

  it('maps object type 0-5 to a ticket', () => {
    const url = 'https://app-eu1.hubspot.com/contacts/4411223/record/0-5/3301';
    const { context } = readFixture(hubspot, 'hubspot', 'ticket', url);
    expect(context).toEqual({
      tool: 'hubspot',
      recordType: 'ticket',
      recordId: '3301',
      url,
      title: 'Sponsor portal login fails',
      customer: 'Eagleton Township',
    });
  });

  it('falls back to ARIA sections when selenium hooks are gone', () => {
    const { context, anchor } = readFixture(hubspot, 'hubspot', 'deal-fallback', `${portal}/record/0-3/77002/`);
    expect(context).toMatchObject({ recordType: 'deal', recordId: '77002', title: 'Lot 48 Playground', customer: 'Pawnee Health Department' });
    expect(anchor?.className).toBe('record-sidebar-v2__panel');
  });

  itRecognisesRecordUrls(hubspot, [
    [`${portal}/record/0-3/77001`, true],
    [`${portal}/record/0-1/551/activity`, true],
    [`${portal}/contact/551`, true],
    [`${portal}/ticket/3301/`, true],
    [`${portal}/record/0-2/90210`, false],
    [`${portal}/company/90210`, false],
    [`${portal}/objects/0-3/views/all/board`, false],
    ['https://app.hubspot.com/reports-dashboard/4411223/view/1', false],
    ['https://www.hubspot.com/contacts/4411223/record/0-1/551', false],
  ]);

  describe('outcome', () => {
    const url = `${portal}/deal/77001`;
    it('reads a deal in stage "Closed won" and its amount in the German format', () => {
      expect(readOutcomeFixture(hubspot, 'hubspot', 'deal-won', url)).toEqual({ kind: 'won', amount: 12500, currency: 'EUR' });
    });
    it.each(['deal', 'deal-lost'])('is null for %s', (fixture) => {
      expect(readOutcomeFixture(hubspot, 'hubspot', fixture, url)).toBeNull();
    });
  });
});

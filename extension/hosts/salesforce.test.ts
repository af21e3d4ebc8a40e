import { describe, expect, it } from 'vitest';
import { salesforce, salesforceId18 } from './salesforce';
import { itRecognisesRecordUrls, readFixture, readOutcomeFixture } from './testing';

const org = 'https://wayne.lightning.force.com';

describe('salesforce', () => {
  it('reads the active opportunity, not the cached account page before it', () => {
    const url = `${org}/lightning/r/Opportunity/0068c00000QxT2rAAF/view`;
    const { context, anchor } = readFixture(salesforce, 'salesforce', 'opportunity', url);
    expect(context).toEqual({
      tool: 'salesforce',
      recordType: 'opportunity',
      recordId: '0068c00000QxT2rAAF',
      url,
      title: 'Wayne Enterprises - 500 Badge Printers',
      customer: 'Wayne Enterprises',
    });
    expect(anchor?.tagName.toLowerCase()).toBe('records-highlights2');
    expect(anchor?.closest('.oneContent')?.classList.contains('active')).toBe(true);
  });

  it('uses the account itself as the customer on an account', () => {
    const url = `${org}/lightning/r/Account/0018c00000Kp3LQAAZ/view`;
    const { context } = readFixture(salesforce, 'salesforce', 'account', url);
    expect(context).toEqual({
      tool: 'salesforce',
      recordType: 'account',
      recordId: '0018c00000Kp3LQAAZ',
      url,
      title: 'Stark Industries',
      customer: 'Stark Industries',
    });
  });

  it('reads the case subject and its account lookup', () => {
    const url = `${org}/lightning/r/Case/5008c00000Gh7ZwAAJ/view?ws=%2Flightning%2Fr%2FAccount%2F0018c00000Kp3LQAAZ%2Fview`;
    const { context } = readFixture(salesforce, 'salesforce', 'case', url);
    expect(context).toEqual({
      tool: 'salesforce',
      recordType: 'case',
      recordId: '5008c00000Gh7ZwAAJ',
      url,
      title: 'Arc reactor service overdue',
      customer: 'Stark Industries',
    });
  });

  it('falls back to SLDS classes and the account id prefix on a customised page', () => {
    const url = `${org}/lightning/r/Opportunity/0068c00000QxT2r/view`;
    const { context, anchor } = readFixture(salesforce, 'salesforce', 'opportunity-fallback', url);
    expect(context).toMatchObject({ recordId: '0068c00000QxT2rAAF', title: 'Globex - Annual Renewal', customer: 'Globex Corporation' });
    expect(anchor?.classList.contains('custom-header')).toBe(true);
  });

  itRecognisesRecordUrls(salesforce, [
    [`${org}/lightning/r/Opportunity/0068c00000QxT2rAAF/view`, true],
    [`${org}/lightning/r/Case/5008c00000Gh7Zw/view`, true],
    ['https://wayne--uat.sandbox.lightning.force.com/lightning/r/Account/0018c00000Kp3LQAAZ/view', true],
    [`${org}/lightning/r/Contact/0038c00000Ab1CdAAJ/view`, false],
    [`${org}/lightning/r/Opportunity/0068c00000QxT2rAAF/related/OpportunityLineItems/view`, false],
    [`${org}/lightning/o/Opportunity/list?filterName=Recent`, false],
    [`${org}/lightning/r/Opportunity/0068c00000QxT2/view`, false],
    ['https://wayne.my.salesforce.com/0068c00000QxT2rAAF', false],
  ]);

  it.each([
    ['0015000000Gv7qJ', '0015000000Gv7qJAAR'],
    ['0068c00000QxT2r', '0068c00000QxT2rAAF'],
    ['0068c00000QxT2rAAF', '0068c00000QxT2rAAF'],
  ])('salesforceId18(%s) is %s', (id, expected) => {
    expect(salesforceId18(id)).toBe(expected);
  });

  describe('outcome', () => {
    const url = `${org}/lightning/r/Opportunity/0068c00000QxT2rAAF/view`;
    it('reads Closed Won from the stage path and the amount with its currency', () => {
      expect(readOutcomeFixture(salesforce, 'salesforce', 'opportunity-won', url)).toEqual({ kind: 'won', amount: 12500, currency: 'EUR' });
    });
    it('is null while the opportunity is still in negotiation', () => {
      expect(readOutcomeFixture(salesforce, 'salesforce', 'opportunity', url)).toBeNull();
    });
    it('is null on an account, whatever it shows', () => {
      expect(readOutcomeFixture(salesforce, 'salesforce', 'opportunity-won', `${org}/lightning/r/Account/0018c00000Kp3LQAAZ/view`)).toBeNull();
    });
  });
});

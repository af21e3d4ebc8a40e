import { describe, expect, it } from 'vitest';
import { sharepoint } from './sharepoint';
import { itRecognisesRecordUrls, readFixture } from './testing';

describe('sharepoint', () => {
  it('reads the page on screen, with its site as the space, not the page kept hidden before it', () => {
    const url = 'https://acme.sharepoint.com/sites/CustomerSuccess/SitePages/Onboarding-playbook.aspx';
    const { context, anchor } = readFixture(sharepoint, 'sharepoint', 'site-page', `${url}?web=1#section`);
    expect(context).toEqual({
      tool: 'sharepoint',
      recordType: 'page',
      recordId: '/sites/customersuccess/sitepages/onboarding-playbook.aspx',
      url: `${url}?web=1`,
      title: 'Onboarding playbook',
      customer: 'CustomerSuccess',
    });
    expect(anchor?.classList.contains('pageHeader_root')).toBe(true);
  });

  itRecognisesRecordUrls(sharepoint, [
    ['https://acme.sharepoint.com/sites/CustomerSuccess/SitePages/Home.aspx', true],
    ['https://acme.sharepoint.com/teams/Support/SitePages/Runbooks/Escalation.aspx', true],
    ['https://acme.sharepoint.com/SitePages/Intranet-home.aspx', true],
    ['https://acme.sharepoint.com/sites/CustomerSuccess/Shared%20Documents/Forms/AllItems.aspx', false],
    ['https://acme.sharepoint.com/sites/CustomerSuccess', false],
    ['https://sharepoint.com.evil.example/sites/x/SitePages/a.aspx', false],
  ]);
});

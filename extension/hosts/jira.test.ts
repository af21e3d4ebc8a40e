import { describe, expect, it } from 'vitest';
import { jira } from './jira';
import { itRecognisesRecordUrls, readFixture, readOutcomeFixture } from './testing';

describe('jira', () => {
  it('reads the issue opened beside its queue, not the queue heading', () => {
    const { context, anchor } = readFixture(jira, 'jira', 'queue-issue', 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-214');
    expect(context).toEqual({
      tool: 'jira',
      recordType: 'issue',
      recordId: 'SUP-214',
      url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-214',
      title: 'Badge printer offline at reception',
      customer: 'Wayne Enterprises',
    });
    expect(anchor?.getAttribute('data-testid')).toBe('issue.views.issue-details.issue-layout.container-right');
  });

  it('falls back to ARIA roles under /browse/ and takes the first organization', () => {
    const { context, anchor } = readFixture(jira, 'jira', 'browse-fallback', 'https://acme.atlassian.net/browse/sup-215');
    expect(context).toEqual({
      tool: 'jira',
      recordType: 'issue',
      recordId: 'SUP-215',
      url: 'https://acme.atlassian.net/browse/sup-215',
      title: 'New starter laptop request',
      customer: 'Wayne Enterprises',
    });
    expect(anchor?.className).toBe('issue-layout-right-column');
  });

  it('returns null on a queue without an open issue', () => {
    const { context } = readFixture(jira, 'jira', 'queue-list', 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1');
    expect(context).toBeNull();
  });

  itRecognisesRecordUrls(jira, [
    ['https://acme.atlassian.net/browse/SUP-214', true],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-214', true],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/SUP-214', true],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1', false],
    ['https://acme.atlassian.net/browse/SUP', false],
    ['https://acme.atlassian.net/wiki/spaces/SUP/pages/1/SUP-214', false],
    ['https://jira.acme.example/browse/SUP-214', false],
  ]);

  describe('outcome', () => {
    const url = 'https://wayne.atlassian.net/browse/SUP-42';
    it('reads a request whose status is Done', () => {
      expect(readOutcomeFixture(jira, 'jira', 'queue-issue-done', url)).toEqual({ kind: 'solved' });
    });
    it('is null while waiting for support', () => {
      expect(readOutcomeFixture(jira, 'jira', 'queue-issue', url)).toBeNull();
    });
  });
});

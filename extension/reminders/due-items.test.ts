import type { RequestView } from '@sightline/sdk/client';
import type { FeedbackRequest, Person } from '@sightline/sdk/model';
import { describe, expect, it } from 'vitest';
import { dueItems } from './due-items';

const ORG = '0190f5b8-0000-7000-8000-000000000000';
const server = { orgId: ORG, version: 1, updatedAt: '2026-05-01T00:00:00Z' };
const ME: Person = { id: '0190f5b8-0000-7000-8000-00000000000a', name: 'Grace', email: 'grace@example.com', title: null, managerId: null, teamId: null, role: 'manager', timezone: 'UTC', active: true, ...server };
const LENA = { ...ME, id: '0190f5b8-0000-7000-8000-00000000000b', name: 'Lena', email: 'lena@example.com' };

const asked = (id: string, dueOn: string | null, overdue = false): RequestView => ({
  request: { id, recipientId: ME.id, subjectId: LENA.id, requesterId: LENA.id, prompt: `question ${id}`, dueOn, status: 'open', feedbackId: null, declineReason: null, ...server } satisfies FeedbackRequest,
  requester: LENA,
  subject: LENA,
  overdue,
});

// Friday 2026-05-15, 23:30 UTC: already Saturday in Berlin.
const NOW = new Date('2026-05-15T23:30:00Z');

describe('dueItems', () => {
  it("lists the check-in on its due day and requests due by the person's today", () => {
    const requests = [asked('a', '2026-05-14', true), asked('b', '2026-05-15'), asked('c', '2026-05-16'), asked('d', null)];
    expect(dueItems({ me: ME, cadence: null, submittedWeeks: new Set(), requests, now: NOW })).toEqual([
      { key: 'checkin:2026-W20', kind: 'checkin', dueOn: '2026-05-15', overdue: false },
      { key: 'request:a', kind: 'request', dueOn: '2026-05-14', overdue: true, requester: 'Lena', prompt: 'question a' },
      { key: 'request:b', kind: 'request', dueOn: '2026-05-15', overdue: false, requester: 'Lena', prompt: 'question b' },
    ]);
  });

  it('reads both in the person’s own time zone, and drops a submitted check-in', () => {
    const requests = [asked('c', '2026-05-16')];
    const berlin = { ...ME, timezone: 'Europe/Berlin' };
    expect(dueItems({ me: berlin, cadence: null, submittedWeeks: new Set(), requests, now: NOW }).map((i) => [i.key, i.overdue])).toEqual([
      ['checkin:2026-W20', true],
      ['request:c', false],
    ]);
    expect(dueItems({ me: berlin, cadence: null, submittedWeeks: new Set(['2026-W20']), requests, now: NOW }).map((i) => i.key)).toEqual(['request:c']);
  });

  it('follows the org cadence: nothing before the due day, nothing in an off week', () => {
    const monday = new Date('2026-05-11T12:00:00Z');
    expect(dueItems({ me: ME, cadence: null, submittedWeeks: new Set(), requests: [], now: monday })).toEqual([]);
    const everyOtherWeek = { intervalWeeks: 2 as const, anchorWeek: '2026-W19', dueWeekday: 5 };
    expect(dueItems({ me: ME, cadence: everyOtherWeek, submittedWeeks: new Set(), requests: [], now: NOW })).toEqual([]);
  });
});

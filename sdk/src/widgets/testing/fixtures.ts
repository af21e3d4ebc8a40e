/**
 * TEST DATA ONLY. A small org (one cycle, one team, four people, a three-level goal cascade
 * with KPIs and history) whose roll-up is easy to work out by hand:
 *   modules 3 of 10 -> 30 %, articles 0 of 5 -> 0 %, first reply 8h -> 5h toward 2h -> 50 %,
 *   team = mean(50, 30, 0) = 26.7 %, CSAT 80 -> 86 toward 90 -> 60 %, org = mean(60, 26.7) = 43.3 %.
 * At NOW about 49 % of the quarter has passed, so org is on track, team and "billing" at risk,
 * "articles" off track.
 */
import { uuidv7 } from '../../model';
import type { Cycle, Feedback, FeedbackRequest, Goal, Metric, MetricValue, Person, Skill, Team, CheckIn } from '../../model';

export const NOW = new Date('2026-11-15T12:00:00Z');
export const WEEK = '2026-W46';

const server = { orgId: '0190f5b8-0000-7000-8000-000000000000', version: 1, updatedAt: '2026-10-01T00:00:00Z' };

export interface Rows {
  persons: Person[];
  teams: Team[];
  cycles: Cycle[];
  goals: Goal[];
  metrics: Metric[];
  metricValues: MetricValue[];
  checkIns: CheckIn[];
  feedback: Feedback[];
  feedbackRequests: FeedbackRequest[];
  skills: Skill[];
}

export const person = (p: Pick<Person, 'name'> & Partial<Person>): Person => ({
  id: uuidv7(),
  email: `${p.name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
  title: null,
  managerId: null,
  teamId: null,
  role: 'member',
  timezone: 'UTC',
  active: true,
  ...server,
  ...p,
});

export const goal = (g: Pick<Goal, 'title' | 'level' | 'cycleId'> & Partial<Goal>): Goal => ({
  id: uuidv7(),
  ownerId: null,
  teamId: null,
  parentId: null,
  description: null,
  weight: 1,
  visibility: 'org',
  status: 'active',
  dueOn: null,
  ...server,
  ...g,
});

export const metric = (m: Pick<Metric, 'name' | 'goalId' | 'indicator' | 'baseline' | 'target' | 'direction'> & Partial<Metric>): Metric => ({
  id: uuidv7(),
  unit: '',
  range: null,
  weight: 1,
  source: 'manual',
  counts: false,
  ...server,
  ...m,
});

/** One value per entry, a day apart, ending the day before NOW. */
export const feedbackRequest = (r: Pick<FeedbackRequest, 'recipientId' | 'requesterId' | 'subjectId'> & Partial<FeedbackRequest>): FeedbackRequest => ({
  id: uuidv7(),
  prompt: 'How did the billing walkthrough land?',
  dueOn: null,
  status: 'open',
  feedbackId: null,
  declineReason: null,
  ...server,
  ...r,
});

export const feedback = (f: Pick<Feedback, 'authorId' | 'subjectId' | 'body'> & Partial<Feedback>): Feedback => ({
  id: uuidv7(),
  kind: 'praise',
  goalId: null,
  skillIds: [],
  visibility: 'subject',
  context: null,
  requestId: null,
  createdAt: '2026-11-10T09:00:00Z',
  ...server,
  ...f,
});

export const history = (metricId: string, values: number[]): MetricValue[] =>
  values.map((value, i) => ({
    id: uuidv7(),
    metricId,
    value,
    at: new Date(NOW.getTime() - (values.length - i) * 86_400_000).toISOString(),
    context: null,
    recordKey: null,
    recordedBy: null,
    ...server,
  }));

export function sampleOrg() {
  const cycle: Cycle = { id: uuidv7(), name: '2026 Q4', kind: 'quarter', startsOn: '2026-10-01', endsOn: '2026-12-31', ...server };
  const teamId = uuidv7();
  const manager = person({ name: 'Bo Chen', title: 'Support lead', role: 'manager', teamId });
  const me = person({ name: 'Ana Ruiz', title: 'Support agent', managerId: manager.id, teamId });
  const peer = person({ name: 'Chidi Okafor', managerId: manager.id, teamId });
  const other = person({ name: 'Dana Smith' });
  const team: Team = { id: teamId, name: 'Support EMEA', parentTeamId: null, leadId: manager.id, function: 'support', ...server };

  const orgGoal = goal({ title: 'Delight customers', level: 'org', cycleId: cycle.id });
  const teamGoal = goal({ title: 'Resolve tickets faster', level: 'team', teamId, parentId: orgGoal.id, cycleId: cycle.id });
  const billing = goal({ title: 'Master the billing product', level: 'person', ownerId: me.id, teamId, parentId: teamGoal.id, cycleId: cycle.id });
  const articles = goal({ title: 'Write help-centre articles', level: 'person', ownerId: me.id, teamId, parentId: teamGoal.id, cycleId: cycle.id });

  const csat = metric({ name: 'CSAT', goalId: orgGoal.id, indicator: 'lagging', unit: '%', baseline: 80, target: 90, direction: 'increase' });
  const firstReply = metric({ name: 'First reply time', goalId: teamGoal.id, indicator: 'leading', unit: 'h', baseline: 8, target: 2, direction: 'decrease' });
  const modules = metric({ name: 'Course modules done', goalId: billing.id, indicator: 'leading', baseline: 0, target: 10, direction: 'increase' });
  const published = metric({ name: 'Articles published', goalId: articles.id, indicator: 'lagging', baseline: 0, target: 5, direction: 'increase' });

  const empathy: Skill = { id: uuidv7(), name: 'Empathy', category: 'Customer', description: null, ...server };
  const billingSkill: Skill = { id: uuidv7(), name: 'Billing know-how', category: 'Product', description: null, ...server };

  const rows: Rows = {
    persons: [me, manager, peer, other],
    teams: [team],
    cycles: [cycle],
    goals: [orgGoal, teamGoal, billing, articles],
    metrics: [csat, firstReply, modules, published],
    metricValues: [...history(csat.id, [82, 84, 86]), ...history(firstReply.id, [6, 5]), ...history(modules.id, [2, 3]), ...history(published.id, [0])],
    checkIns: [],
    feedback: [],
    feedbackRequests: [],
    skills: [empathy, billingSkill],
  };
  return { rows, cycle, team, me, manager, peer, other, orgGoal, teamGoal, billing, articles, csat, firstReply, modules, published, empathy, billingSkill };
}

/** The sample org plus a request asked of `me` and a piece of org-wide praise, for the coaching widgets' pages. */
export function withCoaching(org: ReturnType<typeof sampleOrg>): ReturnType<typeof sampleOrg> {
  org.rows.feedbackRequests.push(feedbackRequest({ recipientId: org.me.id, requesterId: org.peer.id, subjectId: org.peer.id, dueOn: '2026-11-20' }));
  org.rows.feedback.push(feedback({ authorId: org.manager.id, subjectId: org.peer.id, body: 'The billing FAQ cut our refund tickets by a third.', visibility: 'org' }));
  return org;
}

/**
 * Test-only: one valid sample per entity and a compact way to read validation issues.
 * Not exported from index.ts; the model's tests start from a sample and break one field.
 */
import { z } from 'zod/mini';
import { checkInId, nameId, reviewTemplateId, supportDecisionId } from './ids';

const id = (...parts: string[]) => nameId('model-test', ...parts);

export const ids = {
  org: id('org'),
  person: id('person'),
  manager: id('manager'),
  team: id('team'),
  cycle: id('cycle'),
  goal: id('goal'),
  parentGoal: id('parent-goal'),
  metric: id('metric'),
  value: id('value'),
  feedback: id('feedback'),
  request: id('request'),
  skill: id('skill'),
  action: id('action'),
  review: id('review'),
  client: id('client'),
  mutation: id('mutation'),
} as const;

/** The columns the server adds to every stored row. */
export const serverFields = { orgId: ids.org, version: 7, updatedAt: '2026-05-04T09:30:00Z' };

export const sample = {
  context: {
    tool: 'zendesk',
    recordType: 'ticket',
    recordId: '48213',
    url: 'https://northwind.zendesk.com/agent/tickets/48213',
    title: 'Refund not received',
    customer: 'Bluebird Dental',
  },
  org: { id: ids.org, name: 'Northwind', slug: 'northwind' },
  person: {
    id: ids.person,
    name: 'Lena Vogel',
    email: 'Lena.Vogel@Northwind.example',
    title: 'Support Agent',
    managerId: ids.manager,
    teamId: ids.team,
    role: 'member',
    timezone: 'Europe/Berlin',
  },
  team: { id: ids.team, name: 'Customer Support', leadId: ids.manager, function: 'support' },
  cycle: { id: ids.cycle, name: 'Q2 2026', kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-06-30' },
  goal: {
    id: ids.goal,
    cycleId: ids.cycle,
    level: 'team',
    ownerId: ids.manager,
    teamId: ids.team,
    parentId: ids.parentGoal,
    title: 'Answer every customer faster',
    visibility: 'team',
  },
  metric: {
    id: ids.metric,
    goalId: ids.goal,
    name: 'First response time',
    indicator: 'leading',
    unit: 'min',
    baseline: 45,
    target: 20,
    direction: 'decrease',
  },
  metricValue: { id: ids.value, metricId: ids.metric, value: 31.5, at: '2026-05-01T12:00:00Z' },
  checkIn: {
    id: checkInId(ids.person, '2026-W18'),
    personId: ids.person,
    week: '2026-W18',
    goals: [{ goalId: ids.goal, confidence: 7, progressNote: 'Macros cut the first reply time.' }],
    barriers: 'Billing queue spike',
    supportNeeded: '',
    submittedAt: '2026-05-01T16:00:00+02:00',
  },
  feedback: {
    id: ids.feedback,
    subjectId: ids.person,
    kind: 'praise',
    body: 'Calm, clear handling of an angry customer.',
    skillIds: [ids.skill],
    visibility: 'org',
    createdAt: '2026-05-02T10:00:00Z',
  },
  feedbackRequest: { id: ids.request, recipientId: ids.manager, subjectId: ids.person, prompt: 'How did my escalation handoff go?' },
  skill: { id: ids.skill, name: 'De-escalation', category: 'Customer' },
  developmentAction: { id: ids.action, personId: ids.person, title: 'Shadow three escalations', skillId: ids.skill },
  review: { id: ids.review, cycleId: ids.cycle, subjectId: ids.person, kind: 'self', rating: 4, summary: 'Solid quarter.' },
  reviewTemplate: {
    id: reviewTemplateId(ids.cycle, 'peer'),
    cycleId: ids.cycle,
    kind: 'peer',
    questions: [{ key: 'helped', text: 'What did Lena do that helped you most?' }],
  },
  skillGap: { id: ids.action, personId: ids.person, skillId: ids.skill, source: 'feedback', sourceId: ids.feedback, note: 'Escalations drag on.' },
  cadence: { id: ids.org, intervalWeeks: 2, anchorWeek: '2026-W02', dueWeekday: 4 },
  supportDecision: {
    id: supportDecisionId(checkInId(ids.person, '2026-W18')),
    checkInId: checkInId(ids.person, '2026-W18'),
    personId: ids.person,
    decision: 'will_help',
    note: 'I will ask billing for a second agent on Mondays.',
    decidedAt: '2026-05-04T09:00:00Z',
  },
} as const;

/** Each issue as "path: message" ("(root)" for object-level issues), so a test can name the field it expects. */
export function issues(schema: z.core.$ZodType, value: unknown): string[] {
  const result = z.safeParse(schema, value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

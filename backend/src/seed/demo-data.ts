/**
 * The demo org "Northwind Support & Sales": people and teams, plus one quarter of cascaded
 * goals, KPI history, check-ins and feedback as per-actor batches of mutations, so a demo runs
 * through the same handlers and permission checks as real clients.
 *
 * Pure and deterministic: ids come from nameId and numbers from a seeded PRNG, so the same
 * `now` always yields the same org. Every timestamp is before `now` and after what it refers to.
 */
import type { z } from 'zod';
import {
  checkInId,
  expectedProgress,
  nameId,
  type Direction,
  type GoalLevel,
  type GoalVisibility,
  type MutationInput,
  type MutationName,
  type PersonFields,
  type RecordContext,
  type Role,
  type TeamFields,
} from '@sightline/sdk/model';

export interface DemoOrg {
  org: { id: string; name: string; slug: string };
  teams: z.input<typeof TeamFields>[];
  persons: z.input<typeof PersonFields>[];
  batches: Array<{ actorId: string; mutations: Array<{ name: MutationName; args: unknown; at: string }> }>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// People and teams

type TeamKey = 'leadership' | 'support' | 'sales' | 'success';

const TEAMS: Record<TeamKey, { name: string; function: z.input<typeof TeamFields>['function']; lead: string }> = {
  leadership: { name: 'Leadership', function: 'operations', lead: 'amara' },
  support: { name: 'Customer Support', function: 'support', lead: 'priya' },
  sales: { name: 'Sales', function: 'sales', lead: 'victor' },
  success: { name: 'Customer Success', function: 'success', lead: 'isabel' },
};

interface PersonSpec {
  name: string;
  title: string;
  team: TeamKey;
  manager: string | null;
  role?: Role;
  tz: string;
}

const PEOPLE = {
  amara: { name: 'Amara Okafor', title: 'Chief Executive Officer', team: 'leadership', manager: null, role: 'admin', tz: 'Europe/London' },
  daniel: { name: 'Daniel Reyes', title: 'Head of People', team: 'leadership', manager: 'amara', role: 'people_admin', tz: 'Europe/Madrid' },
  hannah: { name: 'Hannah Lindqvist', title: 'People Partner', team: 'leadership', manager: 'daniel', tz: 'Europe/Stockholm' },

  priya: { name: 'Priya Natarajan', title: 'Head of Customer Support', team: 'support', manager: 'amara', role: 'manager', tz: 'Europe/Dublin' },
  tomas: { name: 'Tomás Silva', title: 'Support Team Lead, Tier 1', team: 'support', manager: 'priya', role: 'manager', tz: 'Europe/Lisbon' },
  lena: { name: 'Lena Vogel', title: 'Support Agent', team: 'support', manager: 'tomas', tz: 'Europe/Berlin' },
  kwame: { name: 'Kwame Mensah', title: 'Support Agent', team: 'support', manager: 'tomas', tz: 'Africa/Accra' },
  sofia: { name: 'Sofia Marino', title: 'Support Agent', team: 'support', manager: 'tomas', tz: 'Europe/Rome' },
  fatima: { name: 'Fatima Zahra Idrissi', title: 'Support Agent', team: 'support', manager: 'tomas', tz: 'Africa/Casablanca' },
  jin: { name: 'Jin Park', title: 'Support Agent, APAC', team: 'support', manager: 'tomas', tz: 'Asia/Seoul' },
  grace: { name: 'Grace Liu', title: 'Support Team Lead, Escalations', team: 'support', manager: 'priya', role: 'manager', tz: 'America/New_York' },
  marcus: { name: 'Marcus Bennett', title: 'Senior Support Engineer', team: 'support', manager: 'grace', tz: 'America/Chicago' },
  aisha: { name: 'Aisha Rahman', title: 'Support Engineer', team: 'support', manager: 'grace', tz: 'America/Toronto' },
  oliver: { name: 'Oliver Grant', title: 'Support Engineer', team: 'support', manager: 'grace', tz: 'America/Denver' },

  victor: { name: 'Victor Álvarez', title: 'VP Sales', team: 'sales', manager: 'amara', role: 'manager', tz: 'America/New_York' },
  emily: { name: 'Emily Carter', title: 'Sales Manager, Mid-Market', team: 'sales', manager: 'victor', role: 'manager', tz: 'America/Chicago' },
  ryan: { name: "Ryan O'Connor", title: 'Account Executive', team: 'sales', manager: 'emily', tz: 'America/Chicago' },
  nadia: { name: 'Nadia Petrova', title: 'Account Executive', team: 'sales', manager: 'emily', tz: 'Europe/Berlin' },
  lucas: { name: 'Lucas Weber', title: 'Account Executive', team: 'sales', manager: 'emily', tz: 'Europe/Zurich' },
  samuel: { name: 'Samuel Adeyemi', title: 'Sales Development Rep', team: 'sales', manager: 'emily', tz: 'Europe/London' },
  chloe: { name: 'Chloe Martin', title: 'Sales Development Rep', team: 'sales', manager: 'emily', tz: 'Europe/Paris' },
  liam: { name: 'Liam Murphy', title: 'Sales Development Rep', team: 'sales', manager: 'emily', tz: 'Europe/Dublin' },
  hiroshi: { name: 'Hiroshi Sato', title: 'Account Executive, APAC', team: 'sales', manager: 'victor', tz: 'Asia/Tokyo' },

  isabel: { name: 'Isabel Moreno', title: 'Head of Customer Success', team: 'success', manager: 'amara', role: 'manager', tz: 'America/Los_Angeles' },
  ethan: { name: 'Ethan Brooks', title: 'Customer Success Manager', team: 'success', manager: 'isabel', tz: 'America/Los_Angeles' },
  maya: { name: 'Maya Cohen', title: 'Customer Success Manager', team: 'success', manager: 'isabel', tz: 'Asia/Jerusalem' },
  zoe: { name: 'Zoe Fischer', title: 'Senior Customer Success Manager', team: 'success', manager: 'isabel', tz: 'Europe/Vienna' },
  arjun: { name: 'Arjun Mehta', title: 'Onboarding Specialist', team: 'success', manager: 'isabel', tz: 'Asia/Kolkata' },
  ava: { name: 'Ava Thompson', title: 'Onboarding Specialist', team: 'success', manager: 'isabel', tz: 'Australia/Sydney' },
  noah: { name: 'Noah Kim', title: 'Renewals Specialist', team: 'success', manager: 'isabel', tz: 'America/Los_Angeles' },
} as const satisfies Record<string, PersonSpec>;

type PersonKey = keyof typeof PEOPLE;

const personId = (key: string) => nameId('demo', 'person', key);
const teamId = (key: TeamKey) => nameId('demo', 'team', key);

/** first.last@northwind.example, ASCII only (Tomás -> tomas, O'Connor -> oconnor). */
function emailOf(name: string): string {
  const ascii = name.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().split(' ');
  return `${ascii[0]}.${ascii.at(-1)}@northwind.example`;
}

// ---------------------------------------------------------------------------------------------
// Host records that KPI values and feedback were captured on

type Context = z.input<typeof RecordContext>;

const zendeskTicket = (id: number, title: string, customer: string): Context => ({
  tool: 'zendesk',
  recordType: 'ticket',
  recordId: String(id),
  url: `https://northwind.zendesk.com/agent/tickets/${id}`,
  title,
  customer,
});
const salesforceOpportunity = (id: string, title: string, customer: string): Context => ({
  tool: 'salesforce',
  recordType: 'opportunity',
  recordId: id,
  url: `https://northwind.lightning.force.com/lightning/r/Opportunity/${id}/view`,
  title,
  customer,
});
const hubspotCompany = (id: number, customer: string): Context => ({
  tool: 'hubspot',
  recordType: 'company',
  recordId: String(id),
  url: `https://app.hubspot.com/contacts/24681357/record/0-2/${id}`,
  title: `${customer} onboarding`,
  customer,
});

// ---------------------------------------------------------------------------------------------
// Goals and KPIs. `pace` is how fast a goal's KPIs move relative to the expected pace
// (1 = exactly on pace), which is what spreads the demo across on track, at risk and off track.

interface MetricSpec {
  key: string;
  name: string;
  indicator: 'leading' | 'lagging';
  unit: string;
  baseline: number;
  target: number;
  direction: Direction;
  weight?: number;
  source?: string;
  decimals?: number;
  /** Running totals never go down, so they get no week-to-week noise. */
  cumulative?: true;
  /** Each value counts things done (meetings, checks), so the extension offers a one-click +1. */
  counts?: true;
  /** hold only: the range to stay in and the first and latest weekly values. */
  range?: { min: number; max: number };
  drift?: [number, number];
  /** Who records the weekly values when it is not the goal owner (a team member). */
  recorder?: PersonKey;
  /** The host record behind the value of week i, for the first weeks. */
  contexts?: Context[];
}

interface GoalSpec {
  key: string;
  level: GoalLevel;
  title: string;
  description?: string;
  owner: PersonKey;
  /** Who creates it (and its KPIs): an admin, the team lead, or the owner or their manager. */
  by: PersonKey;
  team?: TeamKey;
  parent?: string;
  visibility: GoalVisibility;
  weight?: number;
  /** Due at mid-quarter rather than at the end of the cycle. */
  dueMidQuarter?: true;
  /** Marked completed by its owner at this fraction of the activity window. */
  completedAt?: number;
  pace: number;
  metrics: MetricSpec[];
}

const pct = { unit: '%', decimals: 1 } as const;

const GOALS: GoalSpec[] = [
  {
    key: 'delight',
    level: 'org',
    title: 'Delight customers at every touchpoint',
    description: 'Customers should feel heard within minutes and leave every conversation with their problem solved.',
    owner: 'priya',
    by: 'amara',
    visibility: 'org',
    pace: 0.8,
    metrics: [
      { key: 'csat', name: 'Customer satisfaction (CSAT)', indicator: 'lagging', ...pct, baseline: 88, target: 95, direction: 'hold', range: { min: 90, max: 100 }, drift: [90.5, 93], source: 'zendesk' },
      { key: 'nps', name: 'Net Promoter Score', indicator: 'lagging', unit: 'pts', baseline: 32, target: 45, direction: 'increase' },
    ],
  },
  {
    key: 'grow-arr',
    level: 'org',
    title: 'Grow net new ARR to $1.2M this quarter',
    owner: 'victor',
    by: 'amara',
    visibility: 'org',
    weight: 2,
    pace: 0.75,
    metrics: [{ key: 'net-new-arr', name: 'Net new ARR', indicator: 'lagging', unit: 'USD', baseline: 0, target: 1_200_000, direction: 'increase', cumulative: true, source: 'salesforce' }],
  },
  {
    key: 'retain',
    level: 'org',
    title: 'Keep and grow the customers we have',
    owner: 'isabel',
    by: 'amara',
    visibility: 'org',
    pace: 0.95,
    metrics: [{ key: 'nrr', name: 'Net revenue retention', indicator: 'lagging', ...pct, baseline: 101, target: 108, direction: 'increase' }],
  },

  {
    key: 'support-faster',
    level: 'team',
    title: 'Answer every customer faster',
    owner: 'priya',
    by: 'priya',
    team: 'support',
    parent: 'delight',
    visibility: 'org',
    weight: 2,
    pace: 0.85,
    metrics: [
      { key: 'team-frt', name: 'Median first response time', indicator: 'leading', unit: 'min', decimals: 1, baseline: 45, target: 20, direction: 'decrease', weight: 2, recorder: 'tomas', source: 'zendesk' },
      { key: 'team-fcr', name: 'First-contact resolution', indicator: 'leading', ...pct, baseline: 62, target: 75, direction: 'increase' },
    ],
  },
  {
    key: 'support-backlog',
    level: 'team',
    title: "Keep the open backlog within a day's volume",
    owner: 'grace',
    by: 'priya',
    team: 'support',
    parent: 'delight',
    visibility: 'team',
    pace: 0.5,
    metrics: [
      { key: 'backlog', name: 'Open ticket backlog', indicator: 'lagging', unit: 'tickets', baseline: 150, target: 100, direction: 'hold', range: { min: 60, max: 120 }, drift: [138, 166], source: 'zendesk' },
    ],
  },
  {
    key: 'sales-pipeline',
    level: 'team',
    title: 'Build 3x pipeline coverage for next quarter',
    owner: 'emily',
    by: 'victor',
    team: 'sales',
    parent: 'grow-arr',
    visibility: 'team',
    pace: 0.7,
    metrics: [
      { key: 'meetings', name: 'Qualified meetings booked per week', indicator: 'leading', unit: 'meetings', baseline: 18, target: 30, direction: 'increase', counts: true, source: 'hubspot' },
      { key: 'pipeline', name: 'New qualified pipeline', indicator: 'leading', unit: 'USD', baseline: 0, target: 3_000_000, direction: 'increase', cumulative: true, source: 'salesforce' },
    ],
  },
  {
    key: 'sales-win',
    level: 'team',
    title: 'Win more mid-market deals',
    owner: 'victor',
    by: 'victor',
    team: 'sales',
    parent: 'grow-arr',
    visibility: 'org',
    weight: 2,
    pace: 0.9,
    metrics: [
      { key: 'deals-won', name: 'Deals closed won', indicator: 'lagging', unit: 'deals', baseline: 0, target: 40, direction: 'increase', counts: true, cumulative: true, recorder: 'emily' },
      { key: 'win-rate', name: 'Win rate', indicator: 'lagging', ...pct, baseline: 21, target: 28, direction: 'increase' },
    ],
  },
  {
    key: 'success-onboard',
    level: 'team',
    title: 'Get new customers live in under 30 days',
    owner: 'isabel',
    by: 'isabel',
    team: 'success',
    parent: 'retain',
    visibility: 'org',
    pace: 1.05,
    metrics: [
      { key: 'time-to-live', name: 'Median days to go-live', indicator: 'lagging', unit: 'days', baseline: 45, target: 30, direction: 'decrease' },
      { key: 'onboardings', name: 'Onboardings completed', indicator: 'leading', unit: 'customers', baseline: 0, target: 36, direction: 'increase', counts: true, cumulative: true, recorder: 'ava', source: 'hubspot' },
    ],
  },
  {
    key: 'success-renewals',
    level: 'team',
    title: 'Protect every renewal',
    owner: 'isabel',
    by: 'isabel',
    team: 'success',
    parent: 'retain',
    visibility: 'team',
    weight: 2,
    pace: 0.7,
    metrics: [
      { key: 'grr', name: 'Gross revenue retention', indicator: 'lagging', ...pct, baseline: 88, target: 93, direction: 'increase', weight: 2, recorder: 'noah' },
      { key: 'health-checks', name: 'Account health checks completed', indicator: 'leading', unit: 'checks', baseline: 0, target: 120, direction: 'increase', counts: true, cumulative: true },
    ],
  },

  {
    key: 'tomas-coach',
    level: 'person',
    title: 'Coach Tier 1 to resolve billing questions on first contact',
    owner: 'tomas',
    by: 'tomas',
    parent: 'support-faster',
    visibility: 'team',
    pace: 1.1,
    metrics: [{ key: 'tier1-qa', name: 'Tier 1 QA score', indicator: 'leading', ...pct, baseline: 78, target: 90, direction: 'increase' }],
  },
  {
    key: 'lena-frt',
    level: 'person',
    title: 'Bring my first response time under 20 minutes',
    owner: 'lena',
    by: 'tomas',
    parent: 'support-faster',
    visibility: 'team',
    pace: 1.15,
    metrics: [
      {
        key: 'lena-frt',
        name: 'My median first response time',
        indicator: 'leading',
        unit: 'min',
        decimals: 1,
        baseline: 38,
        target: 18,
        direction: 'decrease',
        source: 'zendesk',
        contexts: [
          zendeskTicket(48213, 'Refund not received after cancellation', 'Bluebird Dental'),
          zendeskTicket(48590, 'Invoice shows the wrong VAT number', 'Harbor & Pine Legal'),
          zendeskTicket(49022, 'Cannot add a second admin', 'Lakeside Clinics'),
        ],
      },
    ],
  },
  {
    key: 'kwame-fcr',
    level: 'person',
    title: 'Resolve 72% of my tickets on first contact',
    owner: 'kwame',
    by: 'kwame',
    parent: 'support-faster',
    visibility: 'team',
    pace: 0.45,
    metrics: [{ key: 'kwame-fcr', name: 'My first-contact resolution', indicator: 'leading', ...pct, baseline: 58, target: 72, direction: 'increase', source: 'zendesk' }],
  },
  {
    key: 'marcus-articles',
    level: 'person',
    title: 'Publish 12 help-center articles for our top contact drivers',
    owner: 'marcus',
    by: 'grace',
    parent: 'support-backlog',
    visibility: 'org',
    pace: 0.75,
    metrics: [{ key: 'articles', name: 'Help-center articles published', indicator: 'leading', unit: 'articles', baseline: 0, target: 12, direction: 'increase', counts: true, cumulative: true }],
  },
  {
    key: 'aisha-p1',
    level: 'person',
    title: 'Own priority-1 escalations end to end',
    description: 'Stretch goal agreed with Grace; kept private while I build confidence.',
    owner: 'aisha',
    by: 'aisha',
    parent: 'support-faster',
    visibility: 'private',
    pace: 0.9,
    metrics: [{ key: 'aisha-p1', name: 'P1 escalations resolved without handoff', indicator: 'leading', unit: 'escalations', baseline: 2, target: 10, direction: 'increase', counts: true, cumulative: true }],
  },
  {
    key: 'ryan-meetings',
    level: 'person',
    title: 'Book 8 qualified meetings a week',
    owner: 'ryan',
    by: 'emily',
    parent: 'sales-pipeline',
    visibility: 'team',
    pace: 0.7,
    metrics: [{ key: 'ryan-meetings', name: 'Qualified meetings booked this week', indicator: 'leading', unit: 'meetings', baseline: 4, target: 8, direction: 'increase', counts: true, source: 'hubspot' }],
  },
  {
    key: 'nadia-arr',
    level: 'person',
    title: 'Close $180k of new mid-market ARR',
    owner: 'nadia',
    by: 'nadia',
    parent: 'sales-win',
    visibility: 'team',
    weight: 2,
    pace: 1.2,
    metrics: [
      {
        key: 'nadia-arr',
        name: 'New ARR closed',
        indicator: 'lagging',
        unit: 'USD',
        baseline: 0,
        target: 180_000,
        direction: 'increase',
        cumulative: true,
        source: 'salesforce',
        contexts: [
          salesforceOpportunity('006Hs00001KxQ2aIAF', 'Brightwater Logistics - Support Suite annual', 'Brightwater Logistics'),
          salesforceOpportunity('006Hs00001KyR7bIAF', 'Meridian Health - 120 seats', 'Meridian Health'),
        ],
      },
    ],
  },
  {
    key: 'samuel-pipeline',
    level: 'person',
    title: 'Source $400k of outbound pipeline',
    owner: 'samuel',
    by: 'emily',
    parent: 'sales-pipeline',
    visibility: 'team',
    pace: 0.4,
    metrics: [{ key: 'samuel-pipeline', name: 'Outbound pipeline sourced', indicator: 'leading', unit: 'USD', baseline: 0, target: 400_000, direction: 'increase', cumulative: true, source: 'salesforce' }],
  },
  {
    key: 'chloe-cert',
    level: 'person',
    title: 'Complete the Salesforce administrator certification',
    owner: 'chloe',
    by: 'chloe',
    parent: 'sales-pipeline',
    visibility: 'team',
    weight: 0.5,
    dueMidQuarter: true,
    completedAt: 0.5,
    pace: 1.3,
    metrics: [{ key: 'cert-modules', name: 'Certification modules passed', indicator: 'leading', unit: 'modules', baseline: 0, target: 6, direction: 'increase', counts: true, cumulative: true }],
  },
  {
    key: 'ethan-health',
    level: 'person',
    title: 'Run a health check with every account in my book',
    owner: 'ethan',
    by: 'isabel',
    parent: 'success-renewals',
    visibility: 'team',
    pace: 1.0,
    metrics: [{ key: 'ethan-health', name: 'Health checks run', indicator: 'leading', unit: 'checks', baseline: 0, target: 40, direction: 'increase', counts: true, cumulative: true }],
  },
  {
    key: 'maya-renewals',
    level: 'person',
    title: 'Renew 95% of the ARR up for renewal in my book',
    owner: 'maya',
    by: 'maya',
    parent: 'success-renewals',
    visibility: 'team',
    pace: 0.6,
    metrics: [{ key: 'maya-grr', name: 'Renewal rate (ARR)', indicator: 'lagging', ...pct, baseline: 88, target: 95, direction: 'increase' }],
  },
  {
    key: 'arjun-onboard',
    level: 'person',
    title: 'Take 12 new customers live within 30 days each',
    owner: 'arjun',
    by: 'isabel',
    parent: 'success-onboard',
    visibility: 'org',
    pace: 1.05,
    metrics: [
      {
        key: 'arjun-onboard',
        name: 'Customers live within 30 days',
        indicator: 'leading',
        unit: 'customers',
        baseline: 0,
        target: 12,
        direction: 'increase', counts: true,
        cumulative: true,
        source: 'hubspot',
        contexts: [hubspotCompany(918273645, 'Lakeside Clinics'), hubspotCompany(918277310, 'Oakridge Property Group')],
      },
    ],
  },
  {
    key: 'zoe-lead',
    level: 'person',
    title: 'Prepare to lead the onboarding pod',
    description: 'Development goal; progress lives in my development actions, not a KPI.',
    owner: 'zoe',
    by: 'zoe',
    visibility: 'private',
    pace: 1,
    metrics: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Skills, feedback requests, feedback and development actions. `at` is a fraction of the
// activity window (shortly before the quarter starts up to `now`).

const SKILLS = {
  deescalation: { name: 'Empathy and de-escalation', category: 'Customer', description: 'Calms tense conversations and keeps the customer informed.' },
  product: { name: 'Product knowledge', category: 'Craft', description: null },
  writing: { name: 'Clear written communication', category: 'Communication', description: 'Short, plain answers a customer can act on.' },
  discovery: { name: 'Discovery questioning', category: 'Sales', description: 'Finds the real problem and who owns it before pitching.' },
  negotiation: { name: 'Negotiation', category: 'Sales', description: null },
  coaching: { name: 'Coaching others', category: 'Leadership', description: 'Helps teammates improve through specific, timely feedback.' },
  prioritisation: { name: 'Data-informed prioritisation', category: 'Craft', description: null },
} as const;
type SkillKey = keyof typeof SKILLS;

interface RequestSpec {
  key: string;
  requester: PersonKey;
  recipient: PersonKey;
  subject: PersonKey;
  prompt: string;
  at: number;
  declined?: { at: number; reason: string };
}

const REQUESTS: RequestSpec[] = [
  { key: 'lena-handoff', requester: 'lena', recipient: 'grace', subject: 'lena', prompt: 'How did my handoff on the Bluebird Dental escalation go? Anything I should include next time?', at: 0.3 },
  {
    key: 'ryan-discovery',
    requester: 'ryan',
    recipient: 'hiroshi',
    subject: 'ryan',
    prompt: 'Could you listen to the recording of my Meridian discovery call and tell me where I lost the thread?',
    at: 0.35,
    declined: { at: 0.4, reason: "I'm at the APAC partner summit until the 20th; Lucas knows Meridian better than I do." },
  },
  { key: 'arjun-kickoff', requester: 'arjun', recipient: 'maya', subject: 'arjun', prompt: 'Feedback on my kickoff deck for Oakridge Property Group?', at: 0.6 },
  { key: 'kwame-pairing', requester: 'tomas', recipient: 'sofia', subject: 'kwame', prompt: 'How has pairing with Kwame on billing tickets gone so far?', at: 0.65 },
  // Open for the demo intranet's first viewer, so its requests inbox has something to answer.
  { key: 'lena-macros', requester: 'lena', recipient: 'tomas', subject: 'lena', prompt: 'Are my new refund macros clear enough to roll out to the whole team?', at: 0.7 },
];

interface FeedbackSpec {
  key: string;
  author: PersonKey;
  subject: PersonKey;
  kind: 'praise' | 'coaching' | 'observation' | 'self';
  visibility: 'private' | 'manager' | 'subject' | 'org';
  body: string;
  skills?: SkillKey[];
  goal?: string;
  context?: Context;
  request?: string;
  at: number;
}

const FEEDBACK: FeedbackSpec[] = [
  {
    key: 'lena-bluebird',
    author: 'priya',
    subject: 'lena',
    kind: 'praise',
    visibility: 'org',
    body: 'Lena turned a furious chargeback from Bluebird Dental into a renewal conversation: a clear timeline, no jargon, and a follow-up before the customer had to ask.',
    skills: ['deescalation', 'writing'],
    goal: 'support-faster',
    context: zendeskTicket(48213, 'Refund not received after cancellation', 'Bluebird Dental'),
    at: 0.2,
  },
  {
    key: 'kwame-macros',
    author: 'tomas',
    subject: 'kwame',
    kind: 'coaching',
    visibility: 'subject',
    body: 'On this one the answer was in the billing macro, but the ticket went to Tier 2. Check the macro list before escalating; happy to pair on the top five this week.',
    skills: ['product'],
    goal: 'kwame-fcr',
    context: zendeskTicket(48877, 'Charged twice for the annual plan', 'Greenleaf Veterinary'),
    at: 0.25,
  },
  {
    key: 'kwame-escalations',
    author: 'grace',
    subject: 'kwame',
    kind: 'coaching',
    visibility: 'manager',
    body: 'Escalations from Kwame this week arrived without reproduction steps, so Tier 2 had to go back to the customer twice. Worth a quick checklist in your next 1:1.',
    skills: ['writing'],
    at: 0.3,
  },
  {
    key: 'ryan-discovery',
    author: 'emily',
    subject: 'ryan',
    kind: 'observation',
    visibility: 'subject',
    body: 'Strong opening on the Meridian call. You moved to pricing before we knew who signs off; next time ask about the buying process in the first ten minutes.',
    skills: ['discovery'],
    goal: 'ryan-meetings',
    context: salesforceOpportunity('006Hs00001KyR7bIAF', 'Meridian Health - 120 seats', 'Meridian Health'),
    at: 0.33,
  },
  {
    key: 'aisha-note',
    author: 'aisha',
    subject: 'aisha',
    kind: 'self',
    visibility: 'private',
    body: 'Note to self: I rushed the Harbor & Pine call because I was nervous. Write the summary before replying, and it is fine to say "let me check".',
    skills: ['deescalation'],
    goal: 'aisha-p1',
    at: 0.38,
  },
  {
    key: 'lena-handoff-answer',
    author: 'grace',
    subject: 'lena',
    kind: 'coaching',
    visibility: 'subject',
    body: 'The handoff was clear and the customer history was complete. Add the exact error text and the browser version and Tier 2 can start without a call.',
    skills: ['writing'],
    request: 'lena-handoff',
    at: 0.45,
  },
  {
    key: 'arjun-lakeside',
    author: 'isabel',
    subject: 'arjun',
    kind: 'praise',
    visibility: 'org',
    body: 'Lakeside Clinics went live in 21 days, our fastest this year. Arjun ran the data migration checklist himself and kept their IT lead in the loop daily.',
    skills: ['prioritisation'],
    goal: 'arjun-onboard',
    context: hubspotCompany(918273645, 'Lakeside Clinics'),
    at: 0.5,
  },
  {
    key: 'ryan-self',
    author: 'ryan',
    subject: 'ryan',
    kind: 'self',
    visibility: 'manager',
    body: 'My meeting count is behind because I spent two weeks on one large prospect. I want to rebalance towards more first calls.',
    goal: 'ryan-meetings',
    at: 0.55,
  },
  {
    key: 'nadia-brightwater',
    author: 'victor',
    subject: 'nadia',
    kind: 'praise',
    visibility: 'subject',
    body: 'Great negotiation on Brightwater: you held the price and traded term length for the onboarding package instead.',
    skills: ['negotiation'],
    goal: 'nadia-arr',
    context: salesforceOpportunity('006Hs00001KxQ2aIAF', 'Brightwater Logistics - Support Suite annual', 'Brightwater Logistics'),
    at: 0.6,
  },
  {
    key: 'samuel-note',
    author: 'emily',
    subject: 'samuel',
    kind: 'observation',
    visibility: 'private',
    body: 'Samuel seemed flat in stand-up three days running. Ask how he is doing in our 1:1 before talking numbers.',
    at: 0.62,
  },
  {
    key: 'ethan-qbr',
    author: 'maya',
    subject: 'ethan',
    kind: 'observation',
    visibility: 'subject',
    body: 'Your QBR deck for Oakridge told the story in three slides. I am borrowing the usage-trend chart for my accounts.',
    skills: ['writing'],
    at: 0.7,
  },
  {
    key: 'priya-csat',
    author: 'amara',
    subject: 'priya',
    kind: 'praise',
    visibility: 'org',
    body: 'Support kept CSAT above 90 through the billing migration while volume was up a third. Thank you to Priya and the whole team.',
    skills: ['coaching'],
    goal: 'delight',
    at: 0.75,
  },
  {
    key: 'zoe-standup',
    author: 'isabel',
    subject: 'zoe',
    kind: 'coaching',
    visibility: 'subject',
    body: 'You ran the pod stand-up well. Next step: let Ava and Arjun propose the fixes before you offer yours.',
    skills: ['coaching'],
    goal: 'zoe-lead',
    at: 0.8,
  },
];

interface ActionSpec {
  key: string;
  person: PersonKey;
  by: PersonKey;
  title: string;
  skill: SkillKey;
  goal?: string;
  dueMidQuarter?: true;
  at: number;
  update?: { at: number; status: 'in_progress' | 'done' };
}

const ACTIONS: ActionSpec[] = [
  { key: 'aisha-shadow', person: 'aisha', by: 'grace', title: 'Shadow Marcus on three priority-1 escalations', skill: 'deescalation', goal: 'aisha-p1', at: 0.15, update: { at: 0.5, status: 'in_progress' } },
  { key: 'zoe-course', person: 'zoe', by: 'zoe', title: "Complete the 'First-time team lead' course", skill: 'coaching', goal: 'zoe-lead', dueMidQuarter: true, at: 0.1, update: { at: 0.7, status: 'done' } },
  { key: 'ryan-mock', person: 'ryan', by: 'emily', title: 'Run two mock discovery calls with Emily each week', skill: 'discovery', goal: 'ryan-meetings', at: 0.35 },
  { key: 'lena-articles', person: 'lena', by: 'lena', title: 'Turn my two most-used macros into help-center articles', skill: 'writing', at: 0.55 },
];

/** Check-in notes by team: what gets in the way, what would help, what I am learning. */
const NOTES: Record<TeamKey, { barriers: string[]; support: string[]; learning: string[] }> = {
  leadership: {
    barriers: ['Hiring for two support roles is behind plan.', 'Board preparation took most of the week.'],
    support: ['A decision on the support hiring budget.', 'Fewer status meetings on Fridays.'],
    learning: ['Read the engagement survey comments in full.', 'Skip-level lunches with two teams.'],
  },
  support: {
    barriers: [
      'Ticket volume jumped after the billing change and the macros are out of date.',
      'Two agents were out on Tuesday, so the morning queue backed up.',
      'Still waiting on engineering for the SSO bug; customers keep reopening tickets.',
    ],
    support: ['Updated billing macros from the product team.', 'An hour with Tier 2 on the new SSO flow.', 'Cover for the Monday morning queue.'],
    learning: ['Finish the de-escalation module in the academy.', 'Pair with Marcus on two escalations.', 'Read the new billing FAQ before Monday.'],
  },
  sales: {
    barriers: [
      'Two late-stage deals slipped to next quarter after legal review.',
      'Inbound lead volume is down since the pricing page change.',
      'Security questionnaires are slowing procurement at larger prospects.',
    ],
    support: ['Faster turnaround on security questionnaires.', 'A healthcare customer willing to be a reference.', 'Time with Emily on pricing approvals.'],
    learning: ['Practise the new discovery framework on two calls.', 'Shadow Nadia on a negotiation call.', 'Finish the qualification refresher.'],
  },
  success: {
    barriers: [
      'Customers are waiting on data migrations from their old CRM.',
      'The renewal owner changed at two key accounts.',
      'Onboarding calls keep getting rescheduled by customers.',
    ],
    support: ['A migration script from solutions engineering.', 'Executive sponsor outreach for at-risk renewals.', 'A shared onboarding calendar with Sales.'],
    learning: ['Build a health-score view in the CRM.', 'Run my next QBR with Maya watching.', 'Take the negotiation basics course.'],
  },
};

// ---------------------------------------------------------------------------------------------
// Time

/** The calendar quarter (UTC) containing `now`. */
function quarterOf(now: Date) {
  const year = now.getUTCFullYear();
  const q = Math.floor(now.getUTCMonth() / 3);
  const start = Date.UTC(year, q * 3, 1);
  const end = Date.UTC(year, q * 3 + 3, 1) - DAY;
  return { key: `${year}-q${q + 1}`, name: `Q${q + 1} ${year}`, start, end, mid: start + Math.round((end - start) / 2 / DAY) * DAY };
}

const withUnit = (value: number, unit: string) => `${value.toLocaleString('en-US')}${unit === '%' ? '%' : ` ${unit}`}`;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms: number) => new Date(ms).toISOString();

/** ISO 8601 week of a UTC calendar day: the week belongs to the year of its Thursday. */
function isoWeek(dayMs: number): string {
  const d = new Date(dayMs);
  const thursday = dayMs + (3 - ((d.getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The instant the wall clock in `timeZone` shows `hour`:00 on the calendar day `dayMs` (UTC midnight). */
function localTime(dayMs: number, hour: number, timeZone: string): number {
  const guess = dayMs + hour * HOUR;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(guess);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return guess - (wall - guess);
}

/** Small, seedable PRNG (mulberry32): the demo must come out the same on every run. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// ---------------------------------------------------------------------------------------------
// The builder

interface Event {
  /** Batches are cut per phase and actor; a phase only refers to what earlier phases created. */
  phase: number;
  actor: PersonKey;
  name: MutationName;
  args: unknown;
  at: number;
}

const PHASE = { setup: 0, orgGoals: 1, teamGoals: 2, personGoals: 3, asks: 4, activity: 5 } as const;
const PLANNING_START_DAYS = 12;

export function buildDemoOrg(now: Date): DemoOrg {
  const nowMs = now.getTime();
  const quarter = quarterOf(now);
  const random = mulberry32(0x5eed);
  const between = (min: number, max: number) => min + (max - min) * random();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  /** Rows that belong to this quarter get the quarter in their id, so another quarter's demo does not collide. */
  const id = (kind: string, key: string) => nameId('demo', quarter.key, kind, key);
  const goalId = (key: string) => id('goal', key);
  const skillId = (key: SkillKey) => nameId('demo', 'skill', key);
  const cycleId = id('cycle', quarter.key);
  const cycle = { id: cycleId, startsOn: isoDate(quarter.start), endsOn: isoDate(quarter.end) };

  const events: Event[] = [];
  const emit = <N extends MutationName>(phase: number, actor: PersonKey, name: N, args: MutationInput<N>, at: number) =>
    events.push({ phase, actor, name, args, at });

  // Setup and planning happen in the two weeks before the quarter starts, a few minutes apart.
  let clock = quarter.start - PLANNING_START_DAYS * DAY + 9 * HOUR;
  const tick = () => (clock += 4 * MINUTE);

  emit(PHASE.setup, 'amara', 'cycle.create', { ...cycle, name: quarter.name, kind: 'quarter' }, tick());
  for (const [key, skill] of Object.entries(SKILLS)) emit(PHASE.setup, 'daniel', 'skill.create', { id: skillId(key as SkillKey), ...skill }, tick());

  const phaseOf: Record<GoalLevel, number> = { org: PHASE.orgGoals, team: PHASE.teamGoals, person: PHASE.personGoals };
  const planningDay: Record<GoalLevel, number> = { org: 11, team: 9, person: 7 };
  for (const goal of GOALS) {
    const owner = PEOPLE[goal.owner];
    const team = goal.level === 'team' ? goal.team! : goal.level === 'person' && goal.visibility !== 'private' ? owner.team : null;
    clock = Math.max(clock, quarter.start - planningDay[goal.level] * DAY + 9 * HOUR);
    emit(
      phaseOf[goal.level],
      goal.by,
      'goal.create',
      {
        id: goalId(goal.key),
        cycleId,
        level: goal.level,
        ownerId: personId(goal.owner),
        teamId: team ? teamId(team) : null,
        parentId: goal.parent ? goalId(goal.parent) : null,
        title: goal.title,
        description: goal.description ?? null,
        weight: goal.weight ?? 1,
        visibility: goal.visibility,
        dueOn: goal.dueMidQuarter ? isoDate(quarter.mid) : null,
      },
      tick(),
    );
    for (const m of goal.metrics) {
      emit(
        phaseOf[goal.level],
        goal.by,
        'metric.create',
        {
          id: id('metric', m.key),
          goalId: goalId(goal.key),
          name: m.name,
          indicator: m.indicator,
          unit: m.unit,
          baseline: m.baseline,
          target: m.target,
          direction: m.direction,
          range: m.range ?? null,
          weight: m.weight ?? 1,
          source: m.source ?? 'manual',
          counts: m.counts ?? false,
        },
        tick(),
      );
    }
  }

  // Weekly rhythm: KPI values every Friday afternoon (UTC) of the quarter so far.
  const firstFriday = quarter.start + ((5 - new Date(quarter.start).getUTCDay() + 7) % 7) * DAY;
  const fridays: number[] = [];
  for (let day = firstFriday; day + 15 * HOUR < nowMs && day <= quarter.end; day += 7 * DAY) fridays.push(day);

  /** Each goal's weekly values by metric key, for the check-in notes. */
  const weekly = new Map<string, number[]>();
  for (const goal of GOALS) {
    const window = { dueOn: goal.dueMidQuarter ? isoDate(quarter.mid) : null };
    for (const m of goal.metrics) {
      const noise = m.cumulative ? 0 : 0.06;
      const values = fridays.map((day, week) => {
        if (m.direction === 'hold') {
          const [first, last] = m.drift!;
          const width = m.range!.max - m.range!.min;
          return first + ((last - first) * week) / Math.max(1, fridays.length - 1) + between(-0.03, 0.03) * width;
        }
        const expected = expectedProgress(window, cycle, new Date(day + 15 * HOUR));
        const reached = Math.min(1, Math.max(0, goal.pace * expected * (1 + between(-noise, noise))));
        return m.baseline + (m.target - m.baseline) * reached;
      });
      const rounded = values.map((v) => Number(v.toFixed(m.decimals ?? 0)));
      weekly.set(m.key, rounded);
      rounded.forEach((value, week) => {
        const at = fridays[week]! + 15 * HOUR + (m.recorder ? 30 * MINUTE : 0);
        emit(
          PHASE.activity,
          m.recorder ?? goal.owner,
          'metric.record',
          { id: id('value', `${m.key}/${week}`), metricId: id('metric', m.key), value, at: isoTime(at), context: m.contexts?.[week] ?? null },
          at,
        );
      });
    }
  }

  // Check-ins: every goal owner, Friday 16:00 their time, for the last four weeks so far.
  const goalsByOwner = new Map<PersonKey, GoalSpec[]>();
  for (const goal of GOALS) goalsByOwner.set(goal.owner, [...(goalsByOwner.get(goal.owner) ?? []), goal]);
  for (const [owner, goals] of goalsByOwner) {
    const person = PEOPLE[owner];
    const notes = NOTES[person.team];
    for (const day of fridays.slice(-4)) {
      const submittedAt = localTime(day, 16, person.tz);
      if (submittedAt >= nowMs) continue;
      const week = isoWeek(day);
      const weekIndex = fridays.indexOf(day);
      emit(
        PHASE.activity,
        owner,
        'checkin.submit',
        {
          id: checkInId(personId(owner), week),
          personId: personId(owner),
          week,
          goals: goals.map((g) => {
            const metric = g.metrics[0];
            const value = metric ? weekly.get(metric.key)?.[weekIndex] : undefined;
            return {
              goalId: goalId(g.key),
              confidence: Math.round(Math.min(10, Math.max(1, g.pace * 8 + between(-1, 1)))),
              progressNote: metric && value !== undefined ? `${metric.name}: ${withUnit(value, metric.unit)} (target ${withUnit(metric.target, metric.unit)})` : null,
            };
          }),
          barriers: random() < 0.75 ? pick(notes.barriers) : null,
          supportNeeded: random() < 0.6 ? pick(notes.support) : null,
          learningAction: random() < 0.7 ? pick(notes.learning) : null,
          submittedAt: isoTime(submittedAt),
        },
        submittedAt,
      );
    }
  }

  // Asks, feedback and growth: spread over the activity window.
  const windowStart = quarter.start - 2 * DAY;
  const atFraction = (f: number) => Math.round(windowStart + f * (nowMs - windowStart));

  for (const r of REQUESTS) {
    const requestId = id('feedback-request', r.key);
    emit(PHASE.asks, r.requester, 'feedbackRequest.create', { id: requestId, recipientId: personId(r.recipient), subjectId: personId(r.subject), prompt: r.prompt, dueOn: isoDate(quarter.end) }, atFraction(r.at));
    if (r.declined) emit(PHASE.activity, r.recipient, 'feedbackRequest.decline', { id: requestId, reason: r.declined.reason }, atFraction(r.declined.at));
  }
  for (const a of ACTIONS) {
    const actionId = id('development-action', a.key);
    emit(
      PHASE.asks,
      a.by,
      'developmentAction.create',
      {
        id: actionId,
        personId: personId(a.person),
        title: a.title,
        skillId: skillId(a.skill),
        goalId: a.goal ? goalId(a.goal) : null,
        dueOn: isoDate(a.dueMidQuarter ? quarter.mid : quarter.end),
      },
      atFraction(a.at),
    );
    if (a.update) emit(PHASE.activity, a.person, 'developmentAction.update', { id: actionId, patch: { status: a.update.status } }, atFraction(a.update.at));
  }
  for (const f of FEEDBACK) {
    const at = atFraction(f.at);
    emit(
      PHASE.activity,
      f.author,
      'feedback.create',
      {
        id: id('feedback', f.key),
        subjectId: personId(f.subject),
        kind: f.kind,
        body: f.body,
        goalId: f.goal ? goalId(f.goal) : null,
        skillIds: (f.skills ?? []).map(skillId),
        visibility: f.visibility,
        context: f.context ?? null,
        requestId: f.request ? id('feedback-request', f.request) : null,
        createdAt: isoTime(at),
      },
      at,
    );
  }
  for (const goal of GOALS) {
    if (goal.completedAt !== undefined)
      emit(PHASE.activity, goal.owner, 'goal.update', { id: goalId(goal.key), patch: { status: 'completed' } }, atFraction(goal.completedAt));
  }

  return {
    org: { id: nameId('demo', 'org', 'northwind'), name: 'Northwind Support & Sales', slug: 'northwind' },
    teams: Object.entries(TEAMS).map(([key, t]) => ({
      id: teamId(key as TeamKey),
      name: t.name,
      parentTeamId: key === 'leadership' ? null : teamId('leadership'),
      leadId: personId(t.lead),
      function: t.function,
    })),
    persons: Object.entries(PEOPLE).map(([key, p]: [string, PersonSpec]) => ({
      id: personId(key),
      name: p.name,
      email: emailOf(p.name),
      title: p.title,
      managerId: p.manager ? personId(p.manager) : null,
      teamId: teamId(p.team),
      role: p.role ?? 'member',
      timezone: p.tz,
    })),
    batches: toBatches(events),
  };
}

/** One batch per actor and phase, in phase order; within a phase, actors in order of their first event. */
function toBatches(events: Event[]): DemoOrg['batches'] {
  const byPhaseAndActor = new Map<string, Event[]>();
  const ordered = [...events].sort((a, b) => a.phase - b.phase || a.at - b.at);
  for (const e of ordered) {
    const key = `${e.phase}/${e.actor}`;
    const batch = byPhaseAndActor.get(key);
    if (batch) batch.push(e);
    else byPhaseAndActor.set(key, [e]);
  }
  return [...byPhaseAndActor.values()].map((batch) => ({
    actorId: personId(batch[0]!.actor),
    mutations: batch.map((e) => ({ name: e.name, args: e.args, at: isoTime(e.at) })),
  }));
}

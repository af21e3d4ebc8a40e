/**
 * The one interface widgets, the extension's panels and host pages use. It is implemented by
 * the in-page engine (store + sync) and, unchanged, by a comlink proxy to an engine living in a
 * Worker or in the extension's background; so everything here is async and transferable.
 */
import type {
  CheckIn,
  Cycle,
  DevelopmentAction,
  Feedback,
  FeedbackRequest,
  Goal,
  GoalLevel,
  Metric,
  MutationInput,
  MutationName,
  PaceStatus,
  Person,
  Review,
  ReviewTemplate,
  Skill,
  SkillGap,
  Team,
} from './model';

export interface KpiView {
  metric: Metric;
  goal: Goal | null;
  /** Latest recorded value, or null before the first one. */
  current: number | null;
  progress: number;
  /** Oldest first, for sparklines. */
  history: Array<{ at: string; value: number }>;
  status: PaceStatus | null;
}

export interface GoalNode {
  goal: Goal;
  owner: Person | null;
  team: Team | null;
  progress: number | null;
  expected: number;
  status: PaceStatus | null;
  kpis: KpiView[];
  children: GoalNode[];
  /** A local change to this goal is not yet acknowledged by the server. */
  pending: boolean;
}

export interface GoalFilter {
  level?: GoalLevel;
  teamId?: string;
  ownerId?: string;
  cycleId?: string;
  /** 'me': goals the signed-in person owns or whose team they are in. */
  scope?: 'all' | 'me';
}

export interface FeedbackView {
  feedback: Feedback;
  author: Person | null;
  subject: Person | null;
  pending: boolean;
}

/** A feedback request the viewer sent. */
export interface SentRequestView {
  request: FeedbackRequest;
  recipient: Person | null;
  subject: Person | null;
  pending: boolean;
}

export interface ReviewView {
  review: Review;
  reviewer: Person | null;
  subject: Person | null;
  pending: boolean;
}

/** An open feedback request asked of the viewer. */
export interface RequestView {
  request: FeedbackRequest;
  requester: Person | null;
  subject: Person | null;
  /** Its due date has passed in the viewer's own time zone. */
  overdue: boolean;
}

export interface CheckInView {
  week: string;
  checkIn: CheckIn | null;
  /** The goals a check-in asks about: active goals the person owns or their team holds. */
  goals: Goal[];
  pending: boolean;
}

export interface Rejection {
  mutationId: string;
  seq: number;
  name: MutationName;
  reason: string;
  args: unknown;
  at: string;
}

export interface SyncState {
  signedIn: boolean;
  online: boolean;
  /** This tab (or worker) runs the engine; other tabs follow through the database. */
  leader: boolean;
  /** Local mutations not yet acknowledged by the server. */
  pending: number;
  rejected: Rejection[];
  lastSyncedAt: string | null;
  /**
   * A pull has finished since this client started (in this tab or the leading one). Until then
   * what widgets show is what this device saved earlier, which may be out of date.
   */
  syncedSinceStart: boolean;
  /** The last transport or server problem, in words; cleared by the next success. */
  error: string | null;
}

export interface Queries {
  me: { params: Record<string, never>; result: Person | null };
  people: { params: Record<string, never>; result: Person[] };
  teams: { params: Record<string, never>; result: Team[] };
  skills: { params: Record<string, never>; result: Skill[] };
  cycles: { params: Record<string, never>; result: Cycle[] };
  /** Check-ins of these people in these ISO weeks that the viewer may see (a manager: their reports'). */
  checkIns: { params: { personIds: string[]; weeks: string[] }; result: CheckIn[] };
  goalTree: { params: GoalFilter; result: GoalNode[] };
  kpi: { params: { metricId: string }; result: KpiView | null };
  /** `recognition`: only praise shared with everyone in the org. */
  feedback: { params: { aboutId?: string; authorId?: string; limit?: number; recognition?: boolean }; result: FeedbackView[] };
  /** Open requests asked of the viewer, soonest due first (undated last), minus those answered on this device. */
  requests: { params: Record<string, never>; result: RequestView[] };
  checkIn: { params: { week: string }; result: CheckInView };
  sync: { params: Record<string, never>; result: SyncState };
  /** Requests the signed-in person sent, most recently changed first. */
  sentRequests: { params: Record<string, never>; result: SentRequestView[] };
  /** Reviews on this device, of one cycle or one by id, by subject then kind. */
  reviews: { params: { cycleId?: string; id?: string }; result: ReviewView[] };
  /** Saved review templates; `questionsFor` picks a review's questions from them. */
  reviewTemplates: { params: Record<string, never>; result: ReviewTemplate[] };
  /** One person's skill gaps, development actions and the reviews about them, as far as the viewer may see. */
  development: { params: { personId: string }; result: { gaps: SkillGap[]; actions: DevelopmentAction[]; reviews: Review[] } };
}
export type QueryName = keyof Queries;

export type Unsubscribe = () => void;

export interface SightlineClient {
  /** Calls onChange with the current result and again whenever it changes (any tab). */
  watch<Q extends QueryName>(query: Q, params: Queries[Q]['params'], onChange: (result: Queries[Q]['result']) => void): Promise<Unsubscribe>;
  /**
   * Validates args with the model (throws a ValidationError naming the field), then writes the
   * optimistic row change and the outbox entry in one transaction and schedules a push.
   */
  mutate<N extends MutationName>(name: N, args: MutationInput<N>): Promise<{ id: string; seq: number }>;
  syncNow(): Promise<void>;
  dismissRejection(mutationId: string): Promise<void>;
}

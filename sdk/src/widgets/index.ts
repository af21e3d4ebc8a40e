/**
 * The widgets' public surface. The intranet bundle (embed.ts) and the extension both register
 * the elements here and point them at a client; nothing else in this folder is meant for them.
 */
import { defineCheckIn, defineFeedback, defineFeedbackFeed, defineGoals, defineKpi, defineRequests, defineSyncStatus } from './elements';

export { defineGoals, defineKpi, defineFeedback, defineCheckIn, defineSyncStatus, defineRequests, defineFeedbackFeed };
export { setClient, setStartProblem, setStyleNonce } from './runtime';
export type { SubmittedDetail, ErrorDetail } from './events';

/** Registers every `sightline-*` element; safe to call more than once. */
export function defineSightlineElements(): void {
  defineGoals();
  defineKpi();
  defineFeedback();
  defineCheckIn();
  defineSyncStatus();
  defineRequests();
  defineFeedbackFeed();
}

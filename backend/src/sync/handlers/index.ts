/** One handler per mutation name; the type makes a missing or misspelt name a compile error. */
import type { MutationName } from '@sightline/sdk/model';
import { cadenceHandlers } from './cadence';
import { checkInHandlers } from './checkins';
import type { Handler } from './context';
import { feedbackHandlers } from './feedback';
import { goalHandlers } from './goals';
import { growthHandlers } from './growth';
import { metricHandlers } from './metrics';
import { orgHandlers } from './org';
import { reviewHandlers } from './reviews';
import { skillGapHandlers } from './skill-gaps';
import { supportHandlers } from './support';

export const HANDLERS: { [N in MutationName]: Handler<N> } = {
  ...orgHandlers,
  ...goalHandlers,
  ...metricHandlers,
  ...checkInHandlers,
  ...feedbackHandlers,
  ...growthHandlers,
  ...reviewHandlers,
  ...supportHandlers,
  ...cadenceHandlers,
  ...skillGapHandlers,
};

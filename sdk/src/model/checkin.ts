/** The weekly check-in: confidence per goal, what is in the way, what would help. */
import { z } from 'zod';
import { Id, checkInId } from './ids';
import { IsoDateTime, IsoWeek, LIMITS, ServerFields, optionalText } from './common';

export const GoalConfidence = z.strictObject({
  goalId: Id,
  /** 0 = will not happen, 10 = certain. */
  confidence: z.number().int().min(0).max(10),
  progressNote: optionalText(LIMITS.note),
});

const checkInShape = z.strictObject({
  id: Id,
  personId: Id,
  week: IsoWeek,
  goals: z.array(GoalConfidence).max(LIMITS.list),
  barriers: optionalText(LIMITS.note),
  supportNeeded: optionalText(LIMITS.note),
  learningAction: optionalText(LIMITS.note),
  submittedAt: IsoDateTime,
});
type CheckInShape = z.infer<typeof checkInShape>;

function checkCheckIn(c: CheckInShape, ctx: z.core.$RefinementCtx<CheckInShape>) {
  if (c.id !== checkInId(c.personId, c.week))
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be checkInId(personId, week): one check-in per person and week' });
  const seen = new Set<string>();
  c.goals.forEach((g, i) => {
    if (seen.has(g.goalId)) ctx.addIssue({ code: 'custom', path: ['goals', i, 'goalId'], message: 'appears twice' });
    seen.add(g.goalId);
  });
}

export const CheckInFields = checkInShape.superRefine(checkCheckIn);
export const CheckIn = checkInShape.extend(ServerFields).superRefine(checkCheckIn);
export type CheckIn = z.infer<typeof CheckIn>;

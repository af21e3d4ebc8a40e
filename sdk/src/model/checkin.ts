/** The weekly check-in: confidence per goal, what is in the way, what would help. */
import { z } from 'zod/mini';
import { Id, checkInId } from './ids';
import { IsoDateTime, IsoWeek, LIMITS, ServerFields, optionalText } from './common';

export const GoalConfidence = z.strictObject({
  goalId: Id,
  /** 0 = will not happen, 10 = certain. */
  confidence: z.int().check(z.gte(0), z.lte(10)),
  progressNote: optionalText(LIMITS.note),
});

const checkInShape = z.strictObject({
  id: Id,
  personId: Id,
  week: IsoWeek,
  goals: z.array(GoalConfidence).check(z.maxLength(LIMITS.list)),
  barriers: optionalText(LIMITS.note),
  supportNeeded: optionalText(LIMITS.note),
  learningAction: optionalText(LIMITS.note),
  submittedAt: IsoDateTime,
});
type CheckInShape = z.infer<typeof checkInShape>;

const checkInRules = z.superRefine((c: CheckInShape, ctx) => {
  if (c.id !== checkInId(c.personId, c.week))
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be checkInId(personId, week): one check-in per person and week' });
  const seen = new Set<string>();
  c.goals.forEach((g, i) => {
    if (seen.has(g.goalId)) ctx.addIssue({ code: 'custom', path: ['goals', i, 'goalId'], message: 'appears twice' });
    seen.add(g.goalId);
  });
});

export const CheckInFields = checkInShape.check(checkInRules);
export const CheckIn = z.extend(checkInShape, ServerFields).check(checkInRules);
export type CheckIn = z.infer<typeof CheckIn>;

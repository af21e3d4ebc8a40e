/** Goals cascade (org -> team -> person) through parentId; KPIs hang off goals as metrics. */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDate, LIMITS, ServerFields, nullByDefault, optionalText, patchOf, text } from './common';

export const GoalLevel = z.enum(['org', 'team', 'person']);
export const GoalVisibility = z.enum(['org', 'team', 'private']);
/** Lifecycle, set by people. Pace (on_track/at_risk/off_track) is computed, see progress.ts. */
export const GoalStatus = z.enum(['draft', 'active', 'completed', 'cancelled']);
export type GoalLevel = z.infer<typeof GoalLevel>;
export type GoalVisibility = z.infer<typeof GoalVisibility>;
export type GoalStatus = z.infer<typeof GoalStatus>;

const goalShape = z.strictObject({
  id: Id,
  cycleId: Id,
  level: GoalLevel,
  ownerId: nullByDefault(Id),
  teamId: nullByDefault(Id),
  parentId: nullByDefault(Id),
  title: text(LIMITS.title),
  description: optionalText(LIMITS.body),
  weight: z._default(z.number().check(z.gte(0), z.lte(100)), 1),
  visibility: z._default(GoalVisibility, 'org'),
  status: z._default(GoalStatus, 'active'),
  dueOn: nullByDefault(IsoDate),
});

type GoalShape = z.infer<typeof goalShape>;

/** Cross-field rules shared by create, update (after merging) and the stored row. */
const goalRules = z.superRefine((g: GoalShape, ctx) => {
  if (g.level === 'team' && !g.teamId) ctx.addIssue({ code: 'custom', path: ['teamId'], message: 'is required for a team goal' });
  if (g.level === 'person' && !g.ownerId) ctx.addIssue({ code: 'custom', path: ['ownerId'], message: 'is required for a person goal' });
  if (g.visibility === 'team' && !g.teamId) ctx.addIssue({ code: 'custom', path: ['teamId'], message: 'is required when visibility is team' });
  if (g.parentId && g.parentId === g.id) ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'a goal cannot be its own parent' });
});

export const GoalFields = goalShape.check(goalRules);
export const Goal = z.extend(goalShape, ServerFields).check(goalRules);
export type Goal = z.infer<typeof Goal>;
/** Fields a goal.update may change; id, cycle and level are fixed once created. */
export const GoalPatch = patchOf(z.omit(goalShape, { id: true, cycleId: true, level: true }));
export type GoalPatch = z.infer<typeof GoalPatch>;

/**
 * What a review asks, per cycle and kind. The default questions look ahead rather than grade
 * the past: what patterns showed, what helped or hindered, what support comes next, which
 * capability to strengthen. An org may replace them per cycle with reviewTemplate.save.
 */
import { z } from 'zod/mini';
import { Id, reviewTemplateId } from './ids';
import { LIMITS, ServerFields, text } from './common';
import { ReviewKind } from './growth';

export const QuestionKey = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be 1-40 lowercase letters, digits or underscores, starting with a letter'));

export const ReviewQuestion = z.strictObject({ key: QuestionKey, text: text(LIMITS.title) });
export type ReviewQuestion = z.infer<typeof ReviewQuestion>;

export const DEFAULT_REVIEW_QUESTIONS: readonly ReviewQuestion[] = [
  { key: 'patterns', text: 'What patterns do you see in this period’s work, and what do they suggest for the next one?' },
  { key: 'helped', text: 'What helped, and what got in the way?' },
  { key: 'support_next', text: 'What support would make the biggest difference next period?' },
  { key: 'capability', text: 'Which capability is most worth strengthening next, and how?' },
];

const templateShape = z.strictObject({
  id: Id,
  cycleId: Id,
  kind: ReviewKind,
  questions: z.array(ReviewQuestion).check(z.minLength(1), z.maxLength(20)),
});
type TemplateShape = z.infer<typeof templateShape>;

const templateRules = z.superRefine((t: TemplateShape, ctx) => {
  if (t.id !== reviewTemplateId(t.cycleId, t.kind))
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be reviewTemplateId(cycleId, kind): one template per cycle and kind' });
  const seen = new Set<string>();
  t.questions.forEach((q, i) => {
    if (seen.has(q.key)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'key'], message: 'appears twice' });
    seen.add(q.key);
  });
});

export const ReviewTemplateFields = templateShape.check(templateRules);
export const ReviewTemplate = z.extend(templateShape, ServerFields).check(templateRules);
export type ReviewTemplate = z.infer<typeof ReviewTemplate>;

/** The questions a review of this cycle and kind answers: the saved template's, else the defaults. */
export const questionsFor = (templates: readonly Pick<ReviewTemplate, 'cycleId' | 'kind' | 'questions'>[], cycleId: string, kind: z.infer<typeof ReviewKind>) =>
  templates.find((t) => t.cycleId === cycleId && t.kind === kind)?.questions ?? DEFAULT_REVIEW_QUESTIONS;

/**
 * Everything the forms check with the model's zod schemas. Loaded with `import()` (see
 * use-form-schemas.ts), so the widget entry paints without zod; the chunk it lands in is the
 * one the engine uses too, so a page with a client fetches it once.
 */
import '../csp-safe-zod'; // first: before any schema is built
import { z } from 'zod/mini';
import { FeedbackKind, FeedbackVisibility, IsoWeek, MUTATIONS, RecordContext, type MutationName } from '../model';
import { issuesOf, type Issue } from './field-errors';

/** What the model says about a mutation's args before they are saved; none when they are fine. */
export function mutationIssues(name: MutationName, args: unknown): Issue[] {
  const parsed = (MUTATIONS[name] as z.ZodMiniType).safeParse(args);
  return parsed.success ? [] : issuesOf(parsed.error);
}

export const isIsoWeek = (week: string): boolean => IsoWeek.safeParse(week).success;

/** The host record, or why it could not be used (shown so the page author can fix it). */
export function parseContext(raw: unknown): { context: RecordContext | null; problem: string | null } {
  if (raw === null || raw === undefined) return { context: null, problem: null };
  const parsed = RecordContext.safeParse(raw);
  if (parsed.success) return { context: parsed.data, problem: null };
  return { context: null, problem: issuesOf(parsed.error).map((i) => `${i.path || 'context'} ${i.message}`).join('; ') };
}

/** An unsent feedback form as kept in localStorage. */
export const FeedbackDraft = z.object({
  kind: FeedbackKind,
  subjectId: z.nullable(z.string()),
  body: z.string(),
  goalId: z.nullable(z.string()),
  skillIds: z.array(z.string()),
  visibility: FeedbackVisibility,
});
export type FeedbackDraft = z.infer<typeof FeedbackDraft>;

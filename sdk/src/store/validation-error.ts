/** A mutation's arguments (or the row they would produce) broke a model rule; each issue names its field. */
import type { z } from 'zod/mini';

export interface FieldIssue {
  /** Dotted path from the mutation args, e.g. `patch.title` or `goals.0.goalId`. */
  path: string;
  message: string;
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';

  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
  }

  /** `prefix` places issues found on a nested object (a patch, a merged row) under its args key. */
  static fromZod(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({ path: [...prefix, ...issue.path].map(String).join('.'), message: issue.message })),
    );
  }
}

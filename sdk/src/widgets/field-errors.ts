/**
 * Validation problems as `{ path, message }` with dotted paths (`goals.0.progressNote`), from a
 * zod error or anything shaped like one (the engine's ValidationError), so a form can put each
 * message next to the field the path names.
 */
export interface Issue {
  path: string;
  message: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The field-level issues an error carries; none if it is not a validation error. */
export function issuesOf(error: unknown): Issue[] {
  if (!isRecord(error) || !Array.isArray(error.issues)) return [];
  return error.issues.filter(isRecord).map((issue) => ({
    path: Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? ''),
    message: String(issue.message ?? 'is invalid'),
  }));
}

/** First message per path: one message next to each field is enough to act on. */
export function byPath(issues: readonly Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of issues) out[path] ??= message;
  return out;
}

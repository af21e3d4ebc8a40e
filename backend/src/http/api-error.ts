/**
 * Every failure a caller can see, in the ApiError shape of the shared contract: a code, a
 * sentence, and for validation failures the path and problem of each issue.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '@sightline/sdk/model';

export type Issue = { path: string; message: string };

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details: { issues?: Issue[]; expectedSeq?: number; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toBody(): ApiError {
    const { issues, expectedSeq } = this.details;
    return { error: { code: this.code, message: this.message, ...(issues && { issues }), ...(expectedSeq !== undefined && { expectedSeq }) } };
  }
}

/** `mutations.3.seq`; the whole value is `(root)`. */
export const formatPath = (path: readonly PropertyKey[]): string => (path.length ? path.map(String).join('.') : '(root)');

/** `$ZodError`: what the model's zod/mini schemas fail with; classic zod's ZodError extends it. */
export const zodIssues = (error: z.core.$ZodError): Issue[] => error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));

/** One line for logs and rejection reasons: `title: must not be empty; weight: ...`. */
export const describeIssues = (issues: Issue[]): string => issues.map((i) => `${i.path}: ${i.message}`).join('; ');

export const unauthorized = (message = 'a valid bearer token is required') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
/** Seconds a client should wait before retrying after a temporary database failure. */
export const RETRY_AFTER_SECONDS = 2;
export const unavailable = () =>
  new HttpError(503, 'unavailable', 'the database failed temporarily; nothing was changed, retry shortly', { retryAfterSeconds: RETRY_AFTER_SECONDS });
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
export const invalidBody = (error: z.core.$ZodError) =>
  new HttpError(422, 'invalid_body', `the request is invalid: ${describeIssues(zodIssues(error))}`, { issues: zodIssues(error) });

/** Temporary database failures become 503 + Retry-After: the client retries, nothing half-done remains. */
import { isTransientError } from '../db/errors';
import { HttpError } from '../http/api-error';

/** Seconds a client should wait before retrying after a temporary database failure. */
export const RETRY_AFTER_SECONDS = 2;

export async function orUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isTransientError(error)) throw error;
    throw new HttpError(503, 'unavailable', 'the database failed temporarily; nothing was changed, retry shortly', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  }
}

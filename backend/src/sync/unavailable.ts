/** Temporary database failures become 503 + Retry-After: the client retries, nothing half-done remains. */
import { isTransientError } from '../db/errors';
import { unavailable } from '../http/api-error';

export async function orUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isTransientError(error)) throw error;
    throw unavailable();
  }
}

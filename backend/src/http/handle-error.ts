/** Turns anything thrown by a route into an ApiError response; only real bugs become a 500. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isTransientError } from '../db/errors';
import { HttpError, unavailable } from './api-error';
import { logError } from './log-error';

export function handleError(thrown: Error, c: Context): Response {
  // Any route, or the authentication before it, may meet a dropped database connection.
  const error = isTransientError(thrown) ? unavailable() : thrown;
  if (error instanceof HttpError) {
    if (error.details.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.details.retryAfterSeconds));
    return c.json(error.toBody(), error.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json({ error: { code: 'bad_request', message: error.message || 'bad request' } }, error.status);
  }
  logError(`${c.req.method} ${c.req.path} failed`, error);
  return c.json({ error: { code: 'internal', message: 'internal server error' } }, 500);
}

export function handleNotFound(c: Context): Response {
  return c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404);
}

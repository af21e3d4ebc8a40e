/**
 * Sorting database failures. Temporary ones (the connection dropped, a serialization failure,
 * a deadlock, the server shutting down) are worth retrying as a whole; anything else raised
 * while applying one mutation is that mutation's own problem.
 */

const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03', '53300', '53400']);
const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const TRANSIENT_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|Client was closed and is not queryable|not currently accepting connections/i;

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

export function isTransientError(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_NODE_CODES.has(code))) return true;
  return error instanceof Error && TRANSIENT_MESSAGES.test(error.message);
}

/** Class 23: the data broke a constraint (unique, foreign key, check, not null). */
export const isConstraintViolation = (error: unknown): boolean => codeOf(error)?.startsWith('23') ?? false;

/** Class 22: a value the database cannot store (out of range, bad encoding); the input's fault. */
export const isDataException = (error: unknown): boolean => codeOf(error)?.startsWith('22') ?? false;

/**
 * Logs an unexpected error without the data that caused it. A database error carries its
 * statement's parameters (PGlite attaches `params`), a `detail` such as `Key (secret)=(...)`,
 * and a message quoting the offending value; any of them may be a secret, so only the SQLSTATE,
 * the names of the constraint, table and column, and our own stack frames are written.
 */
const SQLSTATE = /^[0-9A-Z]{5}$/;

type DatabaseError = Error & { code: string; constraint?: string; table?: string; column?: string };

const isDatabaseError = (error: unknown): error is DatabaseError =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' && SQLSTATE.test(error.code);

/** Stack frames only: the first line of a stack repeats the message. */
const frames = (error: Error) => (error.stack ?? '').split('\n').slice(1).join('\n');

export function describeError(error: unknown): string {
  if (isDatabaseError(error)) {
    const names = Object.entries({ constraint: error.constraint, table: error.table, column: error.column })
      .filter(([, v]) => v)
      .map(([k, v]) => `${k} ${v}`);
    return [`database error SQLSTATE ${error.code}${names.length ? ` (${names.join(', ')})` : ''}`, frames(error)].join('\n');
  }
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

export const logError = (what: string, error: unknown): void => console.error(`${what}: ${describeError(error)}`);

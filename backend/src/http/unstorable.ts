/**
 * Values PostgreSQL refuses or silently mangles: NUL in text or JSON, and lone UTF-16
 * surrogates (not Unicode; jsonb refuses them, text turns them into U+FFFD). Every input path
 * checks with these before anything reaches SQL, so the answer is a 4xx naming the field.
 */
import { HttpError, formatPath, type Issue } from './api-error';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored, or null when it can. */
export function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

/** `text` with NUL and lone surrogates written as \u escapes: for messages that echo input and are stored. */
export const escapeUnstorable = (text: string): string =>
  text.replace(new RegExp(`\\u0000|${LONE_SURROGATE.source}`, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** ISO dates and date-times in year 0000, which the Gregorian calendar and PostgreSQL lack. */
export const yearZero = (text: string): string | null =>
  /^0000-\d\d-\d\d(?:T|$)/.test(text) ? 'year 0000 does not exist; dates start at 0001-01-01' : null;

/** The first string (or object key) in a JSON value that `check` objects to, with its path. */
export function findInStrings(value: unknown, check: (text: string) => string | null, path: PropertyKey[] = []): Issue | null {
  if (typeof value === 'string') {
    const message = check(value);
    return message ? { path: formatPath(path), message } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const inKey = check(key);
    if (inKey) return { path: formatPath([...path, key]), message: `(a key) ${inKey}` };
    const found = findInStrings(item, check, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

export const unstorableInput = (issue: Issue, where = 'the request') =>
  new HttpError(422, 'invalid_body', `${where} is invalid: ${issue.path}: ${issue.message}`, { issues: [issue] });

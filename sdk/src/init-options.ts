/**
 * The options of `Sightline.init`, checked by hand rather than with zod: this runs in the
 * widget entry, which must paint before any schema code has been fetched.
 */
import type { SightlineClient } from './client';

export interface InitOptions {
  /** Base URL of the Sightline API, absolute or relative to the page. */
  endpoint?: string;
  /** A person token or signed embed token, passed to the client factory. */
  token?: string;
  /** Use this client instead of creating one (the extension and tests do). */
  client?: SightlineClient;
  /** CSP nonce for the `<style>` fallback in browsers without constructable stylesheets. */
  nonce?: string;
}

type Check = (value: unknown) => string | null;

const nonEmptyText: Check = (value) => (typeof value !== 'string' ? 'must be a string' : value.trim() === '' ? 'must not be empty' : null);

const isClient = (x: unknown): x is SightlineClient =>
  typeof x === 'object' && x !== null && typeof (x as SightlineClient).watch === 'function' && typeof (x as SightlineClient).mutate === 'function';

const CHECKS: Record<keyof InitOptions, Check> = {
  endpoint: nonEmptyText,
  token: nonEmptyText,
  client: (value) => (isClient(value) ? null : 'must implement watch and mutate'),
  nonce: nonEmptyText,
};

/** The options with a trimmed endpoint, or every problem as `<option> <what is wrong>`. */
export function parseInitOptions(input: unknown): { ok: true; options: InitOptions } | { ok: false; problems: string[] } {
  if (typeof input !== 'object' || input === null) return { ok: false, problems: ['options must be an object'] };
  const given = Object.entries(input).filter(([, value]) => value !== undefined);
  const problems = given.flatMap(([key, value]) => {
    if (!Object.hasOwn(CHECKS, key)) return [`${key} is not an option`];
    const problem = CHECKS[key as keyof InitOptions](value);
    return problem ? [`${key} ${problem}`] : [];
  });
  const options = Object.fromEntries(given) as InitOptions;
  if (options.client === undefined && options.endpoint === undefined) problems.push('endpoint is required unless a client is given');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, options: { ...options, ...(options.endpoint && { endpoint: options.endpoint.trim() }) } };
}

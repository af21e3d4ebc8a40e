/**
 * Cross-origin access to /v1 for widgets on intranet pages served from other origins. Callers
 * authenticate with a bearer token in the Authorization header, never cookies, so allowing any
 * origin lends a foreign page nothing it does not already hold; operators may still narrow it.
 *
 * @example
 * app.use('/v1/*', apiCors(parseCorsOrigins(process.env.SIGHTLINE_CORS_ORIGINS)));
 */
import { cors } from 'hono/cors';

export type CorsOrigins = '*' | readonly string[];

/** Preflights are cached this long, so a widget's steady sync traffic costs no extra round trips. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export const apiCors = (origins: CorsOrigins = '*') =>
  cors({
    origin: origins === '*' ? '*' : [...origins],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type'],
    // The SDK backs off by Retry-After on 503 and 429; a cross-origin script can only read exposed headers.
    exposeHeaders: ['Retry-After'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  });

/** SIGHTLINE_CORS_ORIGINS: unset or `*` for any origin, else comma-separated origins like `https://intranet.example.com`. */
export function parseCorsOrigins(value: string | undefined, name = 'SIGHTLINE_CORS_ORIGINS'): CorsOrigins {
  if (value === undefined || value.trim() === '' || value.trim() === '*') return '*';
  return value.split(',').map((raw) => {
    const origin = raw.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below with the same message as a URL that has a path
    }
    if (!parsed || parsed.origin !== origin) throw new Error(`${name}: ${JSON.stringify(origin)} is not an origin (scheme://host[:port], no path or trailing slash)`);
    return origin;
  });
}

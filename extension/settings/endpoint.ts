/**
 * The backend's address as the user types it, normalised to one form (no trailing slash, no
 * query or fragment), and the host permission that lets the background call it.
 */
import { z } from 'zod';

export const Endpoint = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }))
  .refine((value) => {
    const url = new URL(value);
    return url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  }, 'must not carry a query, fragment or credentials')
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });
export type Endpoint = z.output<typeof Endpoint>;

/**
 * The optional host permission for the backend: its scheme and host on any port and path
 * (Firefox match patterns cannot name a port). The backend sends no CORS headers, so the
 * background's requests need it.
 */
export function endpointPermission(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Path segments and query values reach SQL through route params; one holding NUL or a lone
 * surrogate is a 400 naming where, before any route sees it.
 */
import { createMiddleware } from 'hono/factory';
import { HttpError } from './api-error';
import { unstorableText } from './unstorable';

/** An undecodable escape stays as it is (Hono leaves it so too): it is storable text then. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const refuseUnstorableUrl = createMiddleware(async (c, next) => {
  const url = new URL(c.req.url);
  const parts: Array<[where: string, text: string]> = url.pathname.split('/').map((segment) => ['path', decodedSegment(segment)]);
  for (const [name, value] of url.searchParams) parts.push(['query', name], [`query.${name}`, value]);
  for (const [where, text] of parts) {
    const message = unstorableText(text);
    if (message) throw new HttpError(400, 'invalid_url', `the URL is invalid: ${where}: ${message}`, { issues: [{ path: where, message }] });
  }
  await next();
});

/**
 * SCIM answers errors in its own shape (RFC 7644 §3.12): `{schemas, status, scimType, detail}`
 * as application/scim+json. This middleware, mounted before authentication on the SCIM base,
 * reshapes every error answer below it (a 401 from auth, a 422 from a body check) into that
 * form, keeping the status (a 422 becomes SCIM's 400 invalidValue) and the Retry-After.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError } from '../http/api-error';

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_CONTENT_TYPE = 'application/scim+json';

export type ScimType = 'invalidFilter' | 'invalidValue' | 'uniqueness' | 'invalidSyntax' | 'noTarget' | 'mutability' | 'tooMany';

/** An error a SCIM route raises itself, with its scimType. */
export class ScimError extends HttpError {
  constructor(status: ContentfulStatusCode, readonly scimType: ScimType | undefined, detail: string) {
    super(status, scimType ?? 'scim_error', detail);
  }
}

const SCIM_TYPE_OF_CODE: Record<string, ScimType> = { malformed_json: 'invalidSyntax', invalid_body: 'invalidValue', invalid_import: 'invalidValue', forbidden: 'mutability' };

export const scimJson = (c: Context, body: unknown, status: ContentfulStatusCode = 200) =>
  c.body(JSON.stringify(body), status, { 'content-type': SCIM_CONTENT_TYPE });

export const scimErrors = createMiddleware(async (c, next) => {
  await next();
  if (c.res.status < 400) return;
  const error = c.error;
  const status = (error instanceof HttpError && error.status === 422 ? 400 : c.res.status) as ContentfulStatusCode;
  const scimType = error instanceof ScimError ? error.scimType : error instanceof HttpError ? SCIM_TYPE_OF_CODE[error.code] : undefined;
  const detail = error instanceof HttpError ? error.message : status >= 500 ? 'the server failed; nothing was changed' : ((await c.res.clone().json().catch(() => null))?.error?.message ?? 'the request failed');
  // Assigning over the answer keeps its other headers (Retry-After, the security headers).
  c.res = new Response(JSON.stringify({ schemas: [SCIM_ERROR_SCHEMA], status: String(status), ...(scimType && { scimType }), detail }), {
    status,
    headers: { 'content-type': SCIM_CONTENT_TYPE },
  });
});

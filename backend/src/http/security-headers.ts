/**
 * Security headers on every response (Hono's secureHeaders). A route's own header wins: the
 * demo page sends its own Content-Security-Policy, the SDK files may be loaded by any origin's
 * script tags. HSTS goes out only over https (directly, or as a proxy's X-Forwarded-Proto
 * says), since over plain http it would only be ignored.
 */
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

const HSTS = 'max-age=31536000; includeSubDomains';

export const securityHeaders = secureHeaders({
  overwrite: false,
  // JSON answers load nothing and belong in no frame.
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  strictTransportSecurity: false,
  crossOriginResourcePolicy: false,
});

export const strictTransportSecurity = createMiddleware(async (c, next) => {
  await next();
  const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  if (https) c.header('strict-transport-security', HSTS);
});

/** Script tags of other origins load the SDK in no-cors mode; say that is intended. */
export const crossOriginResource = createMiddleware(async (c, next) => {
  await next();
  c.header('cross-origin-resource-policy', 'cross-origin');
});

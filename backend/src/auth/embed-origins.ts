/**
 * Per-org allow-list of the origins whose pages may use the org's embed tokens. Browsers send
 * Origin with every cross-origin call, so a token copied into another site's page is refused
 * there; an empty list allows any origin (as before lists existed). Calls without an Origin
 * (a server, curl) are not browsers, and CORS protects nothing for them.
 */
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema';
import { forbidden } from '../http/api-error';
import type { AuthEnv } from './authenticate';

const MAX_ORIGINS = 50;

const Origin = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value) && new URL(value).origin === value && /^https?:$/.test(new URL(value).protocol), {
    message: 'must be an origin: http(s)://host[:port], no path or trailing slash',
  });

export const EmbedOrigins = z.strictObject({ origins: z.array(Origin).max(MAX_ORIGINS) });

export const listEmbedOrigins = async (db: Kysely<DB>, orgId: string): Promise<string[]> =>
  (await db.selectFrom('embedOrigins').select('origin').where('orgId', '=', orgId).orderBy('origin').execute()).map((r) => r.origin);

/** Replaces the org's list in one transaction. */
export async function saveEmbedOrigins(db: Kysely<DB>, orgId: string, origins: readonly string[]): Promise<string[]> {
  const unique = [...new Set(origins)].sort();
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('embedOrigins').where('orgId', '=', orgId).execute();
    if (unique.length) await tx.insertInto('embedOrigins').values(unique.map((origin) => ({ orgId, origin }))).execute();
  });
  return unique;
}

export const enforceEmbedOrigins = (db: Kysely<DB>) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    const principal = c.get('principal');
    const origin = c.req.header('origin');
    if (principal.kind === 'embed' && origin !== undefined) {
      const allowed = await listEmbedOrigins(db, principal.orgId);
      if (allowed.length > 0 && !allowed.includes(origin))
        throw forbidden(`embed tokens of this org may be used only from pages of ${allowed.join(', ')}, not ${origin}; an admin adds origins with PUT /v1/admin/embed-origins`);
    }
    await next();
  });

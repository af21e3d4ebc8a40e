/**
 * An org's single sign-on settings: the provider (issuer, client id, client secret sealed with
 * the server's key), which email domains may sign in, the claim holding the email, and the
 * absolute redirect URLs (extensions) a sign-in may end at. Saving checks the issuer against the
 * provider's discovery document, so a typo is a 422 now rather than a failed sign-in later.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema';
import { HttpError } from '../../http/api-error';
import { providerConfig, isLoopback, type ProviderSettings } from './provider-config';
import { open, seal } from './secret-box';

const noNul = { message: 'must not contain NUL characters' };
const text = (max: number) => z.string().trim().min(1).max(max).regex(/^[^\u0000]*$/, noNul);
const httpsUrl = text(2048).refine(
  (value) => URL.canParse(value) && (new URL(value).protocol === 'https:' || (new URL(value).protocol === 'http:' && isLoopback(new URL(value)))),
  { message: 'must be an https URL (http only on a loopback address)' },
);

export const SsoConfigInput = z.strictObject({
  issuer: httpsUrl,
  clientId: text(256),
  /** Omit (or null) for a public client that relies on PKCE alone. */
  clientSecret: text(1024).nullable().default(null),
  allowedDomains: z
    .array(text(253).regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i, { message: 'must be a domain name such as example.com' }).toLowerCase())
    .min(1)
    .max(50),
  emailClaim: z.string().regex(/^[A-Za-z0-9_:.\/-]{1,128}$/, { message: 'must be a claim name' }).default('email'),
  allowedRedirects: z.array(httpsUrl.refine((value) => !value.includes('#'), { message: 'must not have a fragment' })).max(20).default([]),
});
export type SsoConfigInput = z.output<typeof SsoConfigInput>;

export interface SsoConfig extends ProviderSettings {
  orgId: string;
  allowedDomains: string[];
  emailClaim: string;
  allowedRedirects: string[];
}

/** What GET returns: everything but the secret, which is never handed back. */
export type SsoConfigView = Omit<SsoConfig, 'clientSecret'> & { hasClientSecret: boolean; updatedAt: string };

const noKey = () =>
  new HttpError(422, 'invalid_body', 'the request is invalid: clientSecret: cannot be stored: the server has no SIGHTLINE_SECRET_KEY to encrypt it with', {
    issues: [{ path: 'clientSecret', message: 'cannot be stored: the server has no SIGHTLINE_SECRET_KEY to encrypt it with' }],
  });

export async function saveSsoConfig(
  db: Kysely<DB>,
  input: { orgId: string; updatedBy: string; config: SsoConfigInput; secretKey?: Uint8Array },
): Promise<SsoConfigView> {
  const { orgId, updatedBy, config, secretKey } = input;
  if (config.clientSecret && !secretKey) throw noKey();
  await providerConfig({ issuer: config.issuer, clientId: config.clientId, clientSecret: config.clientSecret });
  const row = {
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecretJwe: config.clientSecret ? await seal(secretKey!, orgId, config.clientSecret) : null,
    allowedDomains: JSON.stringify(config.allowedDomains),
    emailClaim: config.emailClaim,
    allowedRedirects: JSON.stringify(config.allowedRedirects),
    updatedBy,
    updatedAt: new Date().toISOString(),
  };
  await db
    .insertInto('ssoConfigs')
    .values({ orgId, ...row })
    .onConflict((oc) => oc.column('orgId').doUpdateSet(row))
    .execute();
  return (await viewSsoConfig(db, orgId))!;
}

export async function viewSsoConfig(db: Kysely<DB>, orgId: string): Promise<SsoConfigView | undefined> {
  const row = await db.selectFrom('ssoConfigs').selectAll().where('orgId', '=', orgId).executeTakeFirst();
  if (!row) return undefined;
  const { clientSecretJwe, updatedBy: _by, ...rest } = row;
  return { ...rest, hasClientSecret: clientSecretJwe !== null };
}

/** The settings a sign-in needs, secret opened; undefined when the org has no single sign-on. */
export async function loadSsoConfig(db: Kysely<DB>, orgId: string, secretKey: Uint8Array | undefined): Promise<SsoConfig | undefined> {
  const row = await db.selectFrom('ssoConfigs').selectAll().where('orgId', '=', orgId).executeTakeFirst();
  if (!row) return undefined;
  if (row.clientSecretJwe && !secretKey)
    throw new HttpError(503, 'sso_unavailable', 'single sign-on is configured with a client secret, but this server has no SIGHTLINE_SECRET_KEY to open it');
  const clientSecret = row.clientSecretJwe ? await open(secretKey!, orgId, row.clientSecretJwe) : null;
  return { orgId, issuer: row.issuer, clientId: row.clientId, clientSecret, allowedDomains: row.allowedDomains, emailClaim: row.emailClaim, allowedRedirects: row.allowedRedirects };
}

export async function deleteSsoConfig(db: Kysely<DB>, orgId: string): Promise<boolean> {
  const result = await db.deleteFrom('ssoConfigs').where('orgId', '=', orgId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Which person an ID token signs in. The provider account (iss + sub) a person signed in with
 * before wins; otherwise the email claim, verified and of an allowed domain, names an existing
 * person of the org, and the account is linked to them so later sign-ins follow sub even if the
 * email changes at the provider. Nobody is created here: people come from the org's directory.
 */
import type { Kysely } from 'kysely';
import type { IDToken } from 'openid-client';
import type { DB } from '../../db/schema';
import { HttpError } from '../../http/api-error';
import type { SsoConfig } from './sso-config';

const refused = (path: string, message: string) => new HttpError(403, 'sso_refused', `single sign-on refused: ${path}: ${message}`, { issues: [{ path, message }] });

export async function personForClaims(db: Kysely<DB>, config: SsoConfig, claims: IDToken): Promise<string> {
  const { orgId } = config;
  const linked = await db
    .selectFrom('ssoIdentities as i')
    .innerJoin('persons as p', (j) => j.onRef('p.orgId', '=', 'i.orgId').onRef('p.id', '=', 'i.personId'))
    .select(['p.id', 'p.active', 'p.deletedAt'])
    .where('i.orgId', '=', orgId)
    .where('i.issuer', '=', claims.iss)
    .where('i.subject', '=', claims.sub)
    .executeTakeFirst();
  if (linked) {
    if (!linked.active || linked.deletedAt) throw refused('sub', 'the person this account signs in is deactivated');
    return linked.id;
  }

  const email = claims[config.emailClaim];
  if (typeof email !== 'string' || !email.includes('@') || email.includes('\u0000'))
    throw refused(`id_token.${config.emailClaim}`, 'is missing or not an email address; ask the provider to release it');
  if (claims.email_verified === false) throw refused('id_token.email_verified', 'the provider says this email is not verified');
  const address = email.toLowerCase();
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (!config.allowedDomains.includes(domain)) throw refused(`id_token.${config.emailClaim}`, `${domain} is not one of the org's sign-in domains`);

  const person = await db.selectFrom('persons').select(['id', 'active', 'deletedAt']).where('orgId', '=', orgId).where('email', '=', address).executeTakeFirst();
  if (!person) throw refused(`id_token.${config.emailClaim}`, `${address} is not a person of this org; ask a people admin to add them`);
  if (!person.active || person.deletedAt) throw refused(`id_token.${config.emailClaim}`, `${address} is deactivated`);
  const link = await db
    .insertInto('ssoIdentities')
    .values({ orgId, issuer: claims.iss, subject: claims.sub, personId: person.id })
    .onConflict((oc) => oc.columns(['orgId', 'issuer', 'personId']).doNothing())
    .returning('personId')
    .executeTakeFirst();
  if (!link) throw refused('sub', `${address} already signs in with another account of this provider`);
  return person.id;
}

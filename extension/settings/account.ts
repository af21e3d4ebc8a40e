/**
 * Who the extension is signed in as and where: the backend address (kept after signing out so
 * the options page can offer it again) and the session, in `browser.storage.local` under
 * `account`. Only the background reads the token; pages get `SettingsView`, which has none.
 */
import { Id } from '@sightline/sdk/model';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { Endpoint } from './endpoint';

export const Session = z.strictObject({
  /** A personal token, or the current access token of a single sign-on session. */
  token: z.string().min(1),
  person: z.strictObject({ id: Id, name: z.string(), email: z.string() }),
  orgName: z.string(),
  /** Single sign-on only: what keeps the access token fresh (sdk/src/sync/session-token-source.ts). */
  sso: z.strictObject({ refreshToken: z.string().min(1), accessExpiresAt: z.number() }).optional(),
});
export type Session = z.infer<typeof Session>;

export const Account = z.strictObject({ endpoint: Endpoint.nullable(), session: Session.nullable() });
export type Account = z.infer<typeof Account>;

export const SIGNED_OUT: Account = { endpoint: null, session: null };

const accountItem = storage.defineItem<unknown>('local:account', { fallback: null });

/** The stored account; anything unreadable (a hand edit, an older format) counts as signed out. */
export async function getAccount(): Promise<Account> {
  const parsed = Account.safeParse(await accountItem.getValue());
  return parsed.success ? parsed.data : SIGNED_OUT;
}

export async function setAccount(account: Account): Promise<void> {
  await accountItem.setValue(Account.parse(account));
}

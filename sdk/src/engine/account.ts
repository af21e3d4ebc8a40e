/**
 * One database per endpoint and person, so two accounts never mix. The person a token acts for
 * is learned from /v1/me once and remembered under the token's account key (account-key.ts),
 * so a later start opens the right database while offline: with the same token, and with a
 * fresh embed token naming the same viewer.
 */
import { Dexie, type Table } from 'dexie';
import { nameId, type Person } from '../model';
import { UnauthorizedError } from '../sync/transport/errors';
import type { Transport } from '../sync/transport/http';
import { accountKey } from './account-key';

interface KnownAccount {
  /** accountKey of endpoint and token. */
  key: string;
  personId: string;
}

class AccountDirectory extends Dexie {
  declare readonly tokens: Table<KnownAccount, string>;
  constructor() {
    super('sightline-accounts');
    this.version(1).stores({ tokens: 'key' });
  }
}

async function withDirectory<T>(use: (directory: AccountDirectory) => Promise<T>): Promise<T> {
  const directory = new AccountDirectory();
  try {
    return await use(directory);
  } finally {
    directory.close();
  }
}

export const databaseName = (endpoint: string, personId: string) => `sightline-${nameId('sightline-endpoint', endpoint.replace(/\/+$/, ''))}-${personId}`;

export interface Account {
  /** The person's database at this endpoint. */
  name: string;
  personId: string;
  /** The person, when the server was asked just now (so the caller need not ask again). */
  me: Person | null;
  /** Drops what was remembered for this token, so the next start asks the server again. */
  forget(): Promise<void>;
}

/** The account of this token. `fetchMe` is only called for an account the device has not seen. */
export async function resolveAccount(endpoint: string, token: string, fetchMe: () => Promise<Person>): Promise<Account> {
  const key = await accountKey(endpoint, token);
  const forget = () => withDirectory((directory) => directory.tokens.delete(key));
  const known = await withDirectory((directory) => directory.tokens.get(key));
  if (known) return { name: databaseName(endpoint, known.personId), personId: known.personId, me: null, forget };
  const me = await fetchMe();
  await withDirectory((directory) => directory.tokens.put({ key, personId: me.id }));
  return { name: databaseName(endpoint, me.id), personId: me.id, me, forget };
}

/**
 * The transport for `account`'s database. A database found by an embed token's claims belongs
 * to the person the server named for that viewer before; should /v1/me now name someone else
 * (an email address passed on to a new colleague), nothing may sync into it. The engine then
 * stops as signed out, and the stale entry is forgotten so the next start asks the server.
 */
export function forAccount(transport: Transport, account: Account): Transport {
  return {
    ...transport,
    async me() {
      const me = await transport.me();
      if (me.id === account.personId) return me;
      await account.forget();
      throw new UnauthorizedError('this token is for another person than the data saved here; reload the page to open theirs');
    },
  };
}

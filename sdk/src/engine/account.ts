/**
 * One database per endpoint and principal, so two accounts never mix. The principal behind a
 * token is learned from /v1/me once and remembered (under a hash of the token, never the
 * token), so a later start opens the right database while offline.
 */
import { Dexie, type Table } from 'dexie';
import { nameId, type Person } from '../model';

interface KnownToken {
  /** Hash of endpoint and token. */
  key: string;
  personId: string;
}

class AccountDirectory extends Dexie {
  declare readonly tokens: Table<KnownToken, string>;
  constructor() {
    super('sightline-accounts');
    this.version(1).stores({ tokens: 'key' });
  }
}

export const databaseName = (endpoint: string, personId: string) => `sightline-${nameId('sightline-endpoint', endpoint.replace(/\/+$/, ''))}-${personId}`;

/** SHA-256 where WebCrypto is available (secure contexts); pages served over plain http fall back to the model's name hash. */
async function tokenKey(endpoint: string, token: string): Promise<string> {
  const text = `${endpoint}\u0000${token}`;
  if (!globalThis.crypto?.subtle) return nameId('sightline-token', text);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The database name for this token. `fetchMe` is only called for a token not seen before; its
 * Person is returned so the caller can store it without asking again.
 */
export async function resolveDatabase(endpoint: string, token: string, fetchMe: () => Promise<Person>): Promise<{ name: string; me: Person | null }> {
  const directory = new AccountDirectory();
  try {
    const key = await tokenKey(endpoint, token);
    const known = await directory.tokens.get(key);
    if (known) return { name: databaseName(endpoint, known.personId), me: null };
    const me = await fetchMe();
    await directory.tokens.put({ key, personId: me.id });
    return { name: databaseName(endpoint, me.id), me };
  } finally {
    directory.close();
  }
}

/**
 * The console's first run: on a server without any org, whoever holds the one-time setup token
 * may create the first org and its admin from /app/first-run. The token is never printed: the
 * operator sets it (SIGHTLINE_SETUP_TOKEN) or reads it from a file only their user can read,
 * whose path the server prints. Only its hash is kept; it is spent by the first org, and once
 * any org exists there is no first run at all.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export const SETUP_TOKEN_FILE = 'setup-token';
/** Long enough that guessing it within the per-IP sign-in budget is hopeless. */
export const MIN_SETUP_TOKEN_LENGTH = 32;

export interface FirstRun {
  /** Whether `token` is the setup token, in constant time. */
  matches(token: string): boolean;
  /** Held while the first org is being created, so two requests cannot both create one. */
  claim(): boolean;
  release(): void;
  /** The first org exists: the token is dead and its file removed. */
  spend(): Promise<void>;
  readonly spent: boolean;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export const hasAnyOrg = async (db: Kysely<DB>): Promise<boolean> => !!(await db.selectFrom('orgs').select('id').limit(1).executeTakeFirst());

export function firstRunFor(token: string, file: string | null): FirstRun {
  const hash = digest(token);
  let claimed = false;
  let spent = false;
  return {
    matches: (candidate) => !spent && timingSafeEqual(digest(candidate), hash),
    claim: () => (claimed || spent ? false : (claimed = true)),
    release: () => void (claimed = false),
    async spend() {
      spent = true;
      if (file) await rm(file, { force: true });
    },
    get spent() {
      return spent;
    },
  };
}

/**
 * The first run of a server without orgs, or null when it has one. The token comes from
 * SIGHTLINE_SETUP_TOKEN, else is drawn at random and written to `<dataDir>/setup-token` (mode
 * 0600); `notice` tells the operator, at the server's URL, where to find it without showing it.
 */
export async function prepareFirstRun(db: Kysely<DB>, options: { env: NodeJS.ProcessEnv; dataDir: string }): Promise<{ firstRun: FirstRun; notice: (url: string) => string } | null> {
  if (await hasAnyOrg(db)) return null;
  const given = options.env.SIGHTLINE_SETUP_TOKEN;
  if (given !== undefined) {
    if (given.length < MIN_SETUP_TOKEN_LENGTH) throw new Error(`SIGHTLINE_SETUP_TOKEN must be at least ${MIN_SETUP_TOKEN_LENGTH} characters`);
    return { firstRun: firstRunFor(given, null), notice: (url) => `Or open ${url}/app/first-run and enter the setup token you set in SIGHTLINE_SETUP_TOKEN.` };
  }
  const token = randomBytes(32).toString('base64url');
  await mkdir(options.dataDir, { recursive: true });
  const file = join(options.dataDir, SETUP_TOKEN_FILE);
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  // writeFile keeps the mode of a file that already existed; the token must be the user's alone.
  await chmod(file, 0o600);
  return { firstRun: firstRunFor(token, file), notice: (url) => `Or open ${url}/app/first-run and enter the one-time setup token from ${file} (readable only by this user).` };
}

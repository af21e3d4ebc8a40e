/**
 * `sightline serve [--port 8787] [--data-dir DIR]`: opens the database (DATABASE_URL, or PGlite
 * in DIR, default .sightline-data/ at the repo root), migrates, seeds the demo org into an
 * empty database, and serves with dev sign-in enabled. Tombstones are purged hourly after 30
 * days (`--tombstone-retention-days`, `--purge-interval-minutes`, or their SIGHTLINE_* env
 * variables). The built SDK is served at /sdk and the demo intranet page at /demo;
 * SIGHTLINE_CORS_ORIGINS narrows which origins may call /v1 (default any). Single sign-on uses
 * SIGHTLINE_PUBLIC_URL (the origin browsers reach, for the provider's redirect URI) and
 * SIGHTLINE_SECRET_KEY (seals OIDC client secrets; see docs/sso.md).
 * Ctrl-C closes streams, stops the purge, then closes the DB.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from './app';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { prepareDemo } from './demo/prepare-demo';
import { secretKeyFrom } from './auth/oidc/secret-box';
import { parseCorsOrigins } from './routes/cors';
import { purgeScheduleFrom, startPurgeSchedule } from './maintenance/purge-schedule';
import { demoManagerLogin } from './seed/demo-login';
import { seedDemo } from './seed/seed';
import { startServer } from './server';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.sightline-data', import.meta.url));

const USAGE =
  'usage: sightline serve [--port 8787] [--data-dir DIR] [--host 127.0.0.1] [--tombstone-retention-days 30] [--purge-interval-minutes 60]';

export async function serveCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '8787' },
      'data-dir': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'tombstone-retention-days': { type: 'string' },
      'purge-interval-minutes': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
  const corsOrigins = parseCorsOrigins(env.SIGHTLINE_CORS_ORIGINS);
  const purgeSchedule = purgeScheduleFrom({ retentionDays: values['tombstone-retention-days'], intervalMinutes: values['purge-interval-minutes'] }, env);

  const database = await openDatabase({ url: env.DATABASE_URL, dataDir });
  await migrate(database);
  const hasOrg = await database.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
  if (!hasOrg) {
    const seeded = await seedDemo(database);
    console.log(`Seeded the demo org "${seeded.slug}" (${seeded.applied} mutations).`);
  }
  const demo = await prepareDemo(database);
  const shutdown = new AbortController();
  const sso = { publicUrl: env.SIGHTLINE_PUBLIC_URL, secretKey: secretKeyFrom(env.SIGHTLINE_SECRET_KEY) };
  const app = createApp({ database, devSignIn: true, corsOrigins, sso, ...(demo && { demo }), signal: shutdown.signal });
  const server = await startServer(app, { port, hostname: values.host });
  const purge = startPurgeSchedule(database.db, purgeSchedule);
  const login = await demoManagerLogin(database);

  console.log(`Sightline is running at ${server.url}`);
  console.log(`Storage: ${database.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`}`);
  if (login) {
    console.log(`Demo token for ${login.person.name} (manager, ${login.person.email}):`);
    console.log(`  ${login.token}`);
    console.log(`Try: curl -H "Authorization: Bearer ${login.token}" ${server.url}/v1/me`);
  }
  const email = login?.person.email ?? 'someone@your.org';
  console.log(`Sign in as anyone (dev sign-in): curl -X POST ${server.url}/v1/auth/dev-signin -H 'content-type: application/json' -d '{"email":"${email}"}'`);
  if (demo) console.log(`Demo intranet page: ${server.url}/demo${demo.viewers[1] ? ` (or as a team member: ${server.url}/demo?as=${demo.viewers[1].email})` : ''}`);

  return async () => {
    shutdown.abort();
    await server.close();
    await purge.stop();
    await database.close();
  };
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command !== 'serve') {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const stop = await serveCommand(rest);
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

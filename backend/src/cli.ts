/**
 * `sightline serve [--port 8787] [--data-dir DIR] [--production]`: opens the database
 * (DATABASE_URL, or PGlite in DIR, default .sightline-data/ at the repo root) and migrates.
 * In demo mode (mode.ts) it seeds the Northwind org into an empty database and mounts dev
 * sign-in and the demo intranet at /demo; in production mode it has neither, and an org is
 * created with `sightline org create`. Tombstones are purged hourly after 30 days
 * (`--tombstone-retention-days`, `--purge-interval-minutes`, or their SIGHTLINE_* env
 * variables), in the same run as private notes past their org's retention and expired
 * idempotency keys. Webhooks reach public addresses only unless
 * SIGHTLINE_WEBHOOK_ALLOW_PRIVATE_TARGETS=true (webhooks/target-policy.ts). The built SDK is served at /sdk; SIGHTLINE_CORS_ORIGINS narrows which origins
 * may call /v1 (default any). Single sign-on uses SIGHTLINE_PUBLIC_URL (the origin browsers
 * reach, for the provider's redirect URI) and SIGHTLINE_SECRET_KEY (seals OIDC client secrets;
 * see docs/sso.md). Nothing secret is printed. Ctrl-C closes streams, stops the
 * purge, then closes the DB.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from './app';
import { prepareFirstRun } from './orgs/first-run';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { prepareDemo } from './demo/prepare-demo';
import { modeFrom, type Mode } from './mode';
import { orgCreateCommand } from './org-create-command';
import { secretKeyFrom } from './auth/oidc/secret-box';
import { parseCorsOrigins } from './routes/cors';
import { purgeScheduleFrom, startPurgeSchedule } from './maintenance/purge-schedule';
import { demoManagerEmail } from './seed/demo-login';
import { seedDemo } from './seed/seed';
import { startServer } from './server';
import { startWebhookWorker } from './webhooks/worker';
import { targetPolicyFrom } from './webhooks/target-policy';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.sightline-data', import.meta.url));

const USAGE = `usage:
  sightline serve [--port 8787] [--data-dir DIR] [--host 127.0.0.1] [--production] [--tombstone-retention-days 30] [--purge-interval-minutes 60]
  sightline org create --name NAME --slug SLUG --admin-email EMAIL [--admin-name NAME] [--url BASE_URL] [--data-dir DIR]`;

/** Seeds Northwind into an empty database; demo mode only. */
async function seedIfEmpty(database: Database): Promise<void> {
  const hasOrg = await database.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
  if (hasOrg) return;
  const seeded = await seedDemo(database);
  console.log(`Seeded the demo org "${seeded.slug}" (${seeded.applied} mutations).`);
}

async function printBanner(database: Database, mode: Mode, url: string, dataDir: string, demoPage: boolean): Promise<void> {
  console.log(`Sightline is running at ${url} in ${mode} mode`);
  console.log(`Storage: ${database.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`}`);
  console.log(`Console: ${url}/app`);
  if (mode === 'production') {
    const hasOrg = await database.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
    if (!hasOrg) console.log('No org yet: create one with `npx sightline org create --name NAME --slug SLUG --admin-email EMAIL`.');
    return;
  }
  console.log('This is a demo: anyone who can reach this server can sign in as any person of it. Use --production (or DATABASE_URL) for real data.');
  const email = (await demoManagerEmail(database)) ?? 'someone@your.org';
  console.log(`Sign in (dev sign-in, demo only): curl -X POST ${url}/v1/auth/dev-signin -H 'content-type: application/json' -d '{"email":"${email}"}'`);
  if (demoPage) console.log(`Demo intranet page: ${url}/demo`);
}

export async function serveCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '8787' },
      'data-dir': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      production: { type: 'boolean', default: false },
      'tombstone-retention-days': { type: 'string' },
      'purge-interval-minutes': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  const mode = modeFrom({ production: values.production, env });
  const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
  const corsOrigins = parseCorsOrigins(env.SIGHTLINE_CORS_ORIGINS);
  const webhookTargets = targetPolicyFrom(env);
  const purgeSchedule = purgeScheduleFrom({ retentionDays: values['tombstone-retention-days'], intervalMinutes: values['purge-interval-minutes'] }, env);

  const database = await openDatabase({ url: env.DATABASE_URL, dataDir });
  await migrate(database);
  if (mode === 'demo') await seedIfEmpty(database);
  const demo = mode === 'demo' ? await prepareDemo(database) : null;
  const shutdown = new AbortController();
  const sso = { publicUrl: env.SIGHTLINE_PUBLIC_URL, secretKey: secretKeyFrom(env.SIGHTLINE_SECRET_KEY) };
  // Demo mode seeded an org above, so only a production server can wait for its first org.
  const firstRun = await prepareFirstRun(database.db, { env, dataDir });
  const app = createApp({ database, devSignIn: mode === 'demo', corsOrigins, sso, ...(demo && { demo }), firstRun: firstRun?.firstRun ?? null, signal: shutdown.signal, webhookTargets });
  const server = await startServer(app, { port, hostname: values.host });
  const purge = startPurgeSchedule(database.db, purgeSchedule);
  const webhooks = startWebhookWorker(database.db, { allowPrivateTargets: webhookTargets.allowPrivate });
  await printBanner(database, mode, server.url, dataDir, demo !== null);
  if (firstRun) console.log(firstRun.notice(env.SIGHTLINE_PUBLIC_URL ?? server.url));

  return async () => {
    shutdown.abort();
    await server.close();
    await purge.stop();
    await webhooks.stop();
    await database.close();
  };
}

/** The command line: `serve` or `org create`; exits 1 with the message on failure. */
export async function runCli(argv: string[]): Promise<void> {
  await main(argv).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'org' && rest[0] === 'create') return orgCreateCommand(rest.slice(1), process.env, DEFAULT_DATA_DIR);
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runCli(process.argv.slice(2));

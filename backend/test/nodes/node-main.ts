/**
 * One backend node as its own process, for the multi-node test: the production app (no dev
 * sign-in, no demo) on DATABASE_URL, with the tombstone purge running as every node runs it.
 * Prints `{"url": ...}` on its first stdout line once it listens; SIGTERM shuts it down.
 * SIGHTLINE_PURGE_RETENTION_MS and SIGHTLINE_PURGE_EVERY_MS set a fast purge for the test.
 */
import { createApp, migrate, openDatabase, startPurgeSchedule, startServer } from '../../src/index';

const DAY_MS = 86_400_000;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('node-main needs DATABASE_URL');

const database = await openDatabase({ url });
await migrate(database);
const shutdown = new AbortController();
const server = await startServer(createApp({ database, signal: shutdown.signal }), { port: 0, hostname: '127.0.0.1' });
const purge = startPurgeSchedule(database.db, {
  retentionDays: Number(process.env.SIGHTLINE_PURGE_RETENTION_MS ?? 30 * DAY_MS) / DAY_MS,
  intervalMinutes: Number(process.env.SIGHTLINE_PURGE_EVERY_MS ?? 3_600_000) / 60_000,
});
console.log(JSON.stringify({ url: server.url }));

process.once('SIGTERM', async () => {
  shutdown.abort();
  await server.close();
  await purge.stop();
  await database.close();
  process.exit(0);
});

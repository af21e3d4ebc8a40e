/**
 * The Sightline backend the extension talks to, in this process so tests can count rows in its
 * database: PGlite in a data directory, the demo org seeded on first start, dev sign-in on (as
 * `sightline serve` runs it). Stopping and starting again on the same port and directory is a
 * server outage the extension must ride out.
 */
import { seedFromTemplate } from '../../support/servers';
import { createApp, migrate, openDatabase, seedDemo, startServer, type Database } from '@sightline/backend';
import { Hono } from 'hono';

export interface HeldAnswer {
  /** Resolves once the server has applied the push whose answer it holds. */
  applied: Promise<void>;
  /** Sends the held answer (to whoever still listens). */
  release(): void;
}

export interface Backend {
  url: string;
  port: number;
  database: Database;
  /**
   * Lets the next sync push be applied and committed but holds its answer back: the moment
   * a client can die between the server's commit and its own, and must not send twice.
   */
  holdNextPushAnswer(): HeldAnswer;
  /** Ends open event streams, stops listening, closes the database (releasing any held answer). */
  stop(): Promise<void>;
}

export async function startBackend(dataDir: string, port = 0): Promise<Backend> {
  seedFromTemplate(dataDir);
  const database = await openDatabase({ dataDir });
  await migrate(database);
  if (!(await database.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst())) await seedDemo(database);
  const shutdown = new AbortController();
  let held: { applied(): void; released: Promise<void> } | null = null;
  const releases: Array<() => void> = [];
  const app = new Hono()
    .use('/v1/sync/push', async (_c, next) => {
      const hold = held;
      held = null;
      await next();
      if (hold) {
        hold.applied();
        await hold.released;
      }
    })
    .route('/', createApp({ database, devSignIn: true, signal: shutdown.signal }));
  const server = await startServer(app, { port });
  return {
    url: server.url,
    port: server.port,
    database,
    holdNextPushAnswer() {
      let applied!: () => void;
      let release!: () => void;
      const answer: HeldAnswer = { applied: new Promise((resolve) => (applied = resolve)), release: () => release() };
      held = { applied, released: new Promise((resolve) => (release = resolve)) };
      releases.push(release);
      return answer;
    },
    async stop() {
      for (const release of releases) release();
      shutdown.abort();
      await server.close();
      await database.close();
    },
  };
}

/** A personal token for the demo person with `email`, as a person gets one from dev sign-in. */
export async function devSignIn(backend: Backend, email: string): Promise<string> {
  const response = await fetch(`${backend.url}/v1/auth/dev-signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`dev sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}

/**
 * Test-only: the real Sightline backend (createApp over in-memory PGlite) listening on
 * 127.0.0.1, with the backend's own test org (people, teams, a token per person and an
 * integration key). Run in the node environment. The extension never imports the backend;
 * only this test helper reaches into the sibling workspace, so sign-in is checked against the
 * server's real answers rather than a copy of them.
 */
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../backend/src/app';
import { openDatabase } from '../../backend/src/db/database';
import { migrate } from '../../backend/src/db/migrate';
import { createOrgFixture, type OrgFixture } from '../../backend/test/helpers/org-fixture';

export interface TestBackend {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  org: OrgFixture;
  close(): Promise<void>;
}

export async function startBackend(): Promise<TestBackend> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const org = await createOrgFixture(database);
  const app = createApp({ database });
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ server, port: info.port }));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    org,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

/**
 * `sightline org create --name NAME --slug SLUG --admin-email EMAIL [--admin-name NAME]
 * [--url BASE_URL] [--data-dir DIR]`: creates an org and its first admin in the database the
 * server uses (DATABASE_URL, or the PGlite data directory), and prints a one-time sign-in code
 * for that admin, valid SIGN_IN_CODE_MINUTES and good for one exchange. Run it while the server
 * is stopped when on PGlite (one process owns a data directory).
 */
import { parseArgs } from 'node:util';
import { SIGN_IN_CODE_MINUTES } from './auth/sign-in-codes';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { createOrgWithAdmin } from './orgs/create-org-with-admin';

export async function orgCreateCommand(args: string[], env: NodeJS.ProcessEnv, defaultDataDir: string): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      url: { type: 'string', default: 'http://127.0.0.1:8787' },
      'data-dir': { type: 'string' },
    },
  });
  const { name, slug, 'admin-email': adminEmail } = values;
  if (!name || !slug || !adminEmail) throw new Error('org create needs --name, --slug and --admin-email');
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: values['data-dir'] ?? defaultDataDir });
  try {
    await migrate(database);
    const created = await createOrgWithAdmin(database, { name, slug, adminEmail, ...(values['admin-name'] && { adminName: values['admin-name'] }) });
    console.log(`Created the org "${created.org.name}" (${created.org.slug}) with ${created.admin.email} as its admin.`);
    console.log(`Give the admin this one-time sign-in, valid ${SIGN_IN_CODE_MINUTES} minutes and good once (it is shown only here):`);
    console.log(`  curl -X POST ${values.url}/v1/auth/sign-in-code -H 'content-type: application/json' -d '{"code":"${created.signIn.code}"}'`);
    console.log(`or open ${values.url}/app and enter the code there: the console then guides the admin to a first quarter.`);
  } finally {
    await database.close();
  }
}

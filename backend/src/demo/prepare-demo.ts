/**
 * Readies the demo intranet against a database holding the seeded Northwind org. It plays both
 * parties of a real embedding: as the org's admin it registers an HS256 embed key (once; later
 * starts reuse it), and it hands that secret to the intranet's server side. It also stands in
 * for the intranet's own directory (who can be picked as the viewer) and for the admin who
 * copies a KPI's id into the page.
 */
import { randomBytes } from 'node:crypto';
import { registerEmbedKey } from '../auth/embed-keys';
import type { Database } from '../db/database';
import type { EmbedSigningKey } from './sign-embed-token';

export const DEMO_ORG_SLUG = 'northwind';
export const DEMO_KID = 'demo-intranet';
/** The first one is who the page shows by default: a team lead, with reports and goals of their own. */
const DEMO_VIEWER_EMAILS = [
  'tomas.silva@northwind.example',
  'lena.vogel@northwind.example',
  'priya.natarajan@northwind.example',
  'ryan.oconnor@northwind.example',
  'amara.okafor@northwind.example',
];
const FEATURED_METRIC_NAME = 'Customer satisfaction (CSAT)';

export interface DemoViewer {
  email: string;
  name: string;
  title: string | null;
}

export interface DemoIntranetConfig {
  key: EmbedSigningKey;
  /** Who the page can be viewed as (`?as=<email>`); the first is the default. */
  viewers: DemoViewer[];
  /** The metric of the page's `<sightline-kpi>`, or null if the org has none by that name. */
  featuredMetricId: string | null;
}

/** Null when there is no demo org (a database holding only real orgs). */
export async function prepareDemo({ db }: Database): Promise<DemoIntranetConfig | null> {
  const org = await db.selectFrom('orgs').select('id').where('slug', '=', DEMO_ORG_SLUG).executeTakeFirst();
  if (!org) return null;
  const people = await db
    .selectFrom('persons')
    .select(['email', 'name', 'title', 'role', 'id'])
    .where('orgId', '=', org.id)
    .where('active', '=', true)
    .where('deletedAt', 'is', null)
    .where((eb) => eb.or([eb('email', 'in', DEMO_VIEWER_EMAILS), eb('role', '=', 'admin')]))
    .execute();
  const admin = people.find((p) => p.role === 'admin');
  if (!admin) throw new Error(`the demo org ${DEMO_ORG_SLUG} has no active admin to register its embed key`);

  let stored = await db.selectFrom('embedKeys').select('secret').where('orgId', '=', org.id).where('kid', '=', DEMO_KID).executeTakeFirst();
  if (!stored?.secret) {
    const secret = randomBytes(32).toString('base64url');
    await registerEmbedKey(db, org.id, admin.id, { kid: DEMO_KID, alg: 'HS256', secret });
    stored = { secret };
  }
  const metric = await db
    .selectFrom('metrics')
    .select('id')
    .where('orgId', '=', org.id)
    .where('name', '=', FEATURED_METRIC_NAME)
    .where('deletedAt', 'is', null)
    .orderBy('version', 'desc')
    .executeTakeFirst();

  const viewers = DEMO_VIEWER_EMAILS.flatMap((email) => people.filter((p) => p.email === email)).map(({ email, name, title }) => ({ email, name, title }));
  return { key: { org: DEMO_ORG_SLUG, kid: DEMO_KID, secret: stored.secret! }, viewers, featuredMetricId: metric?.id ?? null };
}

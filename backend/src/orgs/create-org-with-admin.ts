/**
 * A new org from zero: the org, its first admin, and a one-time sign-in code for that admin,
 * in one transaction (`sightline org create`). Any number of orgs live side by side.
 */
import { uuidv7, type Org } from '@sightline/sdk/model';
import { issueSignInCode } from '../auth/sign-in-codes';
import type { Database } from '../db/database';
import { isConstraintViolation } from '../db/errors';
import { importPeopleIn } from '../people/import-people';
import { PeopleImport } from '../people/people-payload';
import { createOrg } from './orgs';

export interface NewOrg {
  name: string;
  slug: string;
  adminEmail: string;
  adminName?: string;
}

export interface CreatedOrg {
  org: Org;
  admin: { id: string; email: string };
  signIn: { code: string; expiresAt: string };
}

export async function createOrgWithAdmin(database: Database, input: NewOrg, now = new Date()): Promise<CreatedOrg> {
  const org = { id: uuidv7(), name: input.name, slug: input.slug };
  const admin = { id: uuidv7(), name: input.adminName ?? input.adminEmail.split('@')[0]!, email: input.adminEmail.toLowerCase(), role: 'admin' as const };
  const people = PeopleImport.parse({ persons: [admin] });
  try {
    return await database.db.transaction().execute(async (tx) => {
      const created = await createOrg(tx, org);
      await importPeopleIn(tx, org.id, people, now, null);
      const signIn = await issueSignInCode(tx, { orgId: org.id, personId: admin.id, now });
      return { org: created, admin: { id: admin.id, email: admin.email }, signIn };
    });
  } catch (error) {
    if (isConstraintViolation(error)) throw new Error(`an org with the slug ${input.slug} already exists; pick another --slug`);
    throw error;
  }
}

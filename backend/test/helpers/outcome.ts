/** Push one call as someone, from a fresh client, and return what the server said about it. */
import type { MutationResult } from '@sightline/sdk/model';
import type { OrgFixture, PersonName } from './org-fixture';
import type { Call } from './sync-client';

export async function outcome(org: OrgFixture, who: PersonName | 'integration', call: Call): Promise<MutationResult> {
  const res = await org.client(who).push([call]);
  return res.results[0]!;
}

/** Runs a table of [who, call, expected status] rows; returns the rows whose status differed. */
export async function mismatches(org: OrgFixture, rows: ReadonlyArray<readonly [PersonName | 'integration', () => Call, 'applied' | 'rejected']>) {
  const wrong: string[] = [];
  for (const [who, make, expected] of rows) {
    const result = await outcome(org, who, make());
    if (result.status !== expected) wrong.push(`${who} ${make()[0]}: expected ${expected}, got ${result.status} (${result.reason})`);
  }
  return wrong;
}

/**
 * The SDK's convergence property (sdk/src/sync/testing/convergence.ts) against the real
 * backend: two devices of one admin (allowed to create cycles and org goals, check in and write
 * self feedback) push and pull through a faulty network to createApp in-process; afterwards
 * both devices equal the server, and the server equals applying every pushed mutation once.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { LOST_REJECTION_SCENARIO, convergenceProblems, runConvergence, scenarioArbitrary } from '@sightline/sdk/sync/testing/convergence';
import { createApp } from '../src/app';
import { createOrgFixture } from './helpers/org-fixture';
import { describeStorage } from './helpers/storage';

/** Each run is a full scenario over HTTP and SQL; enough runs to meet conflicts and faults, few enough for CI. */
const RUNS = 30;

describeStorage('SDK sync engine against the backend', (ctx) => {
  async function adminTarget() {
    const org = await createOrgFixture(ctx.database, 'convergence');
    // Small reset pages, so every reset in a scenario arrives in many pages, interrupted by the faults.
    const app = createApp({ database: ctx.database, pullPageLimits: { maxRows: 3, maxBytes: 2000 } });
    const fetchApp: typeof fetch = async (input, init) => app.request(input instanceof Request ? input : String(input), init);
    return { fetch: fetchApp, endpoint: 'http://sightline.test', token: org.tokens.admin };
  }

  it('converges: both devices equal the server, every mutation applied exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, async (steps) => {
        const outcome = await runConvergence(await adminTarget(), steps);
        expect(convergenceProblems(outcome)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('shows a rejection whose push answer was lost and that a pull acknowledged first', async () => {
    const outcome = await runConvergence(await adminTarget(), LOST_REJECTION_SCENARIO);
    expect(convergenceProblems(outcome)).toEqual([]);
    expect(outcome.devices[1]!.rejected).toHaveLength(1);
  });
});

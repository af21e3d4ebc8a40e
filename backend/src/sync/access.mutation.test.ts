/**
 * The reasons access refusals give, which the client shows beside the undone change; the
 * handler tests check who is refused, these check what they are told. Found by mutation
 * testing (stryker.survivors.md).
 */
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call, type Call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';

describeStorage('access refusals', (ctx) => {
  it('name what was refused and who may do it', async () => {
    const org = await createOrgFixture(ctx.database);
    const orgGoalId = uuidv7();
    const reason = async (who: 'alice' | 'integration', what: Call) => {
      const { results } = await org.client(who).push([what]);
      expect(results[0]?.status).toBe('rejected');
      return results[0]?.reason;
    };
    expect(await reason('alice', call('goal.create', { id: orgGoalId, cycleId: org.cycleId, level: 'org', title: 'Org goal' }))).toBe(
      `you may not edit org goal ${orgGoalId}`,
    );
    expect(await reason('alice', call('cycle.create', { id: uuidv7(), name: 'H2', kind: 'half', startsOn: '2026-07-01', endsOn: '2026-12-31' }))).toBe(
      'only people admins and admins may create cycles',
    );
    expect(await reason('integration', call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'org', title: 'Org goal' }))).toBe(
      'an integration key may only record metric values',
    );
  });
});

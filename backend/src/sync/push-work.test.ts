import { expect, it } from 'vitest';
import { chunkByWork, workOf } from './push-work';

it('counts a unit per mutation and per list item, and cuts pushes into runs of bounded work', () => {
  const checkin = (goals: number) => ({ args: { goals: Array.from({ length: goals }, (_, i) => ({ goalId: String(i), tags: ['a', 'b'] })) } });
  expect(workOf({ args: { body: 'hi' } })).toBe(1);
  expect(workOf(checkin(3))).toBe(1 + 3 + 3 * 2);
  const chunks = chunkByWork([checkin(3), checkin(3), checkin(3), { args: null }], 21);
  expect(chunks.map((c) => c.length)).toEqual([2, 2]);
  expect(chunkByWork([checkin(50)], 21)).toHaveLength(1);
});

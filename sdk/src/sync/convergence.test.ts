import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADA } from '../store/testing/fixtures';
import { LOST_REJECTION_SCENARIO, convergenceProblems, runConvergence, scenarioArbitrary, type Step } from './testing/convergence';
import { MemorySyncServer } from './testing/memory-server';

const TOKEN = 'token-ada';
const target = (server: MemorySyncServer) => ({ fetch: server.fetch, endpoint: 'http://memory.test', token: TOKEN });

describe('convergence (against the in-memory server double)', () => {
  it('ends with both devices equal to the server and every mutation applied exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, async (steps) => {
        const server = new MemorySyncServer({ accounts: { [TOKEN]: ADA } });
        const outcome = await runConvergence(target(server), steps);
        expect(convergenceProblems(outcome)).toEqual([]);
        for (const id of outcome.devices.flatMap((d) => d.mutations)) expect(server.applications(id)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('shows a rejection whose push answer was lost and that a pull acknowledged first', async () => {
    const server = new MemorySyncServer({ accounts: { [TOKEN]: ADA } });
    const outcome = await runConvergence(target(server), LOST_REJECTION_SCENARIO);
    expect(convergenceProblems(outcome)).toEqual([]);
    expect(outcome.devices[1]!.rejected).toHaveLength(1);
  });

  it('notices a server that applies a retransmitted push again', async () => {
    const server = new MemorySyncServer({ accounts: { [TOKEN]: ADA } });
    // Broken on purpose: it numbers every push it receives as new work, so a retransmission is applied again.
    const received = new Map<string, number>();
    const renumbering: typeof fetch = (input, init) => {
      if (init?.method !== 'POST') return server.fetch(input, init);
      const push = JSON.parse(String(init.body)) as { clientId: string; mutations: Array<{ seq: number }> };
      let seq = received.get(push.clientId) ?? 0;
      push.mutations = push.mutations.map((m) => ({ ...m, seq: ++seq }));
      received.set(push.clientId, seq);
      return server.fetch(input, { ...init, body: JSON.stringify(push) });
    };
    const steps: Step[] = [
      { device: 0, action: 'mutate', op: { kind: 'createGoal', title: 'alpha' } },
      { device: 0, action: 'mutate', op: { kind: 'renameGoal', pick: 0, title: 'bravo' } },
      { device: 0, action: 'push', fault: 'lose' },
      { device: 1, action: 'pull', fault: 'none' },
      { device: 1, action: 'mutate', op: { kind: 'renameGoal', pick: 0, title: 'charlie' } },
      { device: 1, action: 'push', fault: 'none' },
    ];
    const outcome = await runConvergence({ ...target(server), fetch: renumbering }, steps);
    expect(convergenceProblems(outcome)).toContain('server: goals differs from exactly-once application');
  });
});

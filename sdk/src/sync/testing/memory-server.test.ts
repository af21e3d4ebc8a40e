import { describe, expect, it } from 'vitest';
import { uuidv7, type PullResponse, type PushResponse } from '../../model';
import { ADA, goalArgs } from '../../store/testing/fixtures';
import { MemorySyncServer } from './memory-server';

// The double stands in for the backend in the sync tests, so its rules are checked too.
const TOKEN = 'token-ada';
const server = () => new MemorySyncServer({ accounts: { [TOKEN]: ADA } });
const auth = { authorization: `Bearer ${TOKEN}` };
const at = new Date().toISOString();

async function push(s: MemorySyncServer, clientId: string, mutations: Array<{ seq: number; name: string; args: unknown; id?: string }>) {
  const body = { clientId, mutations: mutations.map((m) => ({ id: m.id ?? uuidv7(), at, ...m })) };
  const response = await s.fetch('http://memory.test/v1/sync/push', { method: 'POST', headers: auth, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as PushResponse & { error?: { code: string; expectedSeq: number } } };
}
async function pull(s: MemorySyncServer, clientId: string, cursor?: string) {
  const query = new URLSearchParams({ clientId, ...(cursor ? { cursor } : {}) });
  return (await (await s.fetch(`http://memory.test/v1/sync/pull?${query}`, { headers: auth })).json()) as PullResponse;
}

describe('MemorySyncServer (test double)', () => {
  it('applies in seq order once, answers retries (repeating rejections), and refuses gaps', async () => {
    const s = server();
    const client = uuidv7();
    const goal = goalArgs();
    const create = { id: uuidv7(), seq: 1, name: 'goal.create', args: goal };
    const first = await push(s, client, [create, { seq: 2, name: 'goal.update', args: { id: uuidv7(), patch: {} } }]);
    expect(first.body.results.map((r) => [r.status, r.reason])).toEqual([
      ['applied', null],
      ['rejected', 'id: no such row in goals'],
    ]);
    expect(first.body.lastSeq).toBe(2);

    const again = await push(s, client, [create, { seq: 2, name: 'goal.delete', args: { id: goal.id } }, { seq: 3, name: 'goal.delete', args: { id: goal.id } }]);
    expect(again.body.results.map((r) => [r.status, r.reason])).toEqual([
      ['duplicate', null],
      ['rejected', 'id: no such row in goals'],
      ['applied', null],
    ]);
    expect(s.applications(create.id)).toBe(1);

    const gap = await push(s, client, [{ seq: 5, name: 'goal.delete', args: { id: goal.id } }]);
    expect(gap).toMatchObject({ status: 409, body: { error: { code: 'seq_gap', expectedSeq: 4 } } });
    expect((await push(s, client, [{ seq: 4, name: 'bogus', args: {} }])).status).toBe(400);
  });

  it('pulls everything without a cursor, then only changes and tombstones since it', async () => {
    const s = server();
    const client = uuidv7();
    const [a, b] = [goalArgs(), goalArgs()];
    await push(s, client, [
      { seq: 1, name: 'goal.create', args: a },
      { seq: 2, name: 'goal.create', args: b },
    ]);
    const full = await pull(s, client);
    expect(full).toMatchObject({ reset: true, lastSeq: 2, version: 1 });
    expect(full.changes.goals?.upserts).toHaveLength(2);
    expect(full.changes.persons?.upserts).toEqual([ADA]);

    await push(s, client, [{ seq: 3, name: 'goal.delete', args: { id: a.id } }]);
    const since = await pull(s, client, full.cursor);
    expect(since).toMatchObject({ reset: false, lastSeq: 3, changes: { goals: { upserts: [], deletes: [a.id] } } });
    expect((await pull(s, client, 'from-elsewhere')).reset).toBe(true);
    expect((await s.fetch('http://memory.test/v1/me', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });
});

import { describe, expect, it } from 'vitest';
import { nameId } from './ids';
import { ApiError, MAX_PUSH_BATCH, Mutation, PullQuery, PullResponse, PushRequest, PushResponse } from './sync';
import { ids, issues, sample } from './test-samples';

const mutation = (seq: number) => ({
  id: nameId('sync-test', String(seq)),
  seq,
  name: 'feedback.create',
  args: sample.feedback,
  at: '2026-05-02T10:00:00Z',
});
const push = (...seqs: number[]) => ({ clientId: ids.client, mutations: seqs.map(mutation) });

describe('Mutation', () => {
  it('accepts any args: they are checked per name on the server, as a rejection', () => {
    expect(Mutation.parse({ ...mutation(1), args: { nonsense: true } }).args).toEqual({ nonsense: true });
  });

  it.each([
    ['an unknown name', { name: 'goal.archive' }, /^name: must be one of cycle\.create, cycle\.update, team\.create, .*skillGap\.setStatus$/],
    ['seq 0', { seq: 0 }, /^seq: must be at least 1$/],
    ['a fractional seq', { seq: 1.5 }, /^seq: must be a whole number$/],
    ['a non-UUID id', { id: '1' }, /^id: must be a UUID$/],
    ['a timestamp without offset', { at: '2026-05-02 10:00' }, /^at: must be an ISO 8601 date-time$/],
  ])('rejects %s', (_, change, expected) => {
    const found = issues(Mutation, { ...mutation(1), ...change });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
});

describe('PushRequest', () => {
  it('accepts consecutive seqs starting anywhere', () => {
    expect(PushRequest.parse(push(41, 42, 43)).mutations.map((m) => m.seq)).toEqual([41, 42, 43]);
  });

  it.each([
    ['a gap', [1, 2, 4], ['mutations.2.seq: must be 3 (consecutive within a push)']],
    ['a repeat', [1, 1], ['mutations.1.seq: must be 2 (consecutive within a push)']],
    ['descending seqs', [5, 4, 3], ['mutations.1.seq: must be 6 (consecutive within a push)', 'mutations.2.seq: must be 5 (consecutive within a push)']],
  ])('rejects %s at the offending seq', (_, seqs, expected) => {
    expect(issues(PushRequest, push(...seqs))).toEqual(expected);
  });

  it('rejects an empty push and one over the batch limit', () => {
    expect(issues(PushRequest, push())).toEqual(['mutations: must not be empty']);
    const seqs = Array.from({ length: MAX_PUSH_BATCH + 1 }, (_, i) => i + 1);
    expect(issues(PushRequest, push(...seqs))).toEqual([`mutations: must have at most ${MAX_PUSH_BATCH} items`]);
  });

  it('rejects a missing client id and unknown keys', () => {
    expect(issues(PushRequest, { mutations: [mutation(1)] })).toEqual(['clientId: must be a UUID']);
    expect(issues(PushRequest, { ...push(1), lastSeq: 0 })).toEqual(['(root): has unknown key "lastSeq"']);
  });
});

describe('PushResponse', () => {
  it('carries a result per mutation, with a reason for rejections', () => {
    const response = {
      lastSeq: 3,
      version: 120,
      results: [
        { id: mutation(2).id, seq: 2, status: 'duplicate', reason: null },
        { id: mutation(3).id, seq: 3, status: 'rejected', reason: 'goal not found' },
      ],
    };
    expect(PushResponse.parse(response)).toEqual(response);
    expect(issues(PushResponse, { ...response, results: [{ ...response.results[0], status: 'failed' }] })).toEqual([
      'results.0.status: must be one of applied, duplicate, rejected',
    ]);
    expect(issues(PushResponse, { ...response, lastSeq: -1 })).toEqual(['lastSeq: must be at least 0']);
  });
});

describe('PullQuery', () => {
  it('treats the cursor as optional and bounded', () => {
    expect(PullQuery.parse({ clientId: ids.client })).toEqual({ clientId: ids.client });
    expect(issues(PullQuery, { clientId: ids.client, cursor: 'v'.repeat(101) })).toEqual([
      'cursor: must be at most 100 characters',
    ]);
  });
});

describe('PullResponse', () => {
  const response = {
    cursor: 'v120.a4',
    reset: false,
    lastSeq: 43,
    version: 120,
    changes: { feedback: { upserts: [{ id: ids.feedback, body: 'Great call' }], deletes: [ids.request] } },
  };

  it('accepts changes for a subset of the synced tables', () => {
    expect(PullResponse.parse(response)).toEqual(response);
    expect(PullResponse.parse({ ...response, reset: true, changes: {} }).changes).toEqual({});
  });

  it.each([
    ['an unknown table', { changes: { salaries: { upserts: [], deletes: [] } } }, 'changes: has unknown key "salaries"'],
    ['a non-UUID tombstone', { changes: { goals: { upserts: [], deletes: ['g1'] } } }, 'changes.goals.deletes.0: must be a UUID'],
    ['a missing deletes list', { changes: { goals: { upserts: [] } } }, 'changes.goals.deletes: is required'],
    ['a missing reset flag', { reset: undefined }, 'reset: is required'],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(PullResponse, { ...response, ...change })).toEqual([expected]);
  });
});

describe('ApiError', () => {
  it('carries the code, the failing paths and, for seq_gap, where to resume', () => {
    const body = { error: { code: 'seq_gap', message: 'resend from seq 44', expectedSeq: 44 } };
    expect(ApiError.parse(body)).toEqual(body);
    expect(issues(ApiError, { error: { message: 'x' } })).toEqual(['error.code: is required']);
  });
});

import { inspect } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { HttpError } from './api-error';
import { handleError, handleNotFound } from './handle-error';

const SECRET = 'embed-key-secret-0123456789abcdefghij';

describe('handleError', () => {
  const app = new Hono()
    .get('/busy', () => {
      throw new HttpError(503, 'unavailable', 'retry', { retryAfterSeconds: 2 });
    })
    .get('/gap', () => {
      throw new HttpError(409, 'seq_gap', 'resend', { expectedSeq: 7 });
    })
    .get('/bug', () => {
      throw new TypeError('undefined is not a function');
    })
    .get('/failing-statement', async () => {
      const pglite = await PGlite.create();
      try {
        await pglite.query('select $1::int', [SECRET]);
      } finally {
        await pglite.close();
      }
    });
  app.onError(handleError);
  app.notFound(handleNotFound);

  it('sends Retry-After with a 503 and expectedSeq with a seq gap', async () => {
    const busy = await app.request('/busy');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('2');
    expect(await (await app.request('/gap')).json()).toEqual({ error: { code: 'seq_gap', message: 'resend', expectedSeq: 7 } });
  });

  it('hides the details of a bug behind a generic 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await app.request('/bug');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('logs a failing statement without its parameters or the values in its message', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await app.request('/failing-statement');
    expect(res.status).toBe(500);
    const logged = log.mock.calls.map((args) => args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 5 }))).join(' ')).join('\n');
    log.mockRestore();
    expect(logged).toMatch(/22P02/);
    expect(logged).not.toContain(SECRET);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { loadDraft } from './draft';

afterEach(() => localStorage.clear());

describe('loadDraft', () => {
  const Shape = z.object({ body: z.string() });

  it('returns a stored draft that still fits its schema, and ignores one that does not', () => {
    localStorage.setItem('ok', JSON.stringify({ body: 'hello' }));
    localStorage.setItem('old', JSON.stringify({ text: 'from an older version' }));
    localStorage.setItem('garbled', '{"body":');
    expect(loadDraft('ok', Shape)).toEqual({ body: 'hello' });
    expect(loadDraft('old', Shape)).toBeNull();
    expect(loadDraft('garbled', Shape)).toBeNull();
    expect(loadDraft('missing', Shape)).toBeNull();
  });
});

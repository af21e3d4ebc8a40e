import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { ValidationError } from './validation-error';

describe('ValidationError', () => {
  it('names each failing field by its dotted path, under an optional prefix', () => {
    const schema = z.object({ title: z.string().check(z.minLength(1, 'must not be empty')), goals: z.array(z.object({ id: z.uuid() })) });
    const result = schema.safeParse({ title: '', goals: [{ id: 'x' }] });
    if (result.success) throw new Error('expected a failure');
    const error = ValidationError.fromZod(result.error, ['patch']);
    expect(error.issues).toEqual([
      { path: 'patch.title', message: 'must not be empty' },
      { path: 'patch.goals.0.id', message: expect.any(String) },
    ]);
    expect(error.message).toContain('patch.title: must not be empty');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
  });
});

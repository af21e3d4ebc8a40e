import { afterAll, describe, expect, it } from 'vitest';
import * as classic from 'zod';
import { z } from 'zod/mini';

// A host page's own handler, installed before the SDK loads (zod's config is shared through globalThis).
z.config({ customError: (issue) => (issue.code === 'invalid_type' ? 'host wording' : undefined) });
await import('./issue-messages');
afterAll(() => z.config({ customError: undefined }));

const message = (schema: z.core.$ZodType, value: unknown) => z.safeParse(schema, value).error?.issues[0]?.message;

describe('issue messages', () => {
  it.each([
    ['a missing field', z.object({ a: z.string() }), {}, 'is required'],
    ['a wrong type', z.boolean(), 'yes', 'must be true or false'],
    ['a long string', z.string().check(z.maxLength(2)), 'abc', 'must be at most 2 characters'],
    ['an empty list', z.array(z.string()).check(z.minLength(1)), [], 'must not be empty'],
    ['an exclusive bound', z.number().check(z.gt(0)), 0, 'must be over 0'],
    ['an exact length', z.string().check(z.length(3)), 'ab', 'must be exactly 3 characters'],
    ['unknown keys', z.strictObject({}), { a: 1, b: 2 }, 'has unknown keys "a", "b"'],
  ])('words %s on a zod/mini schema', (_, schema, value, expected) => {
    expect(message(schema, value)).toBe(expected);
  });

  it("leaves classic zod's issues (the backend's, the extension's, a host page's) to the handlers before it", () => {
    expect(message(classic.string(), 1)).toBe('host wording');
    expect(message(classic.string().max(2), 'abc')).toBe('Too big: expected string to have <=2 characters');
  });
});

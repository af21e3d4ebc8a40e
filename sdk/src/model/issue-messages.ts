/**
 * Words zod's built-in issues (missing, wrong type, out of bounds, unknown key, not an option)
 * like the model's own messages: a phrase after the field name, "weight: must be at most 100",
 * shown next to form fields and in the backend's 4xx bodies. zod/mini loads no locale, and
 * these few cases are all the model produces; English's locale would cost more.
 *
 * zod keeps its config on globalThis, shared with any other zod on the page, so this words
 * only issues owned by zod/mini schemas (the model's; zod stamps the owner on each issue before
 * asking for a message) and hands the rest to whatever handler was there:
 * classic zod in the backend, the extension or a host page keeps its own messages.
 */
import { z } from 'zod/mini';

const KINDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      // z.number() refuses NaN and ±Infinity as a wrong type.
      if (issue.expected === 'number' && typeof issue.input === 'number') return 'must be a finite number';
      return `must be ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const sized = issue.origin === 'string' || issue.origin === 'array';
      if (!big && sized && limit === 1) return 'must not be empty';
      const bound = issue.exact ? 'exactly' : issue.inclusive === false ? (big ? 'under' : 'over') : big ? 'at most' : 'at least';
      if (issue.origin === 'array') return `must have ${bound} ${limit} items`;
      return `must be ${bound} ${limit}${issue.origin === 'string' ? ' characters' : ''}`;
    }
  }
  return undefined;
}

const previous = z.config().customError;
z.config({
  customError: (issue) =>
    issue.schema?._zod.traits.has('ZodMiniType') ? issueMessage(issue) ?? previous?.(issue) : previous?.(issue),
});

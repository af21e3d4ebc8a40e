/** Field types shared by every entity: text limits, dates, weeks, the host-record context. */
import './issue-messages'; // here because every schema module imports this one: wherever the model parses, its messages are set
import { z } from 'zod/mini';
import { Id } from './ids';

export const LIMITS = {
  name: 200,
  title: 300,
  body: 5000,
  note: 2000,
  url: 2048,
  list: 50,
} as const;

const atMost = (max: number) => z.maxLength(max, `must be at most ${max} characters`);

/** Trimmed, non-empty, bounded text. */
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), atMost(max));

/** Optional free text: empty strings are normalised to null so "cleared" and "absent" agree. */
export const optionalText = (max: number) =>
  z.pipe(
    z.optional(z.nullable(z.string().check(z.trim(), atMost(max)))),
    z.transform((s) => s || null),
  );

/** A nullable field that is null when left out. */
export const nullByDefault = <T extends z.core.SomeType>(schema: T) =>
  // `never`: null is an output of every nullable, but TypeScript cannot see that through T.
  z._default(z.nullable(schema), null as never);

export const IsoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });
export const IsoDate = z.iso.date('must be an ISO date (YYYY-MM-DD)');
export const IsoWeek = z.string().check(z.regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'must be an ISO week like 2026-W47'));

export const TimeZone = z.string().check(
  z.refine((tz: string) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Berlin'),
);

/** Tools the extension and SDK know how to read context from; `web` is any page the user enabled. */
export const Tool = z.enum([
  'zendesk',
  'freshdesk',
  'jira',
  'intercom',
  'salesforce',
  'hubspot',
  'pipedrive',
  'confluence',
  'sharepoint',
  'notion',
  'web',
  'api',
]);
export type Tool = z.infer<typeof Tool>;

/** Where a piece of feedback or a KPI value was captured: the host tool's record. */
export const RecordContext = z.strictObject({
  tool: Tool,
  recordType: text(60),
  recordId: text(200),
  // Own message for max: a schema-level message would otherwise also label the length issue.
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).check(atMost(LIMITS.url)),
  title: optionalText(LIMITS.title),
  customer: optionalText(LIMITS.name),
});
export type RecordContext = z.infer<typeof RecordContext>;

/** Columns the server owns on every synced row; clients never send them in mutation args. */
export const ServerFields = {
  orgId: Id,
  version: z.int().check(z.nonnegative()),
  updatedAt: IsoDateTime,
};

type WithoutDefault<T> = T extends z.core.$ZodDefault<infer Inner> ? Inner : T;

/**
 * Every key optional and, unlike `z.partial()`, an absent key stays absent: `z.partial()` keeps
 * defaults, so a patch naming one field would reset every other field to its default.
 */
export function patchOf<Shape extends z.core.$ZodLooseShape>(object: z.ZodMiniObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => [key, z.optional(field instanceof z.core.$ZodDefault ? field._zod.def.innerType : field)]),
  );
  return z.strictObject(shape as { [K in keyof Shape]: z.ZodMiniOptional<WithoutDefault<Shape[K]>> });
}

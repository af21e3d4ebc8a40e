/** Field types shared by every entity: text limits, dates, weeks, the host-record context. */
import { z } from 'zod';

export const LIMITS = {
  name: 200,
  title: 300,
  body: 5000,
  note: 2000,
  url: 2048,
  list: 50,
} as const;

/** Trimmed, non-empty, bounded text. */
export const text = (max: number) =>
  z.string().trim().min(1, { message: 'must not be empty' }).max(max, { message: `must be at most ${max} characters` });

/** Optional free text: empty strings are normalised to null so "cleared" and "absent" agree. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
export const IsoDate = z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' });
export const IsoWeek = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, { message: 'must be an ISO week like 2026-W47' });

export const TimeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/Berlin' },
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
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(LIMITS.url, { message: `must be at most ${LIMITS.url} characters` }),
  title: optionalText(LIMITS.title),
  customer: optionalText(LIMITS.name),
});
export type RecordContext = z.infer<typeof RecordContext>;

/** Columns the server owns on every synced row; clients never send them in mutation args. */
export const ServerFields = {
  orgId: z.uuid(),
  version: z.number().int().nonnegative(),
  updatedAt: IsoDateTime,
};

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * Every key optional and, unlike `.partial()`, an absent key stays absent: `.partial()` keeps
 * `.default()`, so a patch naming one field would reset every other field to its default.
 */
export function patchOf<Shape extends z.core.$ZodLooseShape>(object: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
  );
  return z.strictObject(shape as { [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> });
}

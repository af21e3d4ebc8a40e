/**
 * What a content script hands the extension frame it places: the record on screen and, for
 * the panel, how to present it. It travels in the frame URL's fragment (never sent to any
 * server) and the frame validates it again, since it was read from the host page.
 */
import { RecordContext } from '@sightline/sdk/model';
import { z } from 'zod';

export const PanelPayload = z.strictObject({
  /** The tool's name for the header, e.g. "Zendesk". */
  label: z.string().min(1).max(60),
  category: z.enum(['ticketing', 'crm', 'docs']),
  record: RecordContext,
});
export type PanelPayload = z.infer<typeof PanelPayload>;

export const CapturePayload = z.strictObject({ record: z.nullable(RecordContext) });
export type CapturePayload = z.infer<typeof CapturePayload>;

export function withPayload(pageUrl: string, payload: PanelPayload | CapturePayload): string {
  return `${pageUrl}#${encodeURIComponent(JSON.stringify(payload))}`;
}

/** The payload in `hash`, or a message saying what is wrong with it. */
export function readPayload<T>(schema: z.ZodType<T>, hash: string): { ok: true; payload: T } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return { ok: false, problem: 'the page did not say which record this is' };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, payload: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ') };
}

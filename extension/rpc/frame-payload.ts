/**
 * What a content script hands the extension frame it places: the record on screen and, for
 * the panel, how to present it. It travels from the content script to the background over the
 * extension's own messaging and from there to the one frame that redeems its nonce; the host
 * page never sees it, and nothing in the frame's URL says which record it is.
 */
import { RecordContext } from '@sightline/sdk/model';
import { z } from 'zod';

const RecordOutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('won'), amount: z.nullable(z.number()), currency: z.nullable(z.string().regex(/^[A-Z]{3}$/)) }),
  z.strictObject({ kind: z.literal('solved') }),
]);

export const PanelPayload = z.strictObject({
  /** The tool's name for the header, e.g. "Zendesk". */
  label: z.string().min(1).max(60),
  category: z.enum(['ticketing', 'crm', 'docs']),
  record: RecordContext,
  /** The deal won or ticket solved on screen (hosts/outcome.ts); absent or null otherwise. */
  outcome: z.nullable(RecordOutcomeSchema).optional(),
});
export type PanelPayload = z.infer<typeof PanelPayload>;

export const CapturePayload = z.strictObject({ record: z.nullable(RecordContext) });
export type CapturePayload = z.infer<typeof CapturePayload>;

/** Which extension page is framed, with its payload. */
export const FrameRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('panel'), payload: PanelPayload }),
  z.strictObject({ kind: z.literal('capture'), payload: CapturePayload }),
]);
export type FrameRequest = z.infer<typeof FrameRequest>;
export type FrameKind = FrameRequest['kind'];

/** The extension page each kind of frame loads. */
export const FRAME_PAGES = { panel: '/record-panel.html', capture: '/capture.html' } as const satisfies Record<FrameKind, string>;

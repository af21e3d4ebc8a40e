/** Messages the background sends to the content script of a tab. */
import { z } from 'zod';

export const OpenCaptureMessage = z.strictObject({ type: z.literal('sightline:open-capture') });
export type OpenCaptureMessage = z.infer<typeof OpenCaptureMessage>;

/** The content script's answer, so the sender knows a Sightline page received it. */
export const CaptureOpened = z.strictObject({ opened: z.literal(true) });

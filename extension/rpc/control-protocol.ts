/**
 * The extension's own calls to the background, next to the SightlineClient: settings, sign-in,
 * opening the feedback capture, activity state. Each has a zod schema for its args and its
 * result, and a list of the page kinds allowed to make it; the background validates every
 * request, the caller validates args before sending so a mistake fails without a round trip.
 */
import { Id, Tool } from '@sightline/sdk/model';
import { z } from 'zod';
import { Endpoint } from '../settings/endpoint';
import { SettingsView } from '../settings/settings-view';
import { FrameRequest } from './frame-payload';
import type { Trust } from './trust';

const NoArgs = z.strictObject({});

export const CONTROL = {
  getSettings: { args: NoArgs, result: SettingsView, allowed: ['extension'] },
  saveSettings: {
    args: z.strictObject({ enabledTools: z.array(Tool).max(Tool.options.length) }),
    result: SettingsView,
    allowed: ['extension'],
  },
  /** Verifies the token with GET /v1/me before keeping it. */
  signIn: {
    args: z.strictObject({ endpoint: Endpoint, token: z.string().trim().min(1, 'must not be empty').max(4096, 'is too long') }),
    result: SettingsView,
    allowed: ['extension'],
  },
  /** Signs in through the org's identity provider (background/sso-sign-in.ts). */
  signInWithSso: {
    args: z.strictObject({ endpoint: Endpoint, orgSlug: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be the org slug: 2-63 lower-case letters, digits or dashes') }),
    result: SettingsView,
    allowed: ['extension'],
  },
  signOut: { args: NoArgs, result: SettingsView, allowed: ['extension'] },
  /** Opens feedback capture on the active tab's record, or the side panel when the tab has no Sightline panel. */
  openCapture: { args: NoArgs, result: z.strictObject({ shownIn: z.enum(['page', 'sidepanel', 'nowhere']) }), allowed: ['extension'] },
  /** Which of these activity ids (see activity/activity-id.ts) already have a recorded value. */
  activityStatus: {
    args: z.strictObject({ ids: z.array(Id).max(100) }),
    result: z.strictObject({ logged: z.array(Id) }),
    allowed: ['extension', 'embedded'],
  },
  /** What the frame's content script handed over: which page this is and the record it is for. */
  frameRequest: { args: NoArgs, result: FrameRequest, allowed: ['embedded'] },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType; allowed: readonly Trust[] }>;

export type ControlMethod = keyof typeof CONTROL;
export const CONTROL_METHODS = Object.keys(CONTROL) as ControlMethod[];
/** What a caller passes. */
export type ControlArgs<M extends ControlMethod> = z.input<(typeof CONTROL)[M]['args']>;
/** What a handler receives, after parsing (the endpoint normalised, text trimmed). */
export type ParsedControlArgs<M extends ControlMethod> = z.output<(typeof CONTROL)[M]['args']>;
export type ControlResult<M extends ControlMethod> = z.output<(typeof CONTROL)[M]['result']>;

export const ControlRequest = z.strictObject({ id: z.number().int().nonnegative(), method: z.string(), args: z.unknown() });
export const ControlResponse = z.union([
  z.strictObject({ id: z.number().int().nonnegative(), result: z.unknown() }),
  z.strictObject({ id: z.number().int().nonnegative(), error: z.string() }),
]);
/** The background's first message on a port it accepted, saying what the page may do. */
export const ControlReady = z.strictObject({ ready: z.enum(['extension', 'embedded']) });
export type ControlReady = z.infer<typeof ControlReady>;
/** The background's only message on a port it refuses, just before closing it. */
export const ControlRefused = z.strictObject({ refused: z.string() });
export type ControlRefused = z.infer<typeof ControlRefused>;
export type ControlRequest = z.infer<typeof ControlRequest>;
export type ControlResponse = z.infer<typeof ControlResponse>;

/** A control call failed: invalid args, not allowed, or the handler's own error, in words. */
export class ControlError extends Error {
  override readonly name = 'ControlError';
}

export const isControlMethod = (method: string): method is ControlMethod => Object.hasOwn(CONTROL, method);

/** Parses `args` for `method`, or throws a ControlError naming the method and each bad field. */
export function parseControlArgs<M extends ControlMethod>(method: M, args: unknown): ParsedControlArgs<M> {
  const parsed = (CONTROL[method].args as unknown as z.ZodType<ParsedControlArgs<M>>).safeParse(args);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw new ControlError(`${method}: ${issues.join('; ')}`);
}

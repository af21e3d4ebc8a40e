/**
 * The background's end of the control channel: validates each request, checks the page may
 * make it, runs the handler and answers with its result or the error in words.
 */
import type { RuntimePortLike } from '@sightline/sdk/engine';
import {
  CONTROL,
  ControlRequest,
  isControlMethod,
  type ControlReady,
  parseControlArgs,
  type ControlMethod,
  type ControlResponse,
  type ControlResult,
  type ParsedControlArgs,
} from './control-protocol';
import type { FrameRequest } from './frame-payload';
import type { Trust } from './trust';

type Handler<M extends ControlMethod> = (args: ParsedControlArgs<M>) => Promise<ControlResult<M>>;
/** The background's handlers; `frameRequest` is answered per port, from the frame's session. */
export type ControlHandlers = { [M in Exclude<ControlMethod, 'frameRequest'>]: Handler<M> };

/** Answers control calls on `channel`, after telling the page it was accepted; `frame` is an embedded frame's session. */
export function serveControl(channel: RuntimePortLike, handlers: ControlHandlers, trust: Trust, frame: FrameRequest | null = null): void {
  const all: { [M in ControlMethod]: Handler<M> } = {
    ...handlers,
    frameRequest: async () => {
      if (!frame) throw new Error('this page was not opened as a frame');
      return frame;
    },
  };
  const answer = (response: ControlResponse) => channel.postMessage(response);
  channel.postMessage({ ready: trust } satisfies ControlReady);

  channel.onMessage.addListener((message) => {
    const request = ControlRequest.safeParse(message);
    if (!request.success) {
      const id = (message as { id?: unknown } | null)?.id;
      const reason = `invalid control request: ${request.error.issues.map((i) => `${i.path.join('.') || 'request'} ${i.message}`).join('; ')}`;
      // Without a usable id the caller cannot be told; it will see its call time out.
      if (typeof id === 'number' && Number.isInteger(id) && id >= 0) answer({ id, error: reason });
      else console.warn(`[sightline] ${reason}`);
      return;
    }
    const { id, method, args } = request.data;
    run(method, args).then(
      (result) => answer({ id, result }),
      (error: unknown) => answer({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });

  async function run(method: string, args: unknown): Promise<unknown> {
    if (!isControlMethod(method)) throw new Error(`unknown control method ${JSON.stringify(method)}`);
    if (!(CONTROL[method].allowed as readonly Trust[]).includes(trust)) throw new Error(`${method} is not allowed from this page`);
    const handler = all[method] as (args: unknown) => Promise<unknown>;
    return handler(parseControlArgs(method, args));
  }
}

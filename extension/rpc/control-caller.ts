/**
 * A page's end of the control channel: typed calls that validate their args before sending,
 * match answers to calls by id and check each result against the method's schema.
 */
import type { RuntimePortLike } from '@sightline/sdk/engine';
import {
  CONTROL,
  ControlError,
  ControlReady,
  ControlRefused,
  ControlResponse,
  parseControlArgs,
  type ControlArgs,
  type ControlMethod,
  type ControlResult,
} from './control-protocol';
import type { Trust } from './trust';

export interface ControlApi {
  call<M extends ControlMethod>(method: M, args: ControlArgs<M>): Promise<ControlResult<M>>;
}

/** The background refused the port and said why; connecting again would be refused again. */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
}

/** The port closed before the answer came; the call may or may not have run. */
export class ConnectionLostError extends Error {
  override readonly name = 'ConnectionLostError';
  constructor() {
    super('the connection to the Sightline background was lost');
  }
}

interface Pending {
  method: ControlMethod;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export interface ControlCaller extends ControlApi {
  /** Resolves with what the page may do once the background accepted the port; rejects if it is refused or closes first. */
  ready: Promise<Trust>;
}

export function controlCaller(channel: RuntimePortLike): ControlCaller {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let connected = true;
  let accepted: (trust: Trust) => void = () => {};
  let refused: (error: Error) => void = () => {};
  const ready = new Promise<Trust>((resolve, reject) => {
    accepted = resolve;
    refused = reject;
  });
  // A port refused or closed before anyone asked is not an error on its own.
  ready.catch(() => {});

  channel.onMessage.addListener((message) => {
    const greeting = ControlReady.safeParse(message);
    if (greeting.success) return accepted(greeting.data.ready);
    const refusal = ControlRefused.safeParse(message);
    if (refusal.success) return refused(new RefusedError(refusal.data.refused));
    const response = ControlResponse.safeParse(message);
    if (!response.success) return console.warn('[sightline] dropped an invalid control response', response.error.issues);
    const call = pending.get(response.data.id);
    if (!call) return;
    pending.delete(response.data.id);
    if ('error' in response.data) return call.reject(new ControlError(response.data.error));
    const result = CONTROL[call.method].result.safeParse(response.data.result);
    if (result.success) call.resolve(result.data);
    else call.reject(new ControlError(`${call.method}: unexpected result from the background`));
  });
  channel.onDisconnect.addListener(() => {
    connected = false;
    refused(new ConnectionLostError());
    for (const call of pending.values()) call.reject(new ConnectionLostError());
    pending.clear();
  });

  return {
    ready,
    call<M extends ControlMethod>(method: M, args: ControlArgs<M>): Promise<ControlResult<M>> {
      return new Promise((resolve, reject) => {
        parseControlArgs(method, args);
        if (!connected) throw new ConnectionLostError();
        const id = nextId++;
        pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject });
        channel.postMessage({ id, method, args });
      });
    },
  };
}

/**
 * Serves a client to another context over comlink: a Worker's global scope, a MessagePort,
 * or a runtime.Port adapted with portEndpoint.
 *
 * @example Extension background
 *   chrome.runtime.onConnect.addListener((port) => {
 *     port.onDisconnect.addListener(exposeClient(client, portEndpoint(port)));
 *   });
 */
import { expose, proxy, releaseProxy, type Endpoint } from 'comlink';
import type { SightlineClient, Unsubscribe } from '../../client';
import { ValidationError } from '../../store';
import type { ExposedClient } from './protocol';

/** Returns a function that ends every watch started through this endpoint (call it when the other side goes away). */
export function exposeClient(client: SightlineClient, endpoint: Endpoint): () => void {
  const active = new Set<Unsubscribe>();
  const exposed: ExposedClient = {
    async watch(query, params, onChange) {
      const unsubscribe = await client.watch(query, params, (result) => void onChange(result));
      const stop = () => {
        if (!active.delete(stop)) return;
        unsubscribe();
        onChange[releaseProxy]();
      };
      active.add(stop);
      return proxy(stop);
    },
    async mutate(name, args) {
      try {
        return { ok: await client.mutate(name, args) };
      } catch (error) {
        if (error instanceof ValidationError) return { invalid: error.issues };
        throw error;
      }
    },
    syncNow: () => client.syncNow(),
    dismissRejection: (mutationId) => client.dismissRejection(mutationId),
  };
  expose(exposed, endpoint);
  return () => {
    for (const stop of [...active]) stop();
  };
}

/**
 * A SightlineClient whose engine lives elsewhere (a Worker, the extension background),
 * reached over a comlink endpoint. Widgets cannot tell it from the in-page client.
 *
 * @example Content script
 *   const client = wrapClient(portEndpoint(chrome.runtime.connect({ name: 'sightline' })));
 */
import { proxy, releaseProxy, wrap, type Endpoint } from 'comlink';
import type { SightlineClient } from '../../client';
import { ValidationError } from '../../store';
import type { ExposedClient } from './protocol';

export function wrapClient(endpoint: Endpoint): SightlineClient {
  const remote = wrap<ExposedClient>(endpoint);
  return {
    async watch(query, params, onChange) {
      const stop = await remote.watch(query, params, proxy(onChange) as never);
      return () => {
        void stop().finally(() => stop[releaseProxy]());
      };
    },
    async mutate(name, args) {
      const outcome = await remote.mutate(name, args as never);
      if ('invalid' in outcome) throw new ValidationError(outcome.invalid);
      return outcome.ok;
    },
    syncNow: () => remote.syncNow(),
    dismissRejection: (mutationId) => remote.dismissRejection(mutationId),
  };
}

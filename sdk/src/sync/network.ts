/** Whether the device thinks it is online: a pause switch for the engine, never a guarantee. */

export interface NetworkStatus {
  online(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

interface EventScope {
  navigator?: { onLine?: boolean };
  addEventListener?(type: string, listener: () => void): void;
  removeEventListener?(type: string, listener: () => void): void;
}

/** navigator.onLine with the online/offline events of a window or worker; always online where neither exists. */
export function browserNetwork(scope: EventScope = globalThis as EventScope): NetworkStatus {
  const online = () => scope.navigator?.onLine ?? true;
  return {
    online,
    subscribe(listener) {
      if (!scope.addEventListener) return () => {};
      const changed = () => listener(online());
      scope.addEventListener('online', changed);
      scope.addEventListener('offline', changed);
      return () => {
        scope.removeEventListener?.('online', changed);
        scope.removeEventListener?.('offline', changed);
      };
    },
  };
}

/** Resolves once online (at once if already), or when `signal` aborts. */
export function untilOnline(network: NetworkStatus, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (network.online() || signal.aborted) return resolve();
    const done = () => {
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const unsubscribe = network.subscribe((online) => online && done());
    signal.addEventListener('abort', done);
  });
}

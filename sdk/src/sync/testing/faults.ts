/**
 * Test helper: a fetch that misbehaves on purpose, the way networks do.
 * drop: the request never arrives. lose: the server handles it, the response never comes back.
 * duplicate: the request arrives twice (a retransmission); the caller sees the second answer.
 */
export type Fault = 'none' | 'drop' | 'lose' | 'duplicate';

export function withFaults(fetchImpl: typeof fetch, faultFor: (url: string, init: RequestInit | undefined) => Fault): typeof fetch {
  return async (input, init) => {
    const fault = faultFor(String(input instanceof Request ? input.url : input), init);
    if (fault === 'drop') throw new TypeError('fetch failed: connection refused');
    const response = await fetchImpl(input, init);
    if (fault === 'lose') throw new TypeError('fetch failed: connection reset');
    if (fault === 'duplicate') return fetchImpl(input, init);
    return response;
  };
}

/** A fetch whose next answers to URLs matching `pattern` are the given statuses, then the real thing. */
export function withStatuses(fetchImpl: typeof fetch, pattern: RegExp, statuses: Array<{ status: number; headers?: Record<string, string>; body?: unknown }>): typeof fetch {
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const next = pattern.test(url) ? statuses.shift() : undefined;
    if (!next) return fetchImpl(input, init);
    return new Response(JSON.stringify(next.body ?? { error: { code: 'test', message: `status ${next.status}` } }), {
      status: next.status,
      headers: { 'content-type': 'application/json', ...next.headers },
    });
  };
}

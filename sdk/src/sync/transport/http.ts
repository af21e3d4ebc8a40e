/**
 * The sync endpoints over fetch. fetch is injected so tests (and the lead's end-to-end
 * property) can run the same code against an in-process server.
 */
import { z } from 'zod/mini';
import { ApiError, Person, PullResponse, PushResponse, type PushRequest } from '../../model';
import { RequestError, SeqGapError, TemporaryError, UnauthorizedError } from './errors';
import { parseRetryAfter } from './retry-after';

export type TokenSource = string | (() => string | Promise<string>);

export interface TransportOptions {
  /** Base URL of the backend, e.g. https://sightline.example.com (no trailing /v1). */
  endpoint: string;
  token: TokenSource;
  fetch?: typeof fetch;
}

export interface Transport {
  me(): Promise<Person>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(clientId: string, cursor: string | null): Promise<PullResponse>;
  /** Opens the poke stream; resolves with its body once the server accepted it. */
  events(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
}

const TEMPORARY_STATUSES = new Set([408, 425, 429]);

/** The part of GET /v1/me the engine needs (backend/src/routes/me.ts also sends the principal and org). */
const MeAnswer = z.object({ person: z.nullable(Person) });

async function errorFor(response: Response): Promise<Error> {
  const body = ApiError.safeParse(await response.json().catch(() => null));
  if (response.status === 401) {
    return body.success ? new UnauthorizedError(`not signed in: ${body.data.error.message}`, body.data.error.issues ?? []) : new UnauthorizedError();
  }
  const message = body.success ? body.data.error.message : `HTTP ${response.status}`;
  if (response.status === 409 && body.success && body.data.error.code === 'seq_gap' && body.data.error.expectedSeq !== undefined) {
    return new SeqGapError(body.data.error.expectedSeq);
  }
  if (response.status >= 500 || TEMPORARY_STATUSES.has(response.status)) {
    return new TemporaryError(`server busy or failing (${message})`, parseRetryAfter(response.headers.get('retry-after'), Date.now()));
  }
  return new RequestError(response.status, message);
}

/**
 * A token the server refused is never sent again: every later request fails at once with the
 * same error (and reason), until the token source hands out another token.
 */
export function createTransport({ endpoint, token, fetch: fetchImpl = globalThis.fetch.bind(globalThis) }: TransportOptions): Transport {
  const base = endpoint.replace(/\/+$/, '');
  let refused: { token: string; error: UnauthorizedError } | null = null;

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    const current = typeof token === 'string' ? token : await token();
    if (refused?.token === current) throw refused.error;
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${current}`, ...init.headers } });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new TemporaryError(`network error: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.ok) return response;
    const error = await errorFor(response);
    if (error instanceof UnauthorizedError) refused = { token: current, error };
    throw error;
  }

  async function json<T>(path: string, schema: z.ZodMiniType<T>, init?: RequestInit): Promise<T> {
    const response = await send(path, init);
    const body = schema.safeParse(await response.json().catch(() => undefined));
    if (!body.success) throw new RequestError(response.status, `unexpected response from ${path}: ${body.error.issues[0]?.message}`);
    return body.data;
  }

  return {
    async me() {
      const { person } = await json('/v1/me', MeAnswer);
      // An integration key acts for no person, and the engine signs every change as one.
      if (!person) throw new RequestError(403, 'this token acts for no person; sign in as a person to use Sightline');
      return person;
    },
    push: (request) =>
      json('/v1/sync/push', PushResponse, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) }),
    pull: (clientId, cursor) => {
      const query = new URLSearchParams({ clientId, ...(cursor === null ? {} : { cursor }) });
      return json(`/v1/sync/pull?${query}`, PullResponse);
    },
    async events(signal) {
      const response = await send('/v1/sync/events', { signal, headers: { accept: 'text/event-stream' } });
      if (!response.body) throw new TemporaryError('event stream has no body');
      return response.body;
    },
  };
}

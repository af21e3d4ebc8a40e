/** GET /v1/sync/first-view with the page's token: one request per batch of widget queries. */
import type { FirstViewRequest, FirstViewResponse } from '../model';

export interface FirstViewSource {
  endpoint: string;
  token: string;
}

/** Asks the server for the rows `request`'s queries read; rejects on any non-2xx answer (the engine then paints alone). */
export type FirstViewFetcher = (source: FirstViewSource, request: FirstViewRequest) => Promise<FirstViewResponse>;

export const fetchFirstView: FirstViewFetcher = async ({ endpoint, token }, request) => {
  const url = `${endpoint.replace(/\/+$/, '')}/v1/sync/first-view?q=${encodeURIComponent(JSON.stringify(request))}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`the first view was refused: HTTP ${response.status}`);
  return (await response.json()) as FirstViewResponse;
};

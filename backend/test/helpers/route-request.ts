/**
 * Calls a route-table entry in-process: path parameters filled in, any body, and an event
 * stream's body cancelled at once (its status is all a test needs, and it would never end).
 */
import type { Hono } from 'hono';
import type { RouteSpec } from '../../src/api/contract';

export interface RouteCall {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** Raw text; absent sends no body. */
  body?: string;
  token?: string;
}

/** Percent-encodes like encodeURIComponent, but a lone surrogate goes out as the bytes a careless client would send (WTF-8) instead of throwing. */
const encodeSegment = (text: string): string =>
  text.replace(/[\s\S]/gu, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(unit);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  });

export const fillPath = (path: string, params: Record<string, string> = {}): string =>
  path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeSegment(params[name] ?? 'missing'));

export async function callRoute(app: Hono<any>, route: RouteSpec, request: RouteCall = {}): Promise<{ status: number; body: any; text: string }> {
  const query = request.query ? `?${new URLSearchParams(request.query)}` : '';
  const headers: Record<string, string> = {};
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(fillPath(route.path, request.params) + query, { method: route.method, headers, body: request.body });
  if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
    await res.body?.cancel();
    return { status: res.status, body: null, text: '' };
  }
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: left as text for the assertion to show
  }
  return { status: res.status, body, text };
}

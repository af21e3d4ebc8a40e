/**
 * Serves the files of one directory: content type by extension, a cache policy chosen per file,
 * and ETag revalidation so `no-cache` files cost a 304 when unchanged. Only plain path segments
 * are accepted, so nothing outside the directory can be named.
 *
 * @example
 * app.get('/sdk/*', serveDir({ root: sdkDist, prefix: '/sdk/', cacheControl: () => 'no-cache', missingRoot: notFound('run the build') }));
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { notFound, type HttpError } from '../http/api-error';

export interface ServeDirOptions {
  root: string;
  /** The route prefix in front of the file's path, e.g. `/sdk/`. */
  prefix: string;
  /** Cache-Control for a file, by its path relative to root (`esm/chunks/x-1a2b.js`). */
  cacheControl(path: string): string;
  /** Thrown when root itself does not exist (a build that has not run), instead of a plain 404. */
  missingRoot?: HttpError;
  /** Extra headers on every file (e.g. CORS for module scripts on other origins). */
  headers?: Record<string, string>;
}

/** A segment is a name: not empty, not `.` or `..`, no backslash or NUL. */
const SAFE_SEGMENT = /^(?!\.{1,2}$)[^\\/\0]+$/;

async function fileStats(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

export function serveDir(options: ServeDirOptions): Handler {
  return async (c) => {
    const relative = c.req.path.slice(options.prefix.length);
    const segments = relative.split('/');
    if (!segments.every((s) => SAFE_SEGMENT.test(s))) throw notFound(`no file ${relative}`);
    const path = join(options.root, ...segments);
    const stats = await fileStats(path);
    if (!stats?.isFile()) {
      const rootExists = (await fileStats(options.root))?.isDirectory();
      throw (!rootExists && options.missingRoot) || notFound(`no file ${relative}`);
    }

    const etag = `W/"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      ...options.headers,
      'cache-control': options.cacheControl(relative),
      etag,
      'last-modified': stats.mtime.toUTCString(),
      'x-content-type-options': 'nosniff',
    };
    if (c.req.header('if-none-match')?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304, headers);
    headers['content-type'] = getMimeType(path) ?? 'application/octet-stream';
    return c.body(await readFile(path), 200, headers);
  };
}

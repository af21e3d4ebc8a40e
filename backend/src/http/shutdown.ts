/**
 * Lets `server.close()` finish while browsers are still connected. Once shutdown starts, every
 * answer is the last on its connection (`Connection: close`), and a new event stream is refused
 * (503, retry shortly), since the SDK reconnects its stream as soon as the old one ends and
 * would otherwise keep a kept-alive socket busy forever.
 */
import { createMiddleware } from 'hono/factory';
import { HttpError } from './api-error';

export const closeConnectionsOnShutdown = (signal: AbortSignal, eventsPath: string) =>
  createMiddleware(async (c, next) => {
    if (signal.aborted && c.req.path === eventsPath) {
      c.header('connection', 'close');
      throw new HttpError(503, 'shutting_down', 'the server is shutting down; reconnect shortly', { retryAfterSeconds: 1 });
    }
    await next();
    if (signal.aborted) c.header('connection', 'close');
  });

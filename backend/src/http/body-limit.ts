/** Caps request bodies before they are read; a larger one is a 413, not a stalled or crashed server. */
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from './api-error';

export const BODY_LIMITS = {
  /** A full push batch of MAX_PUSH_BATCH mutations fits with room to spare. */
  push: 1024 * 1024,
  /** A people import of a few thousand people. */
  import: 1024 * 1024,
  default: 16 * 1024,
} as const;

export const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new HttpError(413, 'body_too_large', `the body must be at most ${maxSize} bytes`);
    },
  });

/** How a sync request failed, sorted by what the engine must do about it. */

export class SyncError extends Error {}

/** Network down, 429, 503, 5xx: retry later, after `retryAfterMs` when the server said so. */
export class TemporaryError extends SyncError {
  override readonly name = 'TemporaryError';
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/** Which part of a request the server refused, and why (for a token: the claim, e.g. `exp`). */
export interface RefusalIssue {
  path: string;
  message: string;
}

/**
 * 401: the token is missing, expired or revoked; retrying will not help until someone signs in.
 * Carries the server's reason: for an embed token, which claim failed.
 */
export class UnauthorizedError extends SyncError {
  override readonly name = 'UnauthorizedError';
  constructor(
    message = 'not signed in: the server did not accept the token',
    readonly issues: readonly RefusalIssue[] = [],
  ) {
    super(message);
  }
}

/** 409 seq_gap: the server wants this client's mutations again from `expectedSeq`. */
export class SeqGapError extends SyncError {
  override readonly name = 'SeqGapError';
  constructor(readonly expectedSeq: number) {
    super(`the server expects mutations from seq ${expectedSeq}`);
  }
}

/** Any other 4xx, or a body that is not what the protocol says: a bug on one side; keep the data, show it. */
export class RequestError extends SyncError {
  override readonly name = 'RequestError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

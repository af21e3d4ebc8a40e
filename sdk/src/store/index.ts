/** The local database: what sync and the client use; everything else stays inside the folder. */
export { SightlineDb } from './db';
export { readMeta, writeMeta, patchMeta } from './meta';
export { ValidationError, type FieldIssue } from './validation-error';
export { mutate, NotSignedInError } from './local/mutate';
export { localEffect, type AnyRow } from './local/effects';
export { applyPull } from './pull/apply-pull';
export { nextBatch, recordPush, resendFrom, toWire } from './outbox';
export { watchQuery } from './watch';
export type { LocalState, QueryContext } from './queries';

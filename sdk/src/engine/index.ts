/**
 * The SDK's client: create it in a page, a Worker or the extension background, and reach it
 * from other contexts over comlink. Everything widgets need goes through SightlineClient.
 */
export { createClient, type ClientOptions, type LocalClient } from './create-client';
export { exposeClient } from './comlink/expose';
export { wrapClient } from './comlink/wrap';
export { portEndpoint, type RuntimePortLike } from './comlink/port-endpoint';
export { databaseName } from './account';
export { ValidationError, NotSignedInError, type FieldIssue } from '../store';
export { UnauthorizedError } from '../sync/transport/errors';
export type { TokenSource } from '../sync/transport/http';

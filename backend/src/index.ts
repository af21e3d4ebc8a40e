/** The backend's public surface, for the CLI, benchmarks and cross-package tests. */
export { createApp, type AppOptions } from './app';
export { startServer, type RunningServer } from './server';
export { openDatabase, type Database, type DatabaseOptions } from './db/database';
export { migrate } from './db/migrate';
export type { DB } from './db/schema';
export { createOrg, readOrgCounters } from './orgs/orgs';
export { importPeople, type ImportResult } from './people/import-people';
export { PeopleImport } from './people/people-payload';
export { applyPush } from './sync/push';
export { pullChanges } from './sync/pull';
export { visibleTo, type Viewer } from './sync/visibility';
export { personPrincipal, isAdminLike, type Principal, type PrincipalResolver } from './auth/principal';
export { issueToken, revokeToken, hashToken, type IssuedToken, type TokenKind } from './auth/tokens';
export { tokenResolver } from './auth/token-resolver';
export { HttpError } from './http/api-error';
export { CHANGES_CHANNEL, type Change, type ChangeFeed } from './events/change-feed';
export { seedDemo, seedOrg, type SeededOrg } from './seed/seed';
export { demoManagerLogin, type DemoLogin } from './seed/demo-login';

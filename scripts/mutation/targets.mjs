/**
 * The files mutation testing guards, each with the test files that exercise it. Stryker runs
 * only these tests against each of the file's mutants, so a run stays minutes, not hours.
 * When a test starts covering one of these files, add it here.
 */
const SYNC_ROUTES = 'backend/src/routes/sync.test.ts';
const MATRIX = 'backend/test/visibility-matrix.test.ts';

export const targets = {
  'backend/src/sync/visibility.ts': [MATRIX, 'backend/src/sync/visibility.mutation.test.ts'],
  'backend/src/sync/access.ts': ['backend/src/sync/handlers/goals.test.ts', 'backend/src/sync/handlers/people-work.test.ts', 'backend/src/sync/access.mutation.test.ts'],
  'backend/src/sync/push.ts': ['backend/src/sync/push.test.ts', 'backend/src/sync/push-work.test.ts', SYNC_ROUTES],
  'backend/src/sync/pull.ts': ['backend/src/sync/pull.test.ts', SYNC_ROUTES],
  'backend/src/sync/cursor.ts': ['backend/src/sync/cursor.test.ts', 'backend/src/sync/pull.test.ts'],
  'backend/src/auth/authenticate.ts': ['backend/src/routes/auth.test.ts', 'backend/src/auth/scopes.test.ts'],
  'backend/src/auth/token-resolver.ts': ['backend/src/routes/auth.test.ts', 'backend/src/auth/scopes.test.ts'],
  'backend/src/auth/tokens.ts': ['backend/src/routes/auth.test.ts', 'backend/src/routes/sessions.test.ts'],
  'backend/src/auth/embed-resolver.ts': ['backend/src/auth/embed-resolver.test.ts', 'backend/src/routes/embed-keys.test.ts'],
  'backend/src/auth/embed-scope.ts': ['backend/src/auth/embed-resolver.test.ts', 'backend/src/routes/embed-keys.test.ts'],
  'backend/src/auth/principal.ts': ['backend/src/routes/auth.test.ts', 'backend/src/auth/scopes.test.ts', MATRIX],
  'sdk/src/store/outbox.ts': ['sdk/src/store/outbox.test.ts', 'sdk/src/sync/engine.test.ts'],
  'sdk/src/store/local/effects.ts': ['sdk/src/store/local/effects.test.ts', 'sdk/src/store/local/mutate.test.ts', 'sdk/src/store/pull/apply-pull.test.ts'],
  'sdk/src/store/local/mutate.ts': ['sdk/src/store/local/mutate.test.ts', 'sdk/src/store/pull/apply-pull.test.ts'],
  'sdk/src/store/local/shadows.ts': ['sdk/src/store/local/mutate.test.ts', 'sdk/src/store/pull/apply-pull.test.ts'],
  'sdk/src/store/pull/apply-pull.ts': ['sdk/src/store/pull/apply-pull.test.ts'],
  'sdk/src/model/progress.ts': ['sdk/src/model/progress.test.ts', 'sdk/src/model/progress.property.test.ts'],
};

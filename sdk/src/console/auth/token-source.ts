/**
 * The bearer token for each request: a person token as it is, a single sign-on session's access
 * token kept fresh by the token source the extension uses too.
 */
import { sessionTokenSource } from '../../sync/session-token-source';
import type { CredentialStore } from './credentials';

export function consoleTokenSource(deps: { endpoint: string; store: CredentialStore; fetch?: typeof fetch; now?: () => number }): () => Promise<string> {
  const session = sessionTokenSource({
    ...deps,
    load: async () => {
      const credentials = deps.store.load();
      return credentials?.kind === 'session' ? credentials : null;
    },
    save: async (tokens) => deps.store.save({ kind: 'session', ...tokens }),
  });
  return async () => {
    const credentials = deps.store.load();
    if (!credentials) throw new Error('not signed in');
    return credentials.kind === 'token' ? credentials.token : session();
  };
}

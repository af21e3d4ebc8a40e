/**
 * The console's entry (/app/assets/console.js): registers the SDK's elements, finishes a single
 * sign-on hand-off arriving in the URL fragment, resumes the saved sign-in and renders the app.
 */
import { render } from 'preact';
import { App } from './app';
import { localCredentialStore } from './auth/credentials';
import { signInApi } from './auth/sign-in-api';
import { readConfig } from './config';
import { listenToHistory, onLinkClick } from './router';
import { resume, session, signIn } from './session';
import { applyTheme } from './theme';
import { defineSightlineElements } from '../widgets';
import { addQueries } from '../store/queries';
import { CONSOLE_QUERIES } from '../store/queries/console-queries';

async function boot(): Promise<void> {
  defineSightlineElements();
  addQueries(CONSOLE_QUERIES);
  applyTheme(document.documentElement);
  listenToHistory();
  document.addEventListener('click', onLinkClick);
  const config = readConfig(document);
  const endpoint = window.location.origin;
  render(<App config={config} />, document.getElementById('app')!);

  await resume({ endpoint, store: localCredentialStore(window.localStorage) });
  // The sign-in ends at /app#sso_code=...; the code is good once, for a minute.
  const handoff = new URLSearchParams(window.location.hash.slice(1)).get('sso_code');
  if (handoff) {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    try {
      await signIn(await signInApi(endpoint).sso(handoff));
    } catch (error) {
      session.value = { status: 'signed-out', problem: error instanceof Error ? error.message : String(error) };
    }
  }
}

void boot();

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// The browser's UI language is read once, when the extension's words load: set it before they do.
vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('de-DE');
const { signInWithSso } = await import('./sso-sign-in');
const { verifyToken } = await import('./verify-token');

const ENDPOINT = 'https://sightline.example';
const REDIRECT = 'https://redirect.extension.test/';

describe('sign-in problems in a browser whose UI is German', () => {
  it('are explained in German, with the server’s own reason passed on', async () => {
    const refused = (async () => Response.json({ error: { code: 'unauthorized', message: 'code: is unknown' } }, { status: 401 })) as typeof fetch;
    const identity = { getRedirectURL: () => REDIRECT, launchWebAuthFlow: async () => `${REDIRECT}#sso_code=c` };
    await expect(signInWithSso(ENDPOINT, 'northwind', { identity, fetch: refused })).rejects.toThrow(
      'Der Server hat die Anmeldung per Single Sign-on abgelehnt (HTTP 401: code: is unknown).',
    );
    await expect(verifyToken(ENDPOINT, 't', refused)).rejects.toThrow('Der Server hat dieses Token nicht akzeptiert: Es ist vielleicht falsch eingegeben, abgelaufen oder widerrufen.');
  });
});

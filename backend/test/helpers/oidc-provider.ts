/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a loopback port, for tests of
 * single sign-on. `authorize` plays the browser: it follows the provider's redirects, signs in
 * as the given account at the interaction step (consent is pre-granted), and returns the URL
 * the provider sends the browser back to. `tamper` rewrites the ID token in the next token
 * response, as a misbehaving or impersonated provider would, to test the client's checks.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** Plays the browser from the authorization URL to the redirect back; returns that URL. */
  authorize(authorizationUrl: string, accountId: string): Promise<string>;
  /** Rewrites the ID token of the next token response. */
  tamper(rewrite: (idToken: string) => Promise<string>): void;
  /** The ID token re-signed by the provider's own key after `change` (or by `key`). */
  resign(idToken: string, change: (claims: JWTPayload) => JWTPayload, key?: CryptoKey): Promise<string>;
  close(): Promise<void>;
}

const KID = 'test-signing-key';

/** `issuerHost` lets a test run the provider under a name other than the address it is reached at. */
export async function startTestProvider(options: { redirectUri: string; issuerHost?: string }): Promise<TestProvider> {
  let provider: Provider | undefined;
  let nextAccount = '';
  let rewrite: ((idToken: string) => Promise<string>) | null = null;
  const accounts = new Map<string, TestAccount>();

  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.url?.startsWith('/interaction/')) {
      await provider!.interactionFinished(req, res, { login: { accountId: nextAccount } }, { mergeWithLastSubmission: false });
      return;
    }
    if (req.url?.startsWith('/token') && rewrite) {
      const change = rewrite;
      rewrite = null;
      const end = res.end.bind(res) as (chunk: unknown) => ServerResponse;
      res.end = ((chunk: Buffer | string) => {
        const body = JSON.parse(chunk.toString());
        void change(body.id_token).then((idToken) => {
          const out = JSON.stringify({ ...body, id_token: idToken });
          res.setHeader('content-length', Buffer.byteLength(out));
          end(out);
        });
        return res;
      }) as ServerResponse['end'];
    }
    provider!.callback()(req, res);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const reachedAt = `http://127.0.0.1:${port}`;
  const issuer = `http://${options.issuerHost ?? '127.0.0.1'}:${port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const clientId = 'sightline-test';
  const clientSecret = 'test-client-secret-0123456789abcdef';
  provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' }] },
    findAccount: (_ctx, sub) => (accounts.has(sub) ? { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) } : undefined),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-signing-key'] },
    // Set explicitly so the provider does not warn about its defaults in every test's output.
    ttl: { AccessToken: 3600, AuthorizationCode: 600, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    // Consent is out of scope: every sign-in is granted the scopes Sightline asks for.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  async function authorize(authorizationUrl: string, accountId: string): Promise<string> {
    nextAccount = accountId;
    const jar = new Map<string, string>();
    let url = authorizationUrl.replace(issuer, reachedAt);
    for (let hop = 0; hop < 10; hop++) {
      if (!url.startsWith(reachedAt)) return url;
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const cookie of res.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const name = pair.slice(0, pair.indexOf('='));
        if (/expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name);
        else jar.set(name, pair.slice(pair.indexOf('=') + 1));
      }
      const location = res.headers.get('location');
      if (!location) throw new Error(`the provider answered ${res.status} without a redirect: ${await res.text()}`);
      url = new URL(location, url).toString().replace(issuer, reachedAt);
    }
    throw new Error('the provider redirected more than 10 times');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    authorize,
    tamper: (change) => void (rewrite = change),
    resign: async (idToken, change, key = privateKey) =>
      new SignJWT(change(decodeJwt(idToken))).setProtectedHeader({ alg: 'RS256', kid: decodeProtectedHeader(idToken).kid ?? KID }).sign(key),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * The console's one HTML page, the same for every path under /app (the app routes on the
 * client). No inline script or style: what the app must know before it can ask the API (demo
 * mode, the org's single sign-on) travels in <meta> tags.
 */
import { html } from 'hono/html';

export interface ConsolePageProps {
  /** Demo mode: the sign-in page offers dev sign-in. */
  demo: boolean;
  /** The slug of the server's only org when it has single sign-on configured. */
  ssoOrg: string | null;
}

export const consolePage = ({ demo, ssoOrg }: ConsolePageProps) => html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Sightline</title>
    <meta name="sightline-mode" content="${demo ? 'demo' : 'production'}" />
    ${ssoOrg ? html`<meta name="sightline-sso-org" content="${ssoOrg}" />` : ''}
    <link rel="stylesheet" href="/app/assets/console.css" />
    <script type="module" src="/app/assets/console.js"></script>
  </head>
  <body>
    <div id="app"></div>
    <noscript>Sightline's console needs JavaScript.</noscript>
  </body>
</html>`;

/**
 * The demo intranet's home page: an ordinary server-rendered page that drops in the Sightline
 * elements. It carries no inline script or style: the endpoint, the viewer's signed token and
 * the SDK's address travel in <meta> tags, and intranet.js (the queue stub, Sightline.init and
 * the SDK's script once the page has painted) reads them.
 */
import { html } from 'hono/html';
import type { DemoViewer } from './prepare-demo';
import type { SignedEmbedToken } from './sign-embed-token';

/** Which SDK build the page loads: the ES module entry with lazy chunks, or the one classic file. */
export type SdkBuild = 'esm' | 'single-file';

/** Where intranet.js loads the SDK from once the page has painted (a module script for the esm build). */
const SDK_META: Record<SdkBuild, (sdkBase: string) => ReturnType<typeof html>> = {
  esm: (sdkBase) => html`<meta name="sightline-sdk" content="${sdkBase}/esm/sightline.js" data-module />`,
  'single-file': (sdkBase) => html`<meta name="sightline-sdk" content="${sdkBase}/sightline.js" />`,
};

export interface IntranetPageProps {
  viewer: DemoViewer;
  viewers: readonly DemoViewer[];
  /** Base URL of the Sightline API. */
  endpoint: string;
  signed: SignedEmbedToken;
  featuredMetricId: string | null;
  sdkBuild: SdkBuild;
  /** Where the SDK's files are: `/sdk` on the page's origin, or the Sightline server's `/sdk`. */
  sdkBase: string;
}

const firstName = (name: string) => name.split(' ')[0];

function viewerSwitch(viewer: DemoViewer, viewers: readonly DemoViewer[]) {
  return html`<nav class="viewer-switch" aria-label="View the page as">
    <span>View as:</span>
    <ul>
      ${viewers.map(
        (v) =>
          html`<li><a href="/demo?as=${encodeURIComponent(v.email)}" ${v.email === viewer.email ? html`aria-current="page"` : ''}>${v.name}</a></li>`,
      )}
    </ul>
  </nav>`;
}

export function intranetPage({ viewer, viewers, endpoint, signed, featuredMetricId, sdkBuild, sdkBase }: IntranetPageProps) {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Northwind intranet</title>
    <meta name="sightline-endpoint" content="${endpoint}" />
    <meta name="sightline-token" content="${signed.token}" />
    <meta name="sightline-token-expires" content="${signed.expiresAt}" />
    <link rel="icon" href="/demo/assets/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${sdkBase}/sightline.css" />
    <link rel="stylesheet" href="/demo/assets/intranet.css" />
    ${SDK_META[sdkBuild](sdkBase)}
    <script src="/demo/assets/intranet.js"></script>
  </head>
  <body>
    <header class="topbar">
      <a class="brand" href="/demo">Northwind <span>intranet</span></a>
      <nav aria-label="Intranet sections">
        <ul>
          <li><a href="/demo" aria-current="page">Home</a></li>
          <li><span>News</span></li>
          <li><span>People</span></li>
          <li><span>IT help</span></li>
        </ul>
      </nav>
      <sightline-sync-status></sightline-sync-status>
    </header>
    <div class="viewer">
      <p>Signed in as <strong>${viewer.name}</strong>${viewer.title ? html`, ${viewer.title}` : ''}</p>
      ${viewerSwitch(viewer, viewers)}
    </div>
    <p id="sightline-problem" class="problem" role="alert" hidden></p>
    <main>
      <section class="welcome">
        <h1>Good to see you, ${firstName(viewer.name)}</h1>
        <p>Here is where Northwind's goals stand this quarter, and a place to check in and thank a colleague.</p>
      </section>
      <section class="goals" aria-labelledby="goals-heading">
        <h2 id="goals-heading">Goals</h2>
        <sightline-goals scope="all"></sightline-goals>
      </section>
      <div class="side">
        ${featuredMetricId
          ? html`<section aria-labelledby="kpi-heading">
              <h2 id="kpi-heading">Customer satisfaction</h2>
              <sightline-kpi metric="${featuredMetricId}"></sightline-kpi>
            </section>`
          : ''}
        <section aria-labelledby="checkin-heading">
          <h2 id="checkin-heading">Your weekly check-in</h2>
          <sightline-checkin></sightline-checkin>
        </section>
        <section aria-labelledby="feedback-heading">
          <h2 id="feedback-heading">Give feedback</h2>
          <sightline-feedback></sightline-feedback>
        </section>
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">Feedback asked of you</h2>
          <sightline-requests></sightline-requests>
        </section>
        <section aria-labelledby="recognition-heading">
          <h2 id="recognition-heading">Recognition</h2>
          <sightline-feedback-feed kind="recognition" limit="5"></sightline-feedback-feed>
        </section>
      </div>
    </main>
    <footer>
      <p>
        A demo intranet served by Sightline's dev server. Its server signed a ten-minute embed token for the viewer above;
        the widgets sync with Sightline and keep working offline.
      </p>
    </footer>
  </body>
</html>`;
}
